package fr.monchai.core.registre;

import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.ParDefaut;
import fr.monchai.core.commun.Saisie;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An {@code entree} of bottles bought in: a new bouteille lot with no source lot.
 *
 * @param nbBouteilles how many bottles
 * @param contenanceMl the capacity of one bottle
 * @param produit their fiscal product
 * @param millesime the vintage, when known
 * @param cepage the grape variety, when known
 * @param date the day
 * @param reference the internal reference (one is made up when absent)
 * @param commentaire a free comment (supplier, document…)
 * @param droitsAcquittes whether they were bought with their duty paid (capsuled duty-paid, for the estate's
 *     shop): they are then held on the DRM's duty-paid stock list and may only leave duty-paid
 *     ({@code FRANCE_DROITS_ACQUITTES}); {@code false} when left out (bought under bond)
 */
public record AchatBouteilles(
        @NotNull @Positive @Max(100_000_000) Long nbBouteilles,
        @NotNull @Min(10) @Max(30_000) Integer contenanceMl,
        @NotNull @Valid ProduitFiscal produit,
        @NotNull Optional<@Min(1800) @Max(2200) Integer> millesime,
        @NotNull Optional<@Size(max = 100) String> cepage,
        @NotNull LocalDate date,

        @NotNull
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "ne doit pas être vide") @Size(max = 100) String> reference,

        @NotNull Optional<@Size(max = 500) String> commentaire,
        @ParDefaut("false") Boolean droitsAcquittes) {

    /** Reads a left-out {@code droitsAcquittes} as bought under bond. */
    public AchatBouteilles {
        droitsAcquittes = Boolean.TRUE.equals(droitsAcquittes);
    }

    /**
     * A purchase under bond.
     *
     * @param nbBouteilles how many bottles
     * @param contenanceMl the capacity of one bottle
     * @param produit their fiscal product
     * @param millesime the vintage, when known
     * @param cepage the grape variety, when known
     * @param date the day
     * @param reference the internal reference (one is made up when absent)
     * @param commentaire a free comment
     */
    public AchatBouteilles(
            Long nbBouteilles,
            Integer contenanceMl,
            ProduitFiscal produit,
            Optional<Integer> millesime,
            Optional<String> cepage,
            LocalDate date,
            Optional<String> reference,
            Optional<String> commentaire) {
        this(nbBouteilles, contenanceMl, produit, millesime, cepage, date, reference, commentaire, false);
    }

    /**
     * {@return a purchase of bottles, into a new bouteille lot given the next reference}
     *
     * @param bouteilles how many
     * @param contenanceMl each bottle's size in millilitres
     * @param produit their fiscal product
     * @param date the day
     * @throws DomainException naming the field, when a value breaks its rule
     */
    public static AchatBouteilles de(long bouteilles, int contenanceMl, ProduitFiscal produit, LocalDate date) {
        return Saisie.valide(new AchatBouteilles(
                bouteilles,
                contenanceMl,
                produit,
                Optional.empty(),
                Optional.empty(),
                date,
                Optional.empty(),
                Optional.empty()));
    }

    /**
     * {@return this input, of that vintage}
     *
     * @param annee the year
     */
    public AchatBouteilles millesime(int annee) {
        return Saisie.valide(new AchatBouteilles(
                nbBouteilles,
                contenanceMl,
                produit,
                Optional.of(annee),
                cepage,
                date,
                reference,
                commentaire,
                droitsAcquittes));
    }

    /**
     * {@return this input, of that grape variety}
     *
     * @param cepage the text
     */
    public AchatBouteilles cepage(String cepage) {
        return Saisie.valide(new AchatBouteilles(
                nbBouteilles,
                contenanceMl,
                produit,
                millesime,
                Optional.of(cepage),
                date,
                reference,
                commentaire,
                droitsAcquittes));
    }

    /**
     * {@return this input, naming the bouteille lot}
     *
     * @param reference the text
     */
    public AchatBouteilles reference(String reference) {
        return Saisie.valide(new AchatBouteilles(
                nbBouteilles,
                contenanceMl,
                produit,
                millesime,
                cepage,
                date,
                Optional.of(reference),
                commentaire,
                droitsAcquittes));
    }

    /**
     * {@return this input, with that comment}
     *
     * @param commentaire the text
     */
    public AchatBouteilles commentaire(String commentaire) {
        return Saisie.valide(new AchatBouteilles(
                nbBouteilles,
                contenanceMl,
                produit,
                millesime,
                cepage,
                date,
                reference,
                Optional.of(commentaire),
                droitsAcquittes));
    }

    /** {@return this input, bought with its duty paid: held on the duty-paid stock list, leaving duty-paid only} */
    public AchatBouteilles enDroitsAcquittes() {
        return Saisie.valide(new AchatBouteilles(
                nbBouteilles, contenanceMl, produit, millesime, cepage, date, reference, commentaire, true));
    }
}
