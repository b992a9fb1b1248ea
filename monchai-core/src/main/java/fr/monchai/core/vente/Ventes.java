package fr.monchai.core.vente;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores a domaine's customers, products, orders and invoices. */
public interface Ventes {

    /**
     * {@return it with its id}
     *
     * @param client a customer with id 0
     */
    Client inserer(Client client);

    /**
     * Stores the changes to a customer.
     *
     * @param client a stored customer, changed (its id and domaine stay)
     */
    void mettreAJour(Client client);

    /**
     * {@return it, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id a customer
     */
    Optional<Client> client(long domaineId, long id);

    /**
     * {@return its customers, by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    List<Client> clients(long domaineId);

    /**
     * {@return it with its id}
     *
     * @param produit a product with id 0
     */
    Produit inserer(Produit produit);

    /**
     * Stores the changes to a product.
     *
     * @param produit a stored product, changed (its id, domaine and bouteille lot stay)
     */
    void mettreAJour(Produit produit);

    /**
     * {@return it, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id a product
     */
    Optional<Produit> produit(long domaineId, long id);

    /**
     * {@return its products, by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    List<Produit> produits(long domaineId);

    /**
     * {@return it with its id}
     *
     * @param commande an order with id 0
     */
    Commande inserer(Commande commande);

    /**
     * Stores the new state of an order.
     *
     * @param commande an order, replacing the stored one of that id
     */
    void mettreAJour(Commande commande);

    /**
     * {@return it, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id an order
     */
    Optional<Commande> commande(long domaineId, long id);

    /**
     * {@return its orders, by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    List<Commande> commandes(long domaineId);

    /**
     * {@return per product id, the bottles its validated and its delivered orders take; products no such order names are absent}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    Map<Long, QuantitesCommandees> quantitesCommandees(long domaineId);

    /**
     * {@return it with its id}
     *
     * @param facture an invoice with id 0
     */
    Facture inserer(Facture facture);

    /**
     * Holds the invoice until the caller's transaction ends: two credit notes, or a payment and
     * a credit note, of one invoice then run one after the other. A store whose transactions run
     * one at a time does nothing.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the invoice
     */
    default void verrouillerFacture(long domaineId, long id) {}

    /**
     * Stores the new state of an invoice.
     *
     * @param facture an invoice, replacing the stored one of that id
     */
    void mettreAJour(Facture facture);

    /**
     * Deletes a draft invoice and its lines (the service checks it is a draft).
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the draft
     */
    void supprimerFacture(long domaineId, long id);

    /**
     * {@return it, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id an invoice
     */
    Optional<Facture> facture(long domaineId, long id);

    /**
     * {@return its invoices and credit notes, by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    List<Facture> factures(long domaineId);

    /**
     * {@return the order's invoice (not a credit note), draft or issued, the first by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param commandeId an order
     */
    Optional<Facture> factureDeCommande(long domaineId, long commandeId);

    /**
     * {@return the invoice's credit note, draft or issued, the first by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param factureId an invoice
     */
    Optional<Facture> avoirDe(long domaineId, long factureId);

    /**
     * Finds what breaks a series' chronological order, without reading every invoice.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param serie a number series, such as {@code F2026}
     * @param date an issue date
     * @return the first (by id) invoice of that series issued after that date
     */
    Optional<Facture> emiseApres(long domaineId, String serie, LocalDate date);
}
