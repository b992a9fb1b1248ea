package fr.monchai.core.registre;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Volume;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A {@code perte}: wine lost from a lot (evaporation, lees, accident).
 *
 * @param lotId the lot
 * @param volumeHl the volume lost
 * @param date the day
 * @param commentaire its cause (évaporation, casse, lies…): required, customs ask why wine was lost
 */
public record Perte(
        @NotNull Long lotId,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal volumeHl,
        @NotNull LocalDate date,

        @NotBlank(message = "obligatoire : la cause de la perte (évaporation, casse, lies…)") @Size(max = 500)
        String commentaire) {

    /**
     * {@return a loss, with its cause}
     *
     * @param lot the lot
     * @param volume the volume lost
     * @param date the day
     * @param cause why it was lost (évaporation, casse, lies…)
     * @throws DomainException naming the field, when a value breaks its rule (a volume not positive, no cause)
     */
    public static Perte de(long lot, Volume volume, LocalDate date, String cause) {
        return Saisie.valide(new Perte(lot, Volume.hlOuNul(volume), date, cause));
    }
}
