package fr.monchai.core.registre;

import fr.monchai.core.journal.DestinationFiscale;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@code vente_sortie_stock} of bottles.
 *
 * @param bouteilleLotId the bottles sold
 * @param nbBouteilles how many
 * @param destination the fiscal destination
 * @param date the day they leave
 * @param commentaire a free comment (an invoice or DAE reference…)
 */
public record VenteBouteilles(
        @NotNull Long bouteilleLotId,
        @NotNull @Positive @Max(100_000_000) Long nbBouteilles,
        @NotNull DestinationFiscale destination,
        @NotNull LocalDate date,
        @NotNull Optional<@Size(max = 500) String> commentaire) {}
