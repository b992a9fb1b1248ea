package fr.monchai.core.registre;

import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Volume;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An {@code assemblage}: several lots blended into one cuve.
 *
 * @param sources the lots and the volume taken from each
 * @param destinationCuveId the cuve of the blend (into its lot, or a new lot if it is empty)
 * @param pertesHl the part lost, zero when absent
 * @param date the day
 * @param produit the fiscal product of a new lot (required when the sources differ)
 * @param commentaire a free comment
 */
public record Assemblage(
        @NotNull @NotEmpty @Size(max = 100) List<@NotNull @Valid SourceAssemblage> sources,
        @NotNull Long destinationCuveId,
        @NotNull Optional<@PositiveOrZero @DecimalMax("1000000") BigDecimal> pertesHl,
        @NotNull LocalDate date,
        @NotNull Optional<@Valid ProduitFiscal> produit,
        @NotNull Optional<@Size(max = 500) String> commentaire) {

    /**
     * {@return a blend with no loss, whose lots are one fiscal product}
     *
     * @param cuve the destination cuve
     * @param date the day
     * @param sources what each lot gives
     * @throws DomainException naming the field, when a value breaks its rule (a volume not positive, a name too long)
     */
    public static Assemblage de(long cuve, LocalDate date, SourceAssemblage... sources) {
        return Saisie.valide(
                new Assemblage(List.of(sources), cuve, Optional.empty(), date, Optional.empty(), Optional.empty()));
    }

    /**
     * {@return this input, losing that volume on the way}
     *
     * @param pertes the volume
     */
    public Assemblage pertes(Volume pertes) {
        return Saisie.valide(new Assemblage(
                sources,
                destinationCuveId,
                Optional.of(Saisie.requis("pertesHl", pertes).enHl()),
                date,
                produit,
                commentaire));
    }

    /**
     * {@return this input, stating the fiscal product of the blend}
     *
     * @param produit the resulting fiscal product
     */
    public Assemblage produit(ProduitFiscal produit) {
        return Saisie.valide(
                new Assemblage(sources, destinationCuveId, pertesHl, date, Optional.of(produit), commentaire));
    }

    /**
     * {@return this input, with that comment}
     *
     * @param commentaire the text
     */
    public Assemblage commentaire(String commentaire) {
        return Saisie.valide(
                new Assemblage(sources, destinationCuveId, pertesHl, date, produit, Optional.of(commentaire)));
    }
}
