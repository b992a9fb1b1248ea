package fr.monchai.core.parametres;

import java.util.Map;

/**
 * Stores a domaine's named settings, each a set of names and values (a DRM plugin's, say): the server keeps them as
 * documents; an embedder keeps them where it likes.
 */
public interface ReglagesDomaine {

    /**
     * {@return the domaine's settings of that name, empty when none were stored}
     *
     * @param domaineId the domaine they concern (every read and write is scoped to it)
     * @param nom the settings' name, such as {@code drm:interloire}
     */
    Map<String, String> lire(long domaineId, String nom);

    /**
     * Replaces the domaine's settings of that name.
     *
     * @param domaineId the domaine they concern
     * @param nom the settings' name
     * @param reglages the whole settings
     */
    void ecrire(long domaineId, String nom, Map<String, String> reglages);
}
