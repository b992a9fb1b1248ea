package fr.monchai.core.registre;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A cuve to record.
 *
 * @param nom its internal name
 * @param capaciteHl its capacity in hectolitres, above zero
 * @param materiau what it is made of
 */
public record NouvelleCuve(
        @NotBlank @Size(max = 100) String nom,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal capaciteHl,
        @NotNull Optional<@Size(max = 100) String> materiau) {}
