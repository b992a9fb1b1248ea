package fr.monchai.core.vente;

/**
 * A product's stock, in bottles.
 *
 * @param produit the product
 * @param physique the bottles in the register now
 * @param reserve those reserved by validated orders not yet delivered
 * @param disponible those that can still be ordered
 * @param vendu those delivered by orders
 */
public record StockProduit(Produit produit, long physique, long reserve, long disponible, long vendu) {}
