/**
 * Sales: customers, products from bouteille lots, orders that reserve then deliver bottles
 * through the register, invoices and credit notes numbered without gaps and frozen with their
 * document (rendered by {@code monchai-invoicing}), payments.
 */
package fr.monchai.core.vente;
