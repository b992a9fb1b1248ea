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
        String commentaire) {

    /**
     * {@return the reversal of a movement, with its reason}
     *
     * @param mouvementId the validated movement to reverse
     * @param date the day of the reversal
     * @param motif why it is reversed
     * @throws fr.monchai.core.commun.DomainException naming the field, when a value breaks its rule (no reason)
     */
    public static ContrePassation de(long mouvementId, LocalDate date, String motif) {
        return fr.monchai.core.commun.Saisie.valide(new ContrePassation(mouvementId, date, motif));
    }
}
