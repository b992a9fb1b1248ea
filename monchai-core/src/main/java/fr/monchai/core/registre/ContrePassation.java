package fr.monchai.core.registre;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@code contre_passation}: the exact reversal of a validated movement.
 *
 * @param mouvementId the movement to reverse
 * @param date the day of the reversal, on or after the movement's
 * @param commentaire why (a default citing the movement when absent)
 */
public record ContrePassation(
        @NotNull Long mouvementId,
        @NotNull LocalDate date,
        @NotNull Optional<@Size(max = 500) String> commentaire) {}
