package fr.monchai.core.vente;

import java.math.BigDecimal;
import java.util.OptionalInt;

/**
 * A product for sale: bottles of one bouteille lot, with a catalogue price.
 *
 * @param id its id (0 before it is stored)
 * @param domaineId its domaine
 * @param bouteilleLotId the bottles it sells
 * @param sku its stock-keeping unit, unique in the domaine
 * @param nom its name on documents, such as « Muscadet Sèvre et Maine sur lie 2025 »
 * @param prix its catalogue price for one bottle
 * @param base whether that price is HT or TTC
 * @param tauxTva the VAT rate in percent (20 for wine)
 * @param appellation the appellation
 * @param millesime the vintage, if any
 * @param contenanceMl the bottle size
 * @param degre the alcoholic strength in % vol
 */
public record Produit(
        long id,
        long domaineId,
        long bouteilleLotId,
        String sku,
        String nom,
        BigDecimal prix,
        BasePrix base,
        BigDecimal tauxTva,
        String appellation,
        OptionalInt millesime,
        int contenanceMl,
        BigDecimal degre) {

    /**
     * {@return this product with that id}
     *
     * @param id the id the store gave it
     */
    public Produit avecId(long id) {
        return new Produit(
                id,
                domaineId,
                bouteilleLotId,
                sku,
                nom,
                prix,
                base,
                tauxTva,
                appellation,
                millesime,
                contenanceMl,
                degre);
    }
}
