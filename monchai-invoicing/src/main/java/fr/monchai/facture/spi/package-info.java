/**
 * The contract of an invoice format: a {@link fr.monchai.facture.spi.FabriqueFormatFacture}
 * listed in {@code META-INF/services/fr.monchai.facture.spi.FabriqueFormatFacture}, creating a
 * {@link fr.monchai.facture.spi.FormatFacture} that renders an invoice at issue.
 */
package fr.monchai.facture.spi;
