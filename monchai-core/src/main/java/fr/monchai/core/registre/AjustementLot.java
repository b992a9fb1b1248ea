package fr.monchai.core.registre;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An {@code ajustement_inventaire} of a lot.
 *
 * @param lotId the lot
 * @param sens manquant or excédent
 * @param volumeHl the difference found
 * @param date the inventory day
 * @param commentaire why (mandatory: customs ask for it)
 */
public record AjustementLot(
        @NotNull Long lotId,
        @NotNull SensAjustement sens,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal volumeHl,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 500) String commentaire) {}
