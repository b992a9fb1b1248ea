/**
 * Invoice numbering and invoice formats (PDF, Factur-X) behind a ServiceLoader SPI. Not built yet.
 */
package fr.monchai.invoicing;
