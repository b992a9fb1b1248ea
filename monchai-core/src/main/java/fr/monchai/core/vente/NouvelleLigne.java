package fr.monchai.core.vente;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A line of an order to record: bottles of a product, at the catalogue price unless another
 * is agreed. The price is always in the product's base (HT or TTC, {@link Produit#base()}).
 *
 * @param produitId the product
 * @param quantite how many bottles
 * @param prixUnitaire the agreed price of one bottle; absent, the product's catalogue price
 */
public record NouvelleLigne(
        @NotNull Long produitId,
        @NotNull @Positive @Max(1_000_000) Long quantite,
        @NotNull Optional<@PositiveOrZero @Digits(integer = 7, fraction = 2) BigDecimal> prixUnitaire) {

    /**
     * {@return a line at the product's catalogue price}
     *
     * @param produitId the product
     * @param quantite how many bottles
     */
    public static NouvelleLigne auTarif(long produitId, long quantite) {
        return new NouvelleLigne(produitId, quantite, Optional.empty());
    }

    /**
     * {@return a line at that price}
     *
     * @param produitId the product
     * @param quantite how many bottles
     * @param prixUnitaire the agreed price of one bottle, in the product's base
     */
    public static NouvelleLigne auPrix(long produitId, long quantite, BigDecimal prixUnitaire) {
        return new NouvelleLigne(produitId, quantite, Optional.of(prixUnitaire));
    }
}
