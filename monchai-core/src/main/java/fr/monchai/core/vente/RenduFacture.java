package fr.monchai.core.vente;

import fr.monchai.core.commun.Artefact;

/**
 * Renders an invoice being issued as its document (a PDF, a Factur-X): the invoicing module
 * provides it. The document is kept with the invoice, frozen, in the same transaction.
 */
@FunctionalInterface
public interface RenduFacture {

    /**
     * {@return its document}
     *
     * @param facture the invoice, numbered
     * @param client its customer
     * @param origine for a credit note, the invoice it corrects
     * @param commande the order it bills: its fiscal destination, customs references, purchase order number
     */
    Artefact rendre(
            Facture facture, Client client, java.util.Optional<Facture> origine, java.util.Optional<Commande> commande);
}
