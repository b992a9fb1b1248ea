package fr.monchai.core.commun;

import java.util.Optional;

/** Turns a missing object, or a text no person types, into the clear error the user sees. */
public final class Exiger {

    private Exiger() {}

    /**
     * {@return the object}
     *
     * @param <T> the object's type
     * @param trouve the lookup's result
     * @param champ the input field that named it
     * @param quoi what it is, such as "la cuve"
     * @param id the id asked for
     * @throws DomainException ({@link CodeErreur#INTROUVABLE}) when it is absent
     */
    public static <T> T trouve(Optional<T> trouve, String champ, String quoi, long id) {
        return trouve.orElseThrow(() -> new DomainException(
                CodeErreur.INTROUVABLE, champ, quoi + " n° " + id + " n'existe pas dans ce domaine"));
    }

    /**
     * Refuses a control character in a text (a NUL byte, an escape sequence: they never belong
     * in a register, and PostgreSQL refuses NUL); a line break or a tab is text. The one rule of
     * the API's JSON and of the pages' forms.
     *
     * @param champ the field that carries it
     * @param texte the text
     * @return the text, unchanged
     * @throws DomainException ({@link CodeErreur#SAISIE_INVALIDE}) on that field, naming the character's code
     */
    public static String sansControle(String champ, String texte) {
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f) {
                throw new DomainException(
                        CodeErreur.SAISIE_INVALIDE,
                        champ,
                        "contient un caractère de contrôle (code " + (int) c + "), interdit");
            }
        }
        return texte;
    }
}
