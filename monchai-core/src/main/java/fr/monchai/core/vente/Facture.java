package fr.monchai.core.vente;

import fr.monchai.core.commun.Artefact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An invoice or a credit note.
 *
 * @param id its id (0 before it is stored)
 * @param domaineId its domaine
 * @param type invoice or credit note
 * @param numero its number, given at issue, such as {@code F2026-000123}
 * @param clientId the customer
 * @param commandeId the order it bills, if any
 * @param factureOrigineId for a credit note, the invoice it corrects
 * @param base whether its prices are HT (business) or TTC (consumer)
 * @param dateEmission the issue date
 * @param dateLivraison the delivery date
 * @param echeance the due date
 * @param statut draft, issued, paid
 * @param lignes its lines
 * @param totaux its totals
 * @param paiements the payments received
 * @param document the rendered document kept at issue (its bytes and their SHA-256), for ever
 */
public record Facture(
        long id,
        long domaineId,
        TypeFacture type,
        Optional<String> numero,
        long clientId,
        OptionalLong commandeId,
        OptionalLong factureOrigineId,
        BasePrix base,
        Optional<LocalDate> dateEmission,
        LocalDate dateLivraison,
        LocalDate echeance,
        StatutFacture statut,
        List<LigneFacture> lignes,
        Totaux totaux,
        List<Paiement> paiements,
        Optional<Artefact> document) {

    /** Keeps the lists immutable. */
    public Facture {
        lignes = List.copyOf(lignes);
        paiements = List.copyOf(paiements);
    }

    /**
     * {@return this invoice with that id}
     *
     * @param id the id the store gave it
     */
    public Facture avecId(long id) {
        return new Facture(
                id,
                domaineId,
                type,
                numero,
                clientId,
                commandeId,
                factureOrigineId,
                base,
                dateEmission,
                dateLivraison,
                echeance,
                statut,
                lignes,
                totaux,
                paiements,
                document);
    }

    /** {@return what has been paid; on a credit note, what has been refunded} */
    public BigDecimal paye() {
        return paiements.stream().map(Paiement::montant).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /**
     * {@return what the customer still owes}: nothing on a credit note, nor on an invoice its
     * credit note cancelled (what was paid on it is refunded through the credit note).
     */
    public BigDecimal resteAPayer() {
        if (type == TypeFacture.AVOIR || statut == StatutFacture.CREDITEE) {
            return BigDecimal.ZERO.setScale(2);
        }
        return totaux.ttc().subtract(paye());
    }
}
