package fr.monchai.core.vente;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A product to put on sale, from an existing bouteille lot.
 *
 * @param bouteilleLotId the bottles
 * @param sku its stock-keeping unit
 * @param nom its name on documents
 * @param prix the price of one bottle, in euros
 * @param base HT or TTC
 * @param degre the alcoholic strength in % vol
 * @param millesime the vintage, if any
 */
public record NouveauProduit(
        @NotNull Long bouteilleLotId,

        @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "ne doit contenir que lettres, chiffres, points, tirets")
        String sku,

        @NotBlank @Size(max = 200) String nom,

        @NotNull @Positive @Digits(integer = 7, fraction = 2)
        BigDecimal prix,

        @NotNull BasePrix base,

        @NotNull
        @DecimalMin(value = "0.5", message = "doit être entre 0,5 et 25 % vol")
        @DecimalMax(value = "25", message = "doit être entre 0,5 et 25 % vol")
        @Digits(integer = 2, fraction = 2)
        BigDecimal degre,

        @NotNull Optional<@Min(1800) @Max(2200) Integer> millesime) {

    /**
     * {@return a product of no stated vintage}
     *
     * @param bouteilleLot the bottles it sells
     * @param sku its stock code
     * @param nom its name on invoices
     * @param prix its price per bottle
     * @param base whether the price is before or with VAT
     * @param degre its alcoholic strength, % vol
     * @throws DomainException naming the field, when a value breaks its rule
     */
    public static NouveauProduit de(
            long bouteilleLot, String sku, String nom, BigDecimal prix, BasePrix base, BigDecimal degre) {
        return Saisie.valide(new NouveauProduit(bouteilleLot, sku, nom, prix, base, degre, Optional.empty()));
    }

    /**
     * {@return this input, of that vintage}
     *
     * @param annee the year
     */
    public NouveauProduit millesime(int annee) {
        return Saisie.valide(new NouveauProduit(bouteilleLotId, sku, nom, prix, base, degre, Optional.of(annee)));
    }
}
