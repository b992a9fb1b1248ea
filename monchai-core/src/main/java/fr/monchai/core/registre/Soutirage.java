package fr.monchai.core.registre;

import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Volume;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An {@code inter_cuves} movement: racking or transfer of wine from a lot to another cuve.
 * The source gives {@code volumeHl}; the destination receives it less the losses.
 *
 * @param sourceLotId the lot wine is taken from
 * @param destinationCuveId the cuve it goes to (into its lot, or a new lot if it is empty)
 * @param volumeHl the volume taken from the source
 * @param pertesHl the part lost on the way (lees), zero when absent
 * @param date the day
 * @param produit the fiscal product of a new lot (the source's when absent)
 * @param commentaire a free comment
 */
public record Soutirage(
        @NotNull Long sourceLotId,
        @NotNull Long destinationCuveId,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal volumeHl,
        @NotNull Optional<@PositiveOrZero @DecimalMax("1000000") BigDecimal> pertesHl,
        @NotNull LocalDate date,
        @NotNull Optional<@Valid ProduitFiscal> produit,
        @NotNull Optional<@Size(max = 500) String> commentaire) {

    /**
     * {@return a racking with no loss, into a cuve whose wine is the same fiscal product}
     *
     * @param lot the lot racked
     * @param cuve the destination cuve
     * @param volume the volume taken from the lot
     * @param date the day
     * @throws DomainException naming the field, when a value breaks its rule (a volume not positive, a name too long)
     */
    public static Soutirage de(long lot, long cuve, Volume volume, LocalDate date) {
        return Saisie.valide(new Soutirage(
                lot, cuve, Volume.hlOuNul(volume), Optional.empty(), date, Optional.empty(), Optional.empty()));
    }

    /**
     * {@return this input, losing that volume on the way}
     *
     * @param pertes the volume
     */
    public Soutirage pertes(Volume pertes) {
        return Saisie.valide(new Soutirage(
                sourceLotId,
                destinationCuveId,
                volumeHl,
                Optional.of(Saisie.requis("pertesHl", pertes).enHl()),
                date,
                produit,
                commentaire));
    }

    /**
     * {@return this input, stating the fiscal product the destination holds afterwards (a repli, a déclassement)}
     *
     * @param produit the resulting fiscal product
     */
    public Soutirage produit(ProduitFiscal produit) {
        return Saisie.valide(new Soutirage(
                sourceLotId, destinationCuveId, volumeHl, pertesHl, date, Optional.of(produit), commentaire));
    }

    /**
     * {@return this input, with that comment}
     *
     * @param commentaire the text
     */
    public Soutirage commentaire(String commentaire) {
        return Saisie.valide(new Soutirage(
                sourceLotId, destinationCuveId, volumeHl, pertesHl, date, produit, Optional.of(commentaire)));
    }
}
