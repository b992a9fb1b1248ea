package fr.monchai.core.vente;

/** Where an invoice stands. */
public enum StatutFacture {
    /** Being prepared: no number, editable. */
    BROUILLON,
    /** Issued: numbered and frozen, its document kept; corrected only by a credit note. */
    EMISE,
    /** Issued and paid in full. */
    PAYEE
}
