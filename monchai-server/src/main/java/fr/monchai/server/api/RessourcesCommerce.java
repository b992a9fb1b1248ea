package fr.monchai.server.api;

import fr.monchai.core.CodeErreur;
import fr.monchai.core.DomainException;
import fr.monchai.core.MonChai;
import fr.monchai.core.vente.Client;
import fr.monchai.core.vente.Facture;
import fr.monchai.core.vente.NouveauClient;
import fr.monchai.core.vente.NouveauProduit;
import fr.monchai.core.vente.NouvelleCommande;
import fr.monchai.core.vente.Paiement;
import fr.monchai.core.vente.TypeClient;
import fr.monchai.facture.FormatsFacture;
import fr.monchai.facture.spi.FabriqueFormatFacture;
import fr.monchai.server.comptes.Parametres;
import fr.monchai.server.comptes.ParametresDomaine;
import fr.monchai.server.comptes.Role;
import java.time.LocalDate;
import java.util.ArrayList;
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

    RessourcesCommerce(MonChai chai, Parametres parametres) {
        this.chai = chai;
        this.parametres = parametres;
        route("GET", "/api/domaine/parametres", Route.TOUS, "L'identité du domaine sur ses factures et sa DRM",
                r -> Reponse.ok(parametres(r)));
        route("PUT", "/api/domaine/parametres", Set.of(Role.ADMIN), "Enregistre l'identité du domaine (vendeur, déclarant)", r -> {
            ParametresDomaine p = r.lire(ParametresDomaine.class);
            fr.monchai.core.Saisie.verifier(p);
            parametres.enregistrer(r.domaine(), p);
            return Reponse.ok(p);
        });
        route("GET", "/api/produits", Route.TOUS, "Les produits en vente", r -> Reponse.ok(chai.ventes().stock(r.domaine()).stream()
                .map(s -> s.produit()).toList()));
        route("POST", "/api/produits", CATALOGUE, "Met en vente les bouteilles d'un lot de bouteilles",
                r -> Reponse.cree(chai.ventes().creerProduit(r.domaine(), r.lire(NouveauProduit.class))));
        route("GET", "/api/stock/produits", Route.TOUS, "Le stock des produits : au registre, réservé, disponible, vendu",
                r -> Reponse.ok(chai.ventes().stock(r.domaine())));
        route("GET", "/api/clients", VENTES, "Les clients", r -> Reponse.ok(chai.ventes().clients(r.domaine())));
        route("POST", "/api/clients", VENTES, "Crée un client", r -> Reponse.cree(chai.ventes().creerClient(r.domaine(),
                r.lire(NouveauClient.class))));
        route("GET", "/api/clients/:id", VENTES, "Un client", r -> Reponse.ok(trouve(chai.ventes().client(r.domaine(), r.id("id")),
                "id", "le client", r.id("id"))));
        route("GET", "/api/commandes", VENTES, "Les commandes", r -> Reponse.ok(chai.ventes().commandes(r.domaine())));
        route("POST", "/api/commandes", VENTES, "Crée une commande (brouillon)", r -> Reponse.cree(chai.ventes().creerCommande(
                r.domaine(), r.lire(NouvelleCommande.class))));
        route("GET", "/api/commandes/:id", VENTES, "Une commande", r -> Reponse.ok(trouve(chai.ventes().commande(r.domaine(),
                r.id("id")), "id", "la commande", r.id("id"))));
        route("POST", "/api/commandes/:id/valider", VENTES, "Valide une commande : ses bouteilles sont réservées",
                r -> Reponse.ok(chai.ventes().valider(r.domaine(), r.id("id"))));
        route("POST", "/api/commandes/:id/livrer", VENTES, "Livre une commande : ses bouteilles sortent du registre", r -> {
            record Livraison(LocalDate date) {}
            return Reponse.ok(chai.ventes().livrer(r.domaine(), r.id("id"), r.lire(Livraison.class).date()));
        });
        route("POST", "/api/commandes/:id/annuler", VENTES, "Annule une commande non livrée",
                r -> Reponse.ok(chai.ventes().annuler(r.domaine(), r.id("id"))));
        route("POST", "/api/commandes/:id/facture", VENTES, "Crée la facture (brouillon) d'une commande", r -> {
            record Echeance(LocalDate echeance) {}
            return Reponse.cree(chai.factures().facturer(r.domaine(), r.id("id"), r.lire(Echeance.class).echeance()));
        });
        route("GET", "/api/factures", VENTES, "Les factures et avoirs", r -> Reponse.ok(chai.factures().factures(r.domaine())));
        route("GET", "/api/factures/:id", VENTES, "Une facture ou un avoir", r -> Reponse.ok(facture(r)));
        route("POST", "/api/factures/:id/emettre", VENTES, "Émet un brouillon : numéro, document figé (Factur-X pour un professionnel)",
                r -> {
                    record Emission(LocalDate date, Optional<String> format) {}
                    Emission e = r.lire(Emission.class);
                    Facture f = facture(r);
                    ParametresDomaine p = parametres(r);
                    Client client = chai.ventes().client(r.domaine(), f.clientId()).orElseThrow();
                    String id = (e.format() == null ? Optional.<String>empty() : e.format())
                            .orElse(client.type() == TypeClient.PROFESSIONNEL ? "facturx" : "pdf");
                    FabriqueFormatFacture format = formats.trouver(id).orElseThrow(() -> new DomainException(CodeErreur.SAISIE_INVALIDE,
                            "format", "format inconnu : " + id + " (pdf ou facturx)"));
                    Map<String, String> config = p.transporteur().map(t -> Map.of("transporteur", t)).orElse(Map.of());
                    return Reponse.ok(chai.factures().emettre(r.domaine(), f.id(), e.date(), format.creer(p.vendeur(), config)));
                });
        route("GET", "/api/factures/:id/document", VENTES, "Le document figé d'une facture émise (PDF, Factur-X)", r -> {
            Facture f = facture(r);
            var doc = f.document().orElseThrow(() -> new DomainException(CodeErreur.OPERATION_INCOHERENTE, "id",
                    "la facture n'est pas émise : elle n'a pas encore de document"));
            return Reponse.fichier(doc.contenu(), doc.typeMedia(), doc.nom());
        });
        route("POST", "/api/factures/:id/paiements", VENTES, "Enregistre un paiement", r -> Reponse.ok(chai.factures().payer(
                r.domaine(), r.id("id"), r.lire(Paiement.class))));
        route("POST", "/api/factures/:id/avoir", VENTES, "Crée l'avoir (brouillon) d'une facture émise",
                r -> Reponse.cree(chai.factures().avoir(r.domaine(), r.id("id"))));
    }

    List<Route> routes() {
        return routes;
    }

    private void route(String methode, String chemin, Set<Role> roles, String resume, Route.Traitement t) {
        routes.add(new Route(methode, chemin, roles, "POST".equals(methode), resume, t));
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
