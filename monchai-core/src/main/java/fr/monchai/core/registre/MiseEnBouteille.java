package fr.monchai.core.registre;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@code mise_en_bouteille}: a lot bottled into a new bouteille lot. The lot gives the
 * bottles' volume plus the losses.
 *
 * @param sourceLotId the lot bottled
 * @param nbBouteilles how many bottles are filled
 * @param contenanceMl the capacity of one bottle, such as 750
 * @param pertesHl the volume lost at bottling, zero when absent
 * @param date the day
 * @param reference the bottling's internal reference (one is made up when absent)
 * @param commentaire a free comment
 */
public record MiseEnBouteille(
        @NotNull Long sourceLotId,
        @NotNull @Positive @Max(100_000_000) Long nbBouteilles,
        @NotNull @Min(10) @Max(30_000) Integer contenanceMl,
        @NotNull Optional<@PositiveOrZero @DecimalMax("1000000") BigDecimal> pertesHl,
        @NotNull LocalDate date,
        @NotNull Optional<@Pattern(regexp = "(?s).*\\S.*", message = "ne doit pas être vide") @Size(max = 100) String> reference,
        @NotNull Optional<@Size(max = 500) String> commentaire) {}
