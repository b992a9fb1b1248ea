package fr.monchai.core.compte;

import java.util.Optional;

/** Stores each domaine's settings (its identity on invoices and declarations) as one JSON document its owner reads. */
public interface DocumentsParametres {

    Optional<String> lire(long domaineId);

    /** Replaces the domaine's document. */
    void ecrire(long domaineId, String json);
}
