package fr.monchai.core.registre;

import fr.monchai.core.chai.ProduitFiscal;
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
        @NotNull Optional<@Size(max = 500) String> commentaire) {}
