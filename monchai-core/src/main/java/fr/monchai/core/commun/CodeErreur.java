package fr.monchai.core.commun;

/**
 * Stable codes of the errors the ledger reports. Clients (the REST API, an embedding
 * application) may rely on them; their French messages are for people.
 */
public enum CodeErreur {
    /** An input field breaks its declared constraint (missing, too long, not positive…). */
    SAISIE_INVALIDE,
    /** The object named by an id does not exist in this domaine. */
    INTROUVABLE,
    /** A volume is zero, negative or finer than a millilitre. */
    VOLUME_INVALIDE,
    /** The movement would take more than an account holds, now or at a later date. */
    VOLUME_INSUFFISANT,
    /** The movement would fill a cuve beyond its capacity at some date. */
    CAPACITE_DEPASSEE,
    /** The movement is dated inside a period already declared (locked). */
    PERIODE_VERROUILLEE,
    /** A period cannot be locked while drafts are dated inside it. */
    BROUILLONS_EN_ATTENTE,
    /** Only drafts can be edited, validated or deleted. */
    MOUVEMENT_NON_MODIFIABLE,
    /** A movement that is not validated cannot be reversed, nor one reversed already. */
    CONTRE_PASSATION_IMPOSSIBLE,
    /** A parcelle that has vendanges cannot be deleted. */
    PARCELLE_UTILISEE,
    /** The operation contradicts the state of the cellar (same cuve, wrong account…). */
    OPERATION_INCOHERENTE,
    /** Not enough bottles of a product, available or reserved, for an order. */
    STOCK_INSUFFISANT,
    /** An issued invoice or credit note: frozen, corrected only by a credit note. */
    FACTURE_NON_MODIFIABLE
}
