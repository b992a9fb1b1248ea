package fr.monchai.core.registre;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Volume;
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
        @NotNull Optional<@Size(max = 500) String> commentaire) {

    /**
     * {@return a loss with no comment}
     *
     * @param lot the lot
     * @param volume the volume lost
     * @param date the day
     * @throws DomainException naming the field, when a value breaks its rule (a volume not positive, a name too long)
     */
    public static Perte de(long lot, Volume volume, LocalDate date) {
        return Saisie.valide(new Perte(lot, volume.enHl(), date, Optional.empty()));
    }

    /**
     * {@return this input, with that comment (the cause)}
     *
     * @param commentaire the text
     */
    public Perte commentaire(String commentaire) {
        return Saisie.valide(new Perte(lotId, volumeHl, date, Optional.of(commentaire)));
    }
}
