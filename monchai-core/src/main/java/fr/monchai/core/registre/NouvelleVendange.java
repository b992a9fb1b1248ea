package fr.monchai.core.registre;

import fr.monchai.core.chai.ProduitFiscal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A harvest to record, and optionally the cuve it goes into (which makes a draft {@code
 * vendange_vers_cuve} movement).
 *
 * @param parcelleId the parcelle harvested
 * @param date the harvest date
 * @param volumeHl the gross volume in hectolitres
 * @param dechetsHl the part lost before the cuve (zero when absent)
 * @param cuveId the target cuve
 * @param produit the fiscal product of the new lot, when the target cuve is empty
 */
public record NouvelleVendange(
        @NotNull Long parcelleId,
        @NotNull LocalDate date,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal volumeHl,
        @NotNull Optional<@PositiveOrZero @DecimalMax("1000000") BigDecimal> dechetsHl,
        @NotNull Optional<Long> cuveId,
        @NotNull Optional<@Valid ProduitFiscal> produit) {}
