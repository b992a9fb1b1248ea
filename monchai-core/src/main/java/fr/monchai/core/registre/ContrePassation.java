package fr.monchai.core.registre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A {@code contre_passation}: the exact reversal of a validated movement.
 *
 * @param mouvementId the movement to reverse
 * @param date the day of the reversal, on or after the movement's
 * @param commentaire why it is reversed: required, the register keeps the reason of every correction
 */
public record ContrePassation(
        @NotNull Long mouvementId,
        @NotNull LocalDate date,

        @NotBlank(message = "obligatoire : dites pourquoi ce mouvement est annulé") @Size(max = 500)
        String commentaire) {}
