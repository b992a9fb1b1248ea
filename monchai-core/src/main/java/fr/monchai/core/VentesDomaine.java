package fr.monchai.core;

import fr.monchai.core.chai.*;
import fr.monchai.core.commun.*;
import fr.monchai.core.crd.*;
import fr.monchai.core.declaration.*;
import fr.monchai.core.journal.*;
import fr.monchai.core.registre.*;
import fr.monchai.core.vente.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One domaine's sales, every use case bound to it: customers, products in stock, orders, invoices and
 * credit notes, payments. Take it with {@link ChaiDomaine#ventes()}; each call is one transaction (group several
 * with {@link ChaiDomaine#enTransaction}), and a refusal writes nothing.
 */
public final class VentesDomaine {

    private final MonChai chai;
    private final long domaineId;

    VentesDomaine(MonChai chai, long domaineId) {
        this.chai = chai;
        this.domaineId = domaineId;
    }

    /**
     * {@return it, stored}
     * Same as {@link VenteService#creerClient}, on this domaine.
     *
     * @param saisie the customer
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Client creerClient(NouveauClient saisie) {
        return chai.ventes().creerClient(domaineId, saisie);
    }

    /**
     * {@return the customer as stored}
     * Same as {@link VenteService#modifierClient}, on this domaine.
     *
     * @param id the customer
     * @param saisie what it is now
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Client modifierClient(long id, NouveauClient saisie) {
        return chai.ventes().modifierClient(domaineId, id, saisie);
    }

    /**
     * {@return its customers}
     * Same as {@link VenteService#clients}, on this domaine.
     */
    public List<Client> clients() {
        return chai.ventes().clients(domaineId);
    }

    /**
     * {@return it, if it is the domaine's}
     * Same as {@link VenteService#client}, on this domaine.
     *
     * @param id a customer
     */
    public Optional<Client> client(long id) {
        return chai.ventes().client(domaineId, id);
    }

    /**
     * {@return it, stored}
     * Same as {@link VenteService#creerProduit}, on this domaine.
     *
     * @param saisie the product
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Produit creerProduit(NouveauProduit saisie) {
        return chai.ventes().creerProduit(domaineId, saisie);
    }

    /**
     * {@return the product as stored}
     * Same as {@link VenteService#modifierProduit}, on this domaine.
     *
     * @param id the product
     * @param saisie what it is now, naming the same bouteille lot
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Produit modifierProduit(long id, NouveauProduit saisie) {
        return chai.ventes().modifierProduit(domaineId, id, saisie);
    }

    /**
     * {@return it, if it is the domaine's}
     * Same as {@link VenteService#produit}, on this domaine.
     *
     * @param id a product
     */
    public Optional<Produit> produit(long id) {
        return chai.ventes().produit(domaineId, id);
    }

    /**
     * {@return every product's stock: in the register, reserved, available, sold}
     * Same as {@link VenteService#stock}, on this domaine.
     */
    public List<StockProduit> stockProduits() {
        return chai.ventes().stock(domaineId);
    }

    /**
     * {@return the draft order}
     * Same as {@link VenteService#creerCommande}, on this domaine.
     *
     * @param saisie the order
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Commande creerCommande(NouvelleCommande saisie) {
        return chai.ventes().creerCommande(domaineId, saisie);
    }

    /**
     * {@return it, if it is the domaine's}
     * Same as {@link VenteService#commande}, on this domaine.
     *
     * @param id an order
     */
    public Optional<Commande> commande(long id) {
        return chai.ventes().commande(domaineId, id);
    }

    /**
     * {@return its orders}
     * Same as {@link VenteService#commandes}, on this domaine.
     */
    public List<Commande> commandes() {
        return chai.ventes().commandes(domaineId);
    }

    /**
     * {@return the validated order}
     * Same as {@link VenteService#valider}, on this domaine.
     *
     * @param id the order
     * @throws DomainException ({@link CodeErreur#STOCK_INSUFFISANT}) naming the product when fewer bottles are available
     */
    public Commande validerCommande(long id) {
        return chai.ventes().valider(domaineId, id);
    }

    /**
     * {@return the delivered order, with its movements}
     * Same as {@link VenteService#livrer}, on this domaine.
     *
     * @param id the order
     * @param date the delivery day
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Commande livrer(long id, LocalDate date) {
        return chai.ventes().livrer(domaineId, id, date);
    }

    /**
     * {@return the cancelled order}
     * Same as {@link VenteService#annuler}, on this domaine.
     *
     * @param id the order
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Commande annulerCommande(long id) {
        return chai.ventes().annuler(domaineId, id);
    }

    /**
     * {@return the draft invoice}
     * Same as {@link FactureService#facturer}, on this domaine.
     *
     * @param commandeId a validated or delivered order
     * @param echeance the due date
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Facture facturer(long commandeId, LocalDate echeance) {
        return chai.factures().facturer(domaineId, commandeId, echeance);
    }

    /**
     * {@return the draft credit note, citing it}
     * Same as {@link FactureService#avoir}, on this domaine.
     *
     * @param factureId the issued invoice
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Facture avoir(long factureId) {
        return chai.factures().avoir(domaineId, factureId);
    }

    /**
     * {@return the issued invoice, with its number and document}
     * Same as {@link FactureService#emettre}, on this domaine.
     *
     * @param factureId the draft
     * @param dateEmission the issue date
     * @param rendu the document's format (PDF, Factur-X), from the invoicing module
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Facture emettre(long factureId, LocalDate dateEmission, RenduFacture rendu) {
        return chai.factures().emettre(domaineId, factureId, dateEmission, rendu);
    }

    /**
     * {@return the invoice with it}
     * Same as {@link FactureService#payer}, on this domaine.
     *
     * @param factureId an issued invoice
     * @param paiement the payment
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Facture payer(long factureId, Paiement paiement) {
        return chai.factures().payer(domaineId, factureId, paiement);
    }

    /**
     * {@return the credit note, with its refunds}
     * Same as {@link FactureService#rembourser}, on this domaine.
     *
     * @param avoirId the issued credit note
     * @param remboursement the refund: its date, amount and means
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Facture rembourser(long avoirId, Paiement remboursement) {
        return chai.factures().rembourser(domaineId, avoirId, remboursement);
    }

    /**
     * {@return it, if it is the domaine's}
     * Same as {@link FactureService#facture}, on this domaine.
     *
     * @param id an invoice or credit note
     */
    public Optional<Facture> facture(long id) {
        return chai.factures().facture(domaineId, id);
    }

    /**
     * {@return its invoices and credit notes}
     * Same as {@link FactureService#factures}, on this domaine.
     */
    public List<Facture> factures() {
        return chai.factures().factures(domaineId);
    }

    /**
     * {@return the draft with its new due date}
     * Same as {@link FactureService#modifierBrouillon}, on this domaine.
     *
     * @param factureId a draft invoice or credit note
     * @param echeance its new due date
     * @throws DomainException when it is issued, or the rules of its issue refuse the date
     */
    public Facture modifierFacture(long factureId, LocalDate echeance) {
        return chai.factures().modifierBrouillon(domaineId, factureId, echeance);
    }

    /**
     * Deletes a draft invoice or credit note; its order can be invoiced again.
     * Same as {@link FactureService#supprimerBrouillon}, on this domaine.
     *
     * @param factureId a draft
     * @throws DomainException when it is issued (an issued invoice is cancelled by a credit note)
     */
    public void supprimerFacture(long factureId) {
        chai.factures().supprimerBrouillon(domaineId, factureId);
    }
}
