package fr.monchai.core.registre;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Volume;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

        @NotNull
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "ne doit pas être vide") @Size(max = 100) String> reference,

        @NotNull Optional<@Size(max = 500) String> commentaire) {

    /**
     * {@return a bottling with no loss, its bouteille lot given the next reference}
     *
     * @param lot the lot bottled
     * @param bouteilles how many bottles
     * @param contenanceMl each bottle's size in millilitres (750)
     * @param date the day
     * @throws DomainException naming the field, when a value breaks its rule (a volume not positive, a name too long)
     */
    public static MiseEnBouteille de(long lot, long bouteilles, int contenanceMl, LocalDate date) {
        return Saisie.valide(new MiseEnBouteille(
                lot, bouteilles, contenanceMl, Optional.empty(), date, Optional.empty(), Optional.empty()));
    }

    /**
     * {@return this input, losing that volume in the line}
     *
     * @param pertes the volume
     */
    public MiseEnBouteille pertes(Volume pertes) {
        return Saisie.valide(new MiseEnBouteille(
                sourceLotId,
                nbBouteilles,
                contenanceMl,
                Optional.of(Saisie.requis("pertesHl", pertes).enHl()),
                date,
                reference,
                commentaire));
    }

    /**
     * {@return this input, naming the bouteille lot}
     *
     * @param reference the text
     */
    public MiseEnBouteille reference(String reference) {
        return Saisie.valide(new MiseEnBouteille(
                sourceLotId, nbBouteilles, contenanceMl, pertesHl, date, Optional.of(reference), commentaire));
    }

    /**
     * {@return this input, with that comment}
     *
     * @param commentaire the text
     */
    public MiseEnBouteille commentaire(String commentaire) {
        return Saisie.valide(new MiseEnBouteille(
                sourceLotId, nbBouteilles, contenanceMl, pertesHl, date, reference, Optional.of(commentaire)));
    }
}
