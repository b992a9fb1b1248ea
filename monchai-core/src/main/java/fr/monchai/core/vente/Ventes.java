package fr.monchai.core.vente;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores a domaine's customers, products, orders and invoices. */
public interface Ventes {

    /**
     * @param client a customer with id 0
     * @return it with its id
     */
    Client inserer(Client client);

    /** @param client a stored customer, changed (its id and domaine stay) */
    void mettreAJour(Client client);

    /**
     * @param id a customer
     * @return it, if it exists in that domaine
     */
    Optional<Client> client(long domaineId, long id);

    /**
     * @return its customers, by id
     */
    List<Client> clients(long domaineId);

    /**
     * @param produit a product with id 0
     * @return it with its id
     */
    Produit inserer(Produit produit);

    /** @param produit a stored product, changed (its id, domaine and bouteille lot stay) */
    void mettreAJour(Produit produit);

    /**
     * @param id a product
     * @return it, if it exists in that domaine
     */
    Optional<Produit> produit(long domaineId, long id);

    /**
     * @return its products, by id
     */
    List<Produit> produits(long domaineId);

    /**
     * @param commande an order with id 0
     * @return it with its id
     */
    Commande inserer(Commande commande);

    /**
     * @param commande an order, replacing the stored one of that id
     */
    void mettreAJour(Commande commande);

    /**
     * @param id an order
     * @return it, if it exists in that domaine
     */
    Optional<Commande> commande(long domaineId, long id);

    /**
     * @return its orders, by id
     */
    List<Commande> commandes(long domaineId);

    /**
     * @return per product id, the bottles its validated and its delivered orders take; products
     *     no such order names are absent
     */
    Map<Long, QuantitesCommandees> quantitesCommandees(long domaineId);

    /**
     * @param facture an invoice with id 0
     * @return it with its id
     */
    Facture inserer(Facture facture);

    /**
     * @param facture an invoice, replacing the stored one of that id
     */
    void mettreAJour(Facture facture);

    /**
     * @param id an invoice
     * @return it, if it exists in that domaine
     */
    Optional<Facture> facture(long domaineId, long id);

    /**
     * @return its invoices and credit notes, by id
     */
    List<Facture> factures(long domaineId);

    /**
     * @param commandeId an order
     * @return the order's invoice (not a credit note), draft or issued, the first by id
     */
    Optional<Facture> factureDeCommande(long domaineId, long commandeId);

    /**
     * Finds what breaks a series' chronological order, without reading every invoice.
     *
     * @param serie a number series, such as {@code F2026}
     * @param date an issue date
     * @return the first (by id) invoice of that series issued after that date
     */
    Optional<Facture> emiseApres(long domaineId, String serie, LocalDate date);
}
