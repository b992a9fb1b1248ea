/**
 * Invoice formats of Mon Chai: {@code pdf} (an A4 PDF/A-3b with every mandatory mention) and
 * {@code facturx} (the same with its EN 16931 CII XML embedded), found with {@link
 * fr.monchai.facture.FormatsFacture}.
 */
package fr.monchai.facture;
