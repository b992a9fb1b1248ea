package fr.monchai.core.vente;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A line of an order: bottles of a product at a unit price, stated before or with VAT as the
 * product's price is (a price different from the catalogue's is allowed and kept). The invoice
 * converts it to its own base: before VAT for a business, with VAT for a consumer.
 *
 * @param produitId the product
 * @param quantite how many bottles
 * @param prixUnitaire the price of one bottle, in {@code base}
 * @param base whether that price is before VAT (HT) or with VAT (TTC)
 */
public record LigneCommande(
        @NotNull Long produitId,
        @NotNull @Positive @Max(1_000_000) Long quantite,

        @NotNull @PositiveOrZero @Digits(integer = 7, fraction = 2)
        BigDecimal prixUnitaire,

        @NotNull BasePrix base) {}
