package fr.monchai.core.vente;

/** Where an invoice stands. */
public enum StatutFacture {
    /** Being prepared: no number, editable. */
    BROUILLON,
    /** Issued: numbered and frozen, its document kept; corrected only by a credit note. */
    EMISE,
    /** Issued and paid in full; for a credit note, what was paid on its invoice is refunded in full. */
    PAYEE,
    /** An invoice cancelled in full by its issued credit note: nothing is due on it any more. */
    CREDITEE
}
