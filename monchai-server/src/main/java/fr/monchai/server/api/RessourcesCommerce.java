package fr.monchai.server.api;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.MonChai;
import fr.monchai.core.vente.Client;
import fr.monchai.core.vente.Commande;
import fr.monchai.core.vente.Produit;
import fr.monchai.core.vente.RenduFacture;
import fr.monchai.core.vente.StockProduit;
import fr.monchai.core.vente.Facture;
import fr.monchai.core.vente.NouveauClient;
import fr.monchai.core.vente.NouveauProduit;
import fr.monchai.core.vente.NouvelleCommande;
import fr.monchai.core.vente.Paiement;
import fr.monchai.core.vente.TypeClient;
import fr.monchai.facture.FormatsFacture;
import fr.monchai.facture.spi.FabriqueFormatFacture;
import fr.monchai.core.compte.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The domaine's settings, products, customers, orders and invoices. */
final class RessourcesCommerce {

    private static final Set<Role> VENTES = Set.of(Role.ADMIN, Role.COMPTA);
    private static final Set<Role> CATALOGUE = Set.of(Role.ADMIN, Role.COMPTA, Role.OENOLOGUE);

    private final MonChai chai;
    private final Parametres parametres;
    private final FormatsFacture formats = FormatsFacture.decouvrir();
    private final List<Route> routes = new ArrayList<>();

    /** A delivery's date. */
    record Livraison(LocalDate date) {}

    /** An invoice's due date. */
    record Echeance(LocalDate echeance) {}

    /** Issuing an invoice: its date, and its format ({@code pdf}, {@code facturx}) when not the customer's default. */
    record Emission(LocalDate date, Optional<String> format) {}

    RessourcesCommerce(MonChai chai, Parametres parametres) {
        this.chai = chai;
        this.parametres = parametres;
        route("GET", "/api/domaine/parametres", Route.TOUS, "L'identité du domaine sur ses factures et sa DRM", Void.class, ParametresDomaine.class,
                r -> Reponse.ok(parametres(r)));
        route("PUT", "/api/domaine/parametres", Set.of(Role.ADMIN), "Enregistre l'identité du domaine (vendeur, déclarant)", ParametresDomaine.class, ParametresDomaine.class, r -> {
            ParametresDomaine p = r.lire(ParametresDomaine.class);
            fr.monchai.core.commun.Saisie.verifier(p);
            parametres.enregistrer(r.domaine(), p);
            return Reponse.ok(p);
        });
        route("GET", "/api/produits", Route.TOUS, "Les produits en vente", Void.class, Route.liste(Produit.class), r -> Reponse.ok(chai.ventes().stock(r.domaine()).stream()
                .map(s -> s.produit()).toList()));
        route("POST", "/api/produits", CATALOGUE, "Met en vente les bouteilles d'un lot de bouteilles", NouveauProduit.class, Produit.class,
                r -> Reponse.cree(chai.ventes().creerProduit(r.domaine(), r.lire(NouveauProduit.class))));
        route("GET", "/api/produits/:id", Route.TOUS, "Un produit", Void.class, Produit.class, r -> Reponse.ok(trouve(chai.ventes().produit(
                r.domaine(), r.id("id")), "id", "le produit", r.id("id"))));
        route("PUT", "/api/produits/:id", CATALOGUE, "Modifie un produit (même lot de bouteilles ; base de prix figée dès qu'une commande l'utilise)",
                NouveauProduit.class, Produit.class, r -> Reponse.ok(chai.ventes().modifierProduit(r.domaine(), r.id("id"), r.lire(NouveauProduit.class))));
        route("GET", "/api/stock/produits", Route.TOUS, "Le stock des produits : au registre, réservé, disponible, vendu", Void.class, Route.liste(StockProduit.class),
                r -> Reponse.ok(chai.ventes().stock(r.domaine())));
        route("GET", "/api/clients", VENTES, "Les clients", Void.class, Route.liste(Client.class), r -> Reponse.ok(chai.ventes().clients(r.domaine())));
        route("POST", "/api/clients", VENTES, "Crée un client", NouveauClient.class, Client.class, r -> Reponse.cree(chai.ventes().creerClient(r.domaine(),
                r.lire(NouveauClient.class))));
        route("GET", "/api/clients/:id", VENTES, "Un client", Void.class, Client.class, r -> Reponse.ok(trouve(chai.ventes().client(r.domaine(), r.id("id")),
                "id", "le client", r.id("id"))));
        route("PUT", "/api/clients/:id", VENTES, "Modifie un client (les factures émises gardent le client tel qu'il était)", NouveauClient.class,
                Client.class, r -> Reponse.ok(chai.ventes().modifierClient(r.domaine(), r.id("id"), r.lire(NouveauClient.class))));
        route("GET", "/api/commandes", VENTES, "Les commandes", Void.class, Route.liste(Commande.class), r -> Reponse.ok(chai.ventes().commandes(r.domaine())));
        route("POST", "/api/commandes", VENTES, "Crée une commande (brouillon)", NouvelleCommande.class, Commande.class, r -> Reponse.cree(chai.ventes().creerCommande(
                r.domaine(), r.lire(NouvelleCommande.class))));
        route("GET", "/api/commandes/:id", VENTES, "Une commande", Void.class, Commande.class, r -> Reponse.ok(trouve(chai.ventes().commande(r.domaine(),
                r.id("id")), "id", "la commande", r.id("id"))));
        route("POST", "/api/commandes/:id/valider", VENTES, "Valide une commande : ses bouteilles sont réservées", Void.class, Commande.class,
                r -> Reponse.ok(chai.ventes().valider(r.domaine(), r.id("id"))));
        route("POST", "/api/commandes/:id/livrer", VENTES, "Livre une commande : ses bouteilles sortent du registre", Livraison.class, Commande.class, r -> {
            return Reponse.ok(chai.ventes().livrer(r.domaine(), r.id("id"), r.lire(Livraison.class).date()));
        });
        route("POST", "/api/commandes/:id/annuler", VENTES, "Annule une commande non livrée", Void.class, Commande.class,
                r -> Reponse.ok(chai.ventes().annuler(r.domaine(), r.id("id"))));
        route("POST", "/api/commandes/:id/facture", VENTES, "Crée la facture (brouillon) d'une commande", Echeance.class, Facture.class, r -> {
            return Reponse.cree(chai.factures().facturer(r.domaine(), r.id("id"), r.lire(Echeance.class).echeance()));
        });
        route("GET", "/api/factures", VENTES, "Les factures et avoirs", Void.class, Route.liste(Facture.class), r -> Reponse.ok(chai.factures().factures(r.domaine())));
        route("GET", "/api/factures/:id", VENTES, "Une facture ou un avoir", Void.class, Facture.class, r -> Reponse.ok(facture(r)));
        route("POST", "/api/factures/:id/emettre", VENTES, "Émet un brouillon : numéro, document figé (Factur-X pour un professionnel)", Emission.class, Facture.class,
                r -> {
                    Emission e = r.lire(Emission.class);
                    Optional<String> format = e.format() == null ? Optional.empty() : e.format();
                    // The seller's identity is read once the invoice is found, in the transaction.
                    RenduFacture rendu = (facture, client, origine, commande) -> {
                        ParametresDomaine p = parametres(r);
                        Map<String, String> config = p.transporteur().map(t -> Map.of("transporteur", t)).orElse(Map.of());
                        return formats.rendu(format, p.vendeur(), config).rendre(facture, client, origine, commande);
                    };
                    return Reponse.ok(chai.factures().emettre(r.domaine(), r.id("id"), e.date(), rendu));
                });
        route("GET", "/api/factures/:id/document", VENTES, "Le document figé d'une facture émise (PDF, Factur-X)", Void.class, Route.Fichier.class, r -> {
            Facture f = facture(r);
            var doc = f.document().orElseThrow(() -> new DomainException(CodeErreur.OPERATION_INCOHERENTE, "id",
                    "la facture n'est pas émise : elle n'a pas encore de document"));
            return Reponse.fichier(doc.contenu(), doc.typeMedia(), doc.nom());
        });
        route("POST", "/api/factures/:id/paiements", VENTES, "Enregistre un paiement", Paiement.class, Facture.class, r -> Reponse.ok(chai.factures().payer(
                r.domaine(), r.id("id"), r.lire(Paiement.class))));
        route("POST", "/api/factures/:id/avoir", VENTES, "Crée l'avoir (brouillon) d'une facture émise", Void.class, Facture.class,
                r -> Reponse.cree(chai.factures().avoir(r.domaine(), r.id("id"))));
    }

    List<Route> routes() {
        return routes;
    }

    private void route(String methode, String chemin, Set<Role> roles, String resume, Type entree, Type sortie, Route.Traitement t) {
        routes.add(Route.de(methode, chemin, roles, resume, entree, sortie, t));
    }

    private Facture facture(Requete r) {
        return trouve(chai.factures().facture(r.domaine(), r.id("id")), "id", "la facture", r.id("id"));
    }

    private ParametresDomaine parametres(Requete r) {
        return parametres.de(r.domaine()).orElseThrow(() -> new DomainException(CodeErreur.OPERATION_INCOHERENTE, "parametres",
                "renseignez d'abord l'identité du domaine (PUT /api/domaine/parametres) : raison sociale, SIREN, TVA, IBAN…"));
    }

    static <T> T trouve(Optional<T> t, String champ, String quoi, long id) {
        return t.orElseThrow(() -> new DomainException(CodeErreur.INTROUVABLE, champ, quoi + " n° " + id + " n'existe pas dans ce domaine"));
    }
}
