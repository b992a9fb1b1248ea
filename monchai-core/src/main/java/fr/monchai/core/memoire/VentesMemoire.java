package fr.monchai.core.memoire;

import fr.monchai.core.vente.Client;
import fr.monchai.core.vente.Commande;
import fr.monchai.core.vente.Facture;
import fr.monchai.core.vente.Produit;
import fr.monchai.core.vente.QuantitesCommandees;
import fr.monchai.core.vente.StatutCommande;
import fr.monchai.core.vente.TypeFacture;
import fr.monchai.core.vente.Ventes;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Customers, products, orders and invoices in memory. */
final class VentesMemoire implements Ventes {

    private final Etat etat;
    private final Table<Client> clients;
    private final Table<Produit> produits;
    private final Table<Commande> commandes;
    private final Table<Facture> factures;

    VentesMemoire(Etat etat) {
        this.etat = etat;
        this.clients = new Table<>(etat);
        this.produits = new Table<>(etat);
        this.commandes = new Table<>(etat);
        this.factures = new Table<>(etat);
    }

    @Override
    public Client inserer(Client c) {
        return clients.inserer(c.domaineId(), c::avecId);
    }

    @Override
    public void mettreAJour(Client c) {
        clients.remplacer(c.domaineId(), c.id(), c);
    }

    @Override
    public Optional<Client> client(long domaineId, long id) {
        return clients.lire(domaineId, id);
    }

    @Override
    public List<Client> clients(long domaineId) {
        return clients.liste(domaineId);
    }

    @Override
    public Produit inserer(Produit p) {
        return produits.inserer(p.domaineId(), p::avecId);
    }

    @Override
    public void mettreAJour(Produit p) {
        produits.remplacer(p.domaineId(), p.id(), p);
    }

    @Override
    public Optional<Produit> produit(long domaineId, long id) {
        return produits.lire(domaineId, id);
    }

    @Override
    public List<Produit> produits(long domaineId) {
        return produits.liste(domaineId);
    }

    @Override
    public Commande inserer(Commande c) {
        return commandes.inserer(c.domaineId(), c::avecId);
    }

    @Override
    public void mettreAJour(Commande c) {
        commandes.remplacer(c.domaineId(), c.id(), c);
    }

    @Override
    public Optional<Commande> commande(long domaineId, long id) {
        return commandes.lire(domaineId, id);
    }

    @Override
    public List<Commande> commandes(long domaineId) {
        return commandes.liste(domaineId);
    }

    @Override
    public Map<Long, QuantitesCommandees> quantitesCommandees(long domaineId) {
        return etat.lire(() -> {
            Map<Long, QuantitesCommandees> parProduit = new HashMap<>();
            for (Commande c : commandes.duDomaine(domaineId)) {
                boolean validee = c.statut() == StatutCommande.VALIDEE;
                if (validee || c.statut() == StatutCommande.LIVREE) {
                    c.lignes()
                            .forEach(l -> parProduit.merge(
                                    l.produitId(),
                                    validee
                                            ? new QuantitesCommandees(l.quantite(), 0)
                                            : new QuantitesCommandees(0, l.quantite()),
                                    (a, b) -> new QuantitesCommandees(
                                            a.reservees() + b.reservees(), a.livrees() + b.livrees())));
                }
            }
            return parProduit;
        });
    }

    @Override
    public Facture inserer(Facture f) {
        return factures.inserer(f.domaineId(), f::avecId);
    }

    @Override
    public void mettreAJour(Facture f) {
        factures.remplacer(f.domaineId(), f.id(), f);
    }

    @Override
    public void supprimerFacture(long domaineId, long id) {
        factures.effacer(domaineId, id);
    }

    @Override
    public Optional<Facture> facture(long domaineId, long id) {
        return factures.lire(domaineId, id);
    }

    @Override
    public List<Facture> factures(long domaineId) {
        return factures.liste(domaineId);
    }

    @Override
    public Optional<Facture> factureDeCommande(long domaineId, long commandeId) {
        return etat.lire(() -> factures.duDomaine(domaineId).stream()
                .filter(f -> f.type() == TypeFacture.FACTURE && f.commandeId().equals(OptionalLong.of(commandeId)))
                .findFirst());
    }

    @Override
    public Optional<Facture> avoirDe(long domaineId, long factureId) {
        return etat.lire(() -> factures.duDomaine(domaineId).stream()
                .filter(f ->
                        f.type() == TypeFacture.AVOIR && f.factureOrigineId().equals(OptionalLong.of(factureId)))
                .findFirst());
    }

    @Override
    public Optional<Facture> emiseApres(long domaineId, String serie, LocalDate date) {
        return etat.lire(() -> factures.duDomaine(domaineId).stream()
                .filter(f -> f.numero().map(n -> n.startsWith(serie + "-")).orElse(false)
                        && f.dateEmission().orElseThrow().isAfter(date))
                .findFirst());
    }
}
