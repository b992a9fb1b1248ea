package fr.monchai.core.registre;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A parcelle to record.
 *
 * @param nom its name
 * @param cepage its grape variety
 * @param surfaceHa its area in hectares: from one square metre (0.0001 ha) to 1,000 ha, to the square metre
 * @param lat its latitude, given together with {@code lng}
 * @param lng its longitude, given together with {@code lat}
 * @param anneePlantation the year it was planted
 */
public record NouvelleParcelle(
        @NotBlank @Size(max = 200) String nom,
        @NotBlank @Size(max = 100) String cepage,

        @NotNull
        @DecimalMin(value = "0.0001", message = "doit valoir au moins 0,0001 ha (un mètre carré)")
        @DecimalMax(value = "1000", message = "doit valoir au plus 1 000 ha : une parcelle, pas une région")
        @Digits(integer = 4, fraction = 4, message = "au mètre carré près : quatre décimales au plus")
        BigDecimal surfaceHa,

        @NotNull Optional<@DecimalMin("-90") @DecimalMax("90") BigDecimal> lat,
        @NotNull Optional<@DecimalMin("-180") @DecimalMax("180") BigDecimal> lng,
        @NotNull Optional<@Min(1800) @Max(2200) Integer> anneePlantation) {

    /**
     * {@return a parcelle with no position or planting year}
     *
     * @param nom its name
     * @param cepage its grape variety, such as « Melon B. »
     * @param surfaceHa its area in hectares
     * @throws DomainException naming the field, when a value breaks its rule (a volume not positive, a name too long)
     */
    public static NouvelleParcelle de(String nom, String cepage, java.math.BigDecimal surfaceHa) {
        return Saisie.valide(
                new NouvelleParcelle(nom, cepage, surfaceHa, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /**
     * {@return this input, planted that year}
     *
     * @param annee the year
     */
    public NouvelleParcelle plantee(int annee) {
        return Saisie.valide(new NouvelleParcelle(nom, cepage, surfaceHa, lat, lng, Optional.of(annee)));
    }
}
