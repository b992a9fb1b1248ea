package fr.monchai.drm.spi;

import java.util.Objects;

/**
 * One setting a plugin takes, as a server shows it to the domaine that fills it: what a form or
 * {@code GET /api/drm/plugins} describes. A server accepts no key a plugin does not describe.
 *
 * @param nom the key in the configuration map, such as {@code catalogue_produits}
 * @param libelle what a person reads beside the field, in French
 * @param type a line of text, or a whole document (a catalogue's CSV, say)
 * @param defaut the value when the domaine gives none, empty for "none"
 * @param secret whether the value is a credential: a server never shows it back nor logs it
 */
public record ReglageDrm(String nom, String libelle, Type type, String defaut, boolean secret) {

    /** Checks the key's form: lowercase letters, digits and underscores. */
    public ReglageDrm {
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(libelle, "libelle");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaut, "defaut");
        if (!nom.matches("[a-z][a-z0-9_]{0,59}")) {
            throw new IllegalArgumentException("a setting's key is lowercase letters, digits and underscores: " + nom);
        }
    }

    /** What a setting holds. */
    public enum Type {
        /** A line of text. */
        TEXTE,
        /** A whole document, such as a portal's catalogue file. */
        DOCUMENT
    }
}
