package fr.monchai.core.vente;

import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.ReferenceSortie;
import java.time.LocalDate;
import java.util.List;

/**
 * An order.
 *
 * @param id its id (0 before it is stored)
 * @param domaineId its domaine
 * @param clientId the customer
 * @param date the day it was taken
 * @param destination where the wine goes, fiscally
 * @param reference the customs references of the shipment (country, DAE)
 * @param referenceClient the customer's purchase order number, if any
 * @param statut where it stands
 * @param lignes its lines
 * @param mouvements once delivered, the register's exit movements
 */
public record Commande(
        long id,
        long domaineId,
        long clientId,
        LocalDate date,
        DestinationFiscale destination,
        ReferenceSortie reference,
        String referenceClient,
        StatutCommande statut,
        List<LigneCommande> lignes,
        List<Long> mouvements) {

    /** Keeps the lists immutable. */
    public Commande {
        lignes = List.copyOf(lignes);
        mouvements = List.copyOf(mouvements);
    }

    /**
     * {@return this order with that id}
     *
     * @param id the id the store gave it
     */
    public Commande avecId(long id) {
        return new Commande(
                id, domaineId, clientId, date, destination, reference, referenceClient, statut, lignes, mouvements);
    }

    /**
     * {@return this order so}
     *
     * @param statut the new status
     * @param mouvements the exit movements
     */
    public Commande avecStatut(StatutCommande statut, List<Long> mouvements) {
        return new Commande(
                id, domaineId, clientId, date, destination, reference, referenceClient, statut, lignes, mouvements);
    }
}
