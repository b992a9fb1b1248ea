package fr.monchai.core.chai;

/** The colour of a fiscal product. */
public enum Couleur {
    /** White. */
    BLANC,
    /** Red. */
    ROUGE,
    /** Rosé. */
    ROSE
}
