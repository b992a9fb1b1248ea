/**
 * A domaine's identity and settings: who it is on its invoices and declarations ({@link IdentiteDomaine}), and where
 * its settings documents are kept ({@link DocumentsParametres}).
 */
package fr.monchai.core.parametres;
