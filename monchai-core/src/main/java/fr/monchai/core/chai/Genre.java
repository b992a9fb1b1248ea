package fr.monchai.core.chai;

/** The genre of a fiscal product. */
public enum Genre {
    /** Still wine. */
    TRANQUILLE,
    /** Sparkling wine (mousseux, crémant, pétillant). */
    MOUSSEUX,
    /** Volume complémentaire individuel. */
    VCI
}
