package fr.monchai.core.vente;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment received on an invoice.
 *
 * @param date the day it was received
 * @param montant how much, in euros
 * @param moyen how: virement, chèque, carte…
 */
public record Paiement(
        @NotNull LocalDate date,

        @NotNull @Positive @Digits(integer = 9, fraction = 2)
        BigDecimal montant,

        @NotBlank @Size(max = 50) String moyen) {}
