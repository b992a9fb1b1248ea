package fr.monchai.core.registre;

import fr.monchai.core.journal.DestinationFiscale;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@code vente_sortie_stock} of bulk wine.
 *
 * @param lotId the lot sold from
 * @param volumeHl the volume
 * @param destination the fiscal destination
 * @param date the day it leaves
 * @param commentaire a free comment (contract, DAE reference…)
 */
public record VenteVrac(
        @NotNull Long lotId,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal volumeHl,
        @NotNull DestinationFiscale destination,
        @NotNull LocalDate date,
        @NotNull Optional<@Size(max = 500) String> commentaire) {}
