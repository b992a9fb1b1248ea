package fr.monchai.core.registre;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@code perte}: wine lost from a lot (evaporation, lees, accident).
 *
 * @param lotId the lot
 * @param volumeHl the volume lost
 * @param date the day
 * @param commentaire a free comment
 */
public record Perte(
        @NotNull Long lotId,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal volumeHl,
        @NotNull LocalDate date,
        @NotNull Optional<@Size(max = 500) String> commentaire) {}
