package fr.monchai.core.crd;

/** The fiscal category of capsules (CRD), as customs name it for wine. */
public enum CategorieCapsule {
    /** Still wine ({@code T}). */
    TRANQUILLE,
    /** Sparkling wine ({@code M}). */
    MOUSSEUX,
    /** Intermediate products ({@code PI}): VDN and VDL. */
    PRODUITS_INTERMEDIAIRES
}
