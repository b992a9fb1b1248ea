package fr.monchai.core.journal;

/** The life of a movement: a draft, then validated, then locked when its period is declared. */
public enum StatutMouvement {
    /** Draft: no effect on balances; can be edited or deleted. */
    BROUILLON,
    /** Validated: numbered in the register, never changed again. */
    VALIDE,
    /** Locked: its period has been declared (DRM exported). */
    VERROUILLE;

    /** {@return whether the movement counts in balances} */
    public boolean compte() {
        return this != BROUILLON;
    }
}
