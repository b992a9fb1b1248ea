package fr.monchai.core.vente;

/** Whether a price excludes VAT (professional price lists) or includes it (consumer prices). */
public enum BasePrix {
    /** Hors taxes. */
    HT,
    /** Toutes taxes comprises. */
    TTC
}
