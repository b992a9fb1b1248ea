package fr.monchai.core.vente;

/** Where an order stands. */
public enum StatutCommande {
    /** Being prepared: no effect on stock. */
    BROUILLON,
    /** Confirmed: its bottles are reserved. */
    VALIDEE,
    /** Delivered: its bottles left the register by {@code vente_sortie_stock} movements. */
    LIVREE,
    /** Cancelled: nothing reserved any more. */
    ANNULEE
}
