package fr.monchai.core.commun;

import java.util.Optional;

/** Turns a missing object into the clear error the user sees. */
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
        return trouve.orElseThrow(() -> new DomainException(CodeErreur.INTROUVABLE, champ,
                quoi + " n° " + id + " n'existe pas dans ce domaine"));
    }
}
