package fr.monchai.core.vente;

/**
 * A product's bottles taken by orders.
 *
 * @param reservees bottles of validated orders not yet delivered
 * @param livrees bottles of delivered orders
 */
public record QuantitesCommandees(long reservees, long livrees) {

    /** No order takes this product. */
    public static final QuantitesCommandees AUCUNE = new QuantitesCommandees(0, 0);
}
