package fr.monchai.core.registre;

import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Volume;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An {@code entree} of bulk wine bought in.
 *
 * @param destinationCuveId the cuve it goes into (its lot, or a new lot if it is empty)
 * @param volumeHl the volume
 * @param produit the fiscal product of a new lot (required when the cuve is empty)
 * @param millesime the vintage, when known
 * @param cepage the grape variety, when known
 * @param date the day
 * @param commentaire a free comment (supplier, document…)
 */
public record AchatVrac(
        @NotNull Long destinationCuveId,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal volumeHl,
        @NotNull Optional<@Valid ProduitFiscal> produit,
        @NotNull Optional<@Min(1800) @Max(2200) Integer> millesime,
        @NotNull Optional<@Size(max = 100) String> cepage,
        @NotNull LocalDate date,
        @NotNull Optional<@Size(max = 500) String> commentaire) {

    /**
     * {@return a purchase of bulk wine into a cuve, of the fiscal product the cuve holds, of no stated vintage or variety}
     *
     * @param cuve the cuve it goes into
     * @param volume the volume bought
     * @param date the day
     * @throws DomainException naming the field, when a value breaks its rule
     */
    public static AchatVrac de(long cuve, Volume volume, LocalDate date) {
        return Saisie.valide(new AchatVrac(
                cuve,
                Volume.hlOuNul(volume),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                date,
                Optional.empty()));
    }

    /**
     * {@return this input, of that fiscal product}
     *
     * @param produit the fiscal product
     */
    public AchatVrac produit(ProduitFiscal produit) {
        return Saisie.valide(
                new AchatVrac(destinationCuveId, volumeHl, Optional.of(produit), millesime, cepage, date, commentaire));
    }

    /**
     * {@return this input, of that vintage}
     *
     * @param annee the year
     */
    public AchatVrac millesime(int annee) {
        return Saisie.valide(
                new AchatVrac(destinationCuveId, volumeHl, produit, Optional.of(annee), cepage, date, commentaire));
    }

    /**
     * {@return this input, of that grape variety}
     *
     * @param cepage the text
     */
    public AchatVrac cepage(String cepage) {
        return Saisie.valide(
                new AchatVrac(destinationCuveId, volumeHl, produit, millesime, Optional.of(cepage), date, commentaire));
    }

    /**
     * {@return this input, with that comment}
     *
     * @param commentaire the text
     */
    public AchatVrac commentaire(String commentaire) {
        return Saisie.valide(
                new AchatVrac(destinationCuveId, volumeHl, produit, millesime, cepage, date, Optional.of(commentaire)));
    }
}
