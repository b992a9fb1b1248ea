package fr.monchai.core.parametres;

import java.util.Optional;

/**
 * Stores each domaine's settings as named documents its owner reads: its identity on invoices
 * and declarations ({@code parametres}), each DRM plugin's settings ({@code drm:interloire}).
 */
public interface DocumentsParametres {

    /**
     * {@return the domaine's document of that name, if it has one}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param nom the document's name
     */
    Optional<String> lire(long domaineId, String nom);

    /**
     * Replaces the domaine's document of that name.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param nom the document's name
     * @param contenu the whole document
     */
    void ecrire(long domaineId, String nom, String contenu);
}
