package fr.monchai.core.registre;

import fr.monchai.core.chai.ProduitFiscal;
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
        @NotNull Optional<@Size(max = 500) String> commentaire) {}
