package fr.monchai.core.registre;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A parcelle to record.
 *
 * @param nom its name
 * @param cepage its grape variety
 * @param surfaceHa its area in hectares, above zero
 * @param lat its latitude, given together with {@code lng}
 * @param lng its longitude, given together with {@code lat}
 * @param anneePlantation the year it was planted
 */
public record NouvelleParcelle(
        @NotBlank @Size(max = 200) String nom,
        @NotBlank @Size(max = 100) String cepage,
        @NotNull @Positive @DecimalMax("100000") BigDecimal surfaceHa,
        @NotNull Optional<@DecimalMin("-90") @DecimalMax("90") BigDecimal> lat,
        @NotNull Optional<@DecimalMin("-180") @DecimalMax("180") BigDecimal> lng,
        @NotNull Optional<@Min(1800) @Max(2200) Integer> anneePlantation) {}
