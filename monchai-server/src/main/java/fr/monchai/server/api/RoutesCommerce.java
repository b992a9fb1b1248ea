package fr.monchai.server.api;

import fr.monchai.comptes.Role;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.parametres.IdentiteDomaine;
import fr.monchai.core.vente.Client;
import fr.monchai.core.vente.Commande;
import fr.monchai.core.vente.Facture;
import fr.monchai.core.vente.NouveauClient;
import fr.monchai.core.vente.NouveauProduit;
import fr.monchai.core.vente.NouvelleCommande;
import fr.monchai.core.vente.Paiement;
import fr.monchai.core.vente.Produit;
import fr.monchai.core.vente.RenduFacture;
import fr.monchai.core.vente.StockProduit;
import fr.monchai.facture.FormatsFacture;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.Route;
import fr.monchai.server.http.TableRoutes;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The domaine's settings, products, customers, orders and invoices. */
final class RoutesCommerce implements Ressource {

    private final Parametres parametres;
    private final FormatsFacture formats;

    /** A delivery's date. */
    record Livraison(LocalDate date) {}

    /** An invoice's due date. */
    record Echeance(LocalDate echeance) {}

    /** Issuing an invoice: its date, and its format ({@code pdf}, {@code facturx}) when not the customer's default. */
    record Emission(LocalDate date, Optional<String> format) {}

    RoutesCommerce(Parametres parametres, FormatsFacture formats) {
        this.parametres = parametres;
        this.formats = formats;
    }

    @Override
    public void declarer(TableRoutes t) {
        t.route(
                "GET",
                "/api/domaine/parametres",
                Role.IDENTITE_BANCAIRE,
                "L'identité du domaine sur ses factures et sa DRM, avec ses "
                        + "coordonnées bancaires (administrateurs et comptabilité)",
                Void.class,
                IdentiteDomaine.class,
                r -> Reponse.ok(parametres(r)));
        t.route(
                "PUT",
                "/api/domaine/parametres",
                Role.ADMINISTRATION,
                "Enregistre l'identité du domaine (vendeur, déclarant)",
                IdentiteDomaine.class,
                IdentiteDomaine.class,
                r -> {
                    IdentiteDomaine p = IdentiteDomaine.valider(r.lire(IdentiteDomaine.class));
                    fr.monchai.facture.spi.Vendeur.de(
                            p); // the seller's identifiers checked now, not at the first invoice
                    parametres.enregistrer(r.domaine(), p);
                    return Reponse.ok(p);
                });
        t.route(
                "GET",
                "/api/produits",
                Role.TOUS,
                "Les produits en vente",
                Void.class,
                Route.liste(Produit.class),
                r -> Reponse.ok(r.chai().ventes().stockProduits().stream()
                        .map(s -> s.produit())
                        .toList()));
        t.route(
                "POST",
                "/api/produits",
                Role.CATALOGUE,
                "Met en vente les bouteilles d'un lot de bouteilles",
                NouveauProduit.class,
                Produit.class,
                r -> Reponse.cree(r.chai().ventes().creerProduit(r.lire(NouveauProduit.class))));
        t.route(
                "GET",
                "/api/produits/:id",
                Role.TOUS,
                "Un produit",
                Void.class,
                Produit.class,
                r -> Reponse.ok(Exiger.trouve(r.chai().ventes().produit(r.id("id")), "id", "le produit", r.id("id"))));
        t.route(
                "PUT",
                "/api/produits/:id",
                Role.CATALOGUE,
                "Modifie un produit (même lot de bouteilles ; base de prix figée dès qu'une commande l'utilise)",
                NouveauProduit.class,
                Produit.class,
                r -> Reponse.ok(r.chai().ventes().modifierProduit(r.id("id"), r.lire(NouveauProduit.class))));
        t.route(
                "GET",
                "/api/stock/produits",
                Role.TOUS,
                "Le stock des produits : au registre, réservé, disponible, vendu",
                Void.class,
                Route.liste(StockProduit.class),
                r -> Reponse.ok(r.chai().ventes().stockProduits()));
        t.route(
                "GET",
                "/api/clients",
                Role.VENTES,
                "Les clients",
                Void.class,
                Route.liste(Client.class),
                r -> Reponse.ok(r.chai().ventes().clients()));
        t.route(
                "POST",
                "/api/clients",
                Role.VENTES,
                "Crée un client",
                NouveauClient.class,
                Client.class,
                r -> Reponse.cree(r.chai().ventes().creerClient(r.lire(NouveauClient.class))));
        t.route(
                "GET",
                "/api/clients/:id",
                Role.VENTES,
                "Un client",
                Void.class,
                Client.class,
                r -> Reponse.ok(Exiger.trouve(r.chai().ventes().client(r.id("id")), "id", "le client", r.id("id"))));
        t.route(
                "PUT",
                "/api/clients/:id",
                Role.VENTES,
                "Modifie un client (les factures émises gardent le client tel qu'il était)",
                NouveauClient.class,
                Client.class,
                r -> Reponse.ok(r.chai().ventes().modifierClient(r.id("id"), r.lire(NouveauClient.class))));
        t.route(
                "GET",
                "/api/commandes",
                Role.VENTES,
                "Les commandes",
                Void.class,
                Route.liste(Commande.class),
                r -> Reponse.ok(r.chai().ventes().commandes()));
        t.route(
                "POST",
                "/api/commandes",
                Role.VENTES,
                "Crée une commande (brouillon)",
                NouvelleCommande.class,
                Commande.class,
                r -> Reponse.cree(r.chai().ventes().creerCommande(r.lire(NouvelleCommande.class))));
        t.route(
                "GET",
                "/api/commandes/:id",
                Role.VENTES,
                "Une commande",
                Void.class,
                Commande.class,
                r -> Reponse.ok(
                        Exiger.trouve(r.chai().ventes().commande(r.id("id")), "id", "la commande", r.id("id"))));
        t.route(
                "POST",
                "/api/commandes/:id/valider",
                Role.VENTES,
                "Valide une commande : ses bouteilles sont réservées",
                Void.class,
                Commande.class,
                r -> Reponse.ok(r.chai().ventes().validerCommande(r.id("id"))));
        t.route(
                "POST",
                "/api/commandes/:id/livrer",
                Role.VENTES,
                "Livre une commande : ses bouteilles sortent du registre",
                Livraison.class,
                Commande.class,
                r -> {
                    return Reponse.ok(r.chai()
                            .ventes()
                            .livrer(r.id("id"), r.lire(Livraison.class).date()));
                });
        t.route(
                "POST",
                "/api/commandes/:id/annuler",
                Role.VENTES,
                "Annule une commande non livrée",
                Void.class,
                Commande.class,
                r -> Reponse.ok(r.chai().ventes().annulerCommande(r.id("id"))));
        t.route(
                "POST",
                "/api/commandes/:id/facture",
                Role.VENTES,
                "Crée la facture (brouillon) d'une commande",
                Echeance.class,
                Facture.class,
                r -> {
                    return Reponse.cree(r.chai()
                            .ventes()
                            .facturer(r.id("id"), r.lire(Echeance.class).echeance()));
                });
        t.route(
                "GET",
                "/api/factures",
                Role.VENTES,
                "Les factures et avoirs",
                Void.class,
                Route.liste(Facture.class),
                r -> Reponse.ok(r.chai().ventes().factures()));
        t.route(
                "GET",
                "/api/factures/:id",
                Role.VENTES,
                "Une facture ou un avoir",
                Void.class,
                Facture.class,
                r -> Reponse.ok(facture(r)));
        t.route(
                "PUT",
                "/api/factures/:id",
                Role.VENTES,
                "Change l'échéance d'un brouillon de facture ou d'avoir (les règles de l'émission s'y vérifient)",
                Echeance.class,
                Facture.class,
                r -> Reponse.ok(r.chai()
                        .ventes()
                        .modifierFacture(r.id("id"), r.lire(Echeance.class).echeance())));
        t.route(
                "DELETE",
                "/api/factures/:id",
                Role.VENTES,
                "Supprime un brouillon de facture ou d'avoir : sa commande peut de nouveau se facturer",
                Void.class,
                Void.class,
                r -> {
                    r.chai().ventes().supprimerFacture(r.id("id"));
                    return Reponse.vide();
                });
        t.route(
                "POST",
                "/api/factures/:id/emettre",
                Role.VENTES,
                "Émet un brouillon : numéro, document figé (Factur-X pour un professionnel)",
                Emission.class,
                Facture.class,
                r -> {
                    Emission e = r.lire(Emission.class);
                    Optional<String> format = e.format() == null ? Optional.empty() : e.format();
                    // The seller's identity is read once the invoice is found, in the transaction.
                    RenduFacture rendu = (facture, client, origine, commande) -> {
                        IdentiteDomaine p = parametres(r);
                        Map<String, String> config = p.transporteur()
                                .map(nom -> Map.of("transporteur", nom))
                                .orElse(Map.of());
                        return formats.rendu(format, fr.monchai.facture.spi.Vendeur.de(p), config)
                                .rendre(facture, client, origine, commande);
                    };
                    return Reponse.ok(r.chai().ventes().emettre(r.id("id"), e.date(), rendu));
                });
        t.route(
                "GET",
                "/api/factures/:id/document",
                Role.VENTES,
                "Le document figé d'une facture émise (PDF, Factur-X)",
                Void.class,
                Route.Fichier.class,
                r -> {
                    Facture f = facture(r);
                    var doc = f.document()
                            .orElseThrow(() -> new DomainException(
                                    CodeErreur.OPERATION_INCOHERENTE,
                                    "id",
                                    "la facture n'est pas émise : elle n'a pas encore de document"));
                    return Reponse.fichier(doc.contenu(), doc.typeMedia(), doc.nom());
                });
        t.route(
                "POST",
                "/api/factures/:id/paiements",
                Role.VENTES,
                "Enregistre un paiement d'une facture émise (jamais d'un avoir)",
                Paiement.class,
                Facture.class,
                r -> Reponse.ok(r.chai().ventes().payer(r.id("id"), r.lire(Paiement.class))));
        t.route(
                "POST",
                "/api/factures/:id/remboursements",
                Role.VENTES,
                "Enregistre un remboursement au client sur un avoir émis (au plus ce qui a été payé sur sa facture)",
                Paiement.class,
                Facture.class,
                r -> Reponse.ok(r.chai().ventes().rembourser(r.id("id"), r.lire(Paiement.class))));
        t.route(
                "POST",
                "/api/factures/:id/avoir",
                Role.VENTES,
                "Crée l'avoir (brouillon) d'une facture émise",
                Void.class,
                Facture.class,
                r -> Reponse.cree(r.chai().ventes().avoir(r.id("id"))));
    }

    private Facture facture(Requete r) {
        return Exiger.trouve(r.chai().ventes().facture(r.id("id")), "id", "la facture", r.id("id"));
    }

    private IdentiteDomaine parametres(Requete r) {
        return parametres
                .de(r.domaine())
                .orElseThrow(
                        () -> new DomainException(
                                CodeErreur.OPERATION_INCOHERENTE,
                                "parametres",
                                "renseignez d'abord l'identité du domaine (PUT /api/domaine/parametres) : raison sociale, SIREN, TVA, IBAN…"));
    }
}
