package fr.monchai.core.registre;

import fr.monchai.core.chai.ProduitFiscal;
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
        @NotNull Optional<@Size(max = 500) String> commentaire) {}
