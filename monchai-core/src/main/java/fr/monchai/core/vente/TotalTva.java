package fr.monchai.core.vente;

import java.math.BigDecimal;

/**
 * One rate of an invoice's VAT breakdown.
 *
 * @param taux the rate in percent
 * @param baseHt the taxable base
 * @param tva the VAT
 * @param ttc base plus VAT
 */
public record TotalTva(BigDecimal taux, BigDecimal baseHt, BigDecimal tva, BigDecimal ttc) {}
