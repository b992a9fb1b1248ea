package fr.monchai.core.registre;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * One lot of an assemblage.
 *
 * @param lotId the lot
 * @param volumeHl the volume taken from it
 */
public record SourceAssemblage(
        @NotNull Long lotId,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal volumeHl) {}
