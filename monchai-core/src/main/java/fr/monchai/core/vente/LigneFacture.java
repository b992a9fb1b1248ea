package fr.monchai.core.vente;

import java.math.BigDecimal;
import java.util.OptionalLong;

/**
 * A line of an invoice.
 *
 * @param produitId the product sold, if any
 * @param designation what is sold, such as « Muscadet Sèvre et Maine sur lie 2025 – 75 cl »
 * @param quantite how many
 * @param prixUnitaire the unit price in the invoice's base (HT up to 6 decimals, TTC 2)
 * @param tauxTva the VAT rate in percent
 * @param montant the line total in the invoice's base, rounded to the cent
 * @param contenanceMl the bottle size, when it is wine
 * @param degre the alcoholic strength, when it is wine
 */
public record LigneFacture(
        OptionalLong produitId,
        String designation,
        long quantite,
        BigDecimal prixUnitaire,
        BigDecimal tauxTva,
        BigDecimal montant,
        int contenanceMl,
        BigDecimal degre) {}
