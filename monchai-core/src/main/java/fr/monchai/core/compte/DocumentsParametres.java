package fr.monchai.core.compte;

import java.util.Optional;

/** Stores each domaine's settings (its identity on invoices and declarations) as one JSON document its owner reads. */
public interface DocumentsParametres {

    /**
     * {@return the domaine's settings document, if it has one}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    Optional<String> lire(long domaineId);

    /**
     * Replaces the domaine's document.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param json the whole document
     */
    void ecrire(long domaineId, String json);
}
