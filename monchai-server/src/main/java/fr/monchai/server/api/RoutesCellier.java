package fr.monchai.server.api;

import fr.monchai.comptes.Role;
import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Composition;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.FiltreVendanges;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.EtatCuve;
import fr.monchai.core.registre.LotEnCuve;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.StockBouteilles;
import fr.monchai.core.registre.Tracabilite;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.Route;
import fr.monchai.server.http.TableRoutes;
import java.util.List;
import java.util.OptionalLong;

/** The cellar: parcelles, cuves, harvests, lots and their traceability, bottled stock, bottling. */
final class RoutesCellier implements Ressource {

    /** The wine container sizes accepted: the law's, and the domaine's own, in millilitres. */
    record Contenances(List<Integer> reglementaires, List<Integer> propres) {}

    record NouvelleContenance(Integer contenanceMl) {}

    /** A lot's traceability both ways and what it is made of. */
    record TracabiliteLot(Tracabilite amont, Tracabilite aval, Composition composition) {}

    private final MonChai chai;

    RoutesCellier(MonChai chai) {
        this.chai = chai;
    }

    @Override
    public void declarer(TableRoutes t) {
        t.route(
                "GET",
                "/api/domaine/contenances",
                Role.TOUS,
                "Les contenances de vin acceptées : celles de la loi, et celles que le domaine " + "a ajoutées",
                Void.class,
                Contenances.class,
                r -> Reponse.ok(new Contenances(
                        new java.util.TreeSet<>(fr.monchai.core.chai.Contenances.REGLEMENTAIRES)
                                .stream().toList(),
                        chai.domaines().contenances(r.domaine()))));
        t.route(
                "POST",
                "/api/domaine/contenances",
                Role.ADMINISTRATION,
                "Ajoute une contenance que le domaine utilise vraiment",
                NouvelleContenance.class,
                Contenances.class,
                r -> {
                    NouvelleContenance n = r.lire(NouvelleContenance.class);
                    if (n.contenanceMl() == null) {
                        throw new DomainException(CodeErreur.SAISIE_INVALIDE, "contenanceMl", "obligatoire");
                    }
                    chai.domaines().ajouterContenance(r.domaine(), n.contenanceMl());
                    return Reponse.cree(new Contenances(
                            new java.util.TreeSet<>(fr.monchai.core.chai.Contenances.REGLEMENTAIRES)
                                    .stream().toList(),
                            chai.domaines().contenances(r.domaine())));
                });
        t.route(
                "GET",
                "/api/parcelles",
                Role.TOUS,
                "Les parcelles (?search= filtre par nom)",
                Void.class,
                Route.liste(Parcelle.class),
                r -> Reponse.ok(r.chai().parcelles(r.query("search").orElse(""))));
        t.route(
                "POST",
                "/api/parcelles",
                Role.CHAI,
                "Crée une parcelle",
                NouvelleParcelle.class,
                Parcelle.class,
                r -> Reponse.cree(r.chai().creerParcelle(r.lire(NouvelleParcelle.class))));
        t.route(
                "GET",
                "/api/parcelles/:id",
                Role.TOUS,
                "Une parcelle",
                Void.class,
                Parcelle.class,
                r -> Reponse.ok(Exiger.trouve(r.chai().parcelle(r.id("id")), "id", "la parcelle", r.id("id"))));
        t.route(
                "PUT",
                "/api/parcelles/:id",
                Role.CHAI,
                "Modifie une parcelle (son cépage est figé dès sa première vendange)",
                NouvelleParcelle.class,
                Parcelle.class,
                r -> Reponse.ok(r.chai().modifierParcelle(r.id("id"), r.lire(NouvelleParcelle.class))));
        t.route(
                "DELETE",
                "/api/parcelles/:id",
                Role.CORRECTION,
                "Supprime une parcelle sans vendange",
                Void.class,
                Void.class,
                r -> {
                    r.chai().supprimerParcelle(r.id("id"));
                    return Reponse.vide();
                });
        t.route(
                "GET",
                "/api/cuves",
                Role.TOUS,
                "Les cuves avec leurs lots et leur place libre",
                Void.class,
                Route.liste(EtatCuve.class),
                r -> Reponse.ok(r.chai().etatCuves()));
        t.route(
                "POST",
                "/api/cuves",
                Role.CHAI,
                "Crée une cuve",
                NouvelleCuve.class,
                Cuve.class,
                r -> Reponse.cree(r.chai().creerCuve(r.lire(NouvelleCuve.class))));
        t.route(
                "GET",
                "/api/cuves/:id",
                Role.TOUS,
                "Une cuve, ses lots et sa place libre",
                Void.class,
                EtatCuve.class,
                r -> {
                    Exiger.trouve(r.chai().cuve(r.id("id")), "id", "la cuve", r.id("id"));
                    return Reponse.ok(r.chai().etatCuve(r.id("id")));
                });
        t.route(
                "PUT",
                "/api/cuves/:id",
                Role.CHAI,
                "Modifie une cuve (sa capacité ne descend pas sous le plus haut niveau qu'elle a contenu)",
                NouvelleCuve.class,
                Cuve.class,
                r -> Reponse.ok(r.chai().modifierCuve(r.id("id"), r.lire(NouvelleCuve.class))));
        t.route(
                "POST",
                "/api/vendanges",
                Role.CHAI,
                "Enregistre une vendange (et son mouvement brouillon vers une cuve)",
                NouvelleVendange.class,
                Vendange.class,
                r -> Reponse.cree(r.chai().enregistrerVendange(r.lire(NouvelleVendange.class))));
        t.route(
                "GET",
                "/api/vendanges",
                Role.TOUS,
                "Les vendanges par date (?parcelle=ID&millesime=AAAA&du=AAAA-MM-JJ&au=AAAA-MM-JJ)",
                Void.class,
                Route.liste(Vendange.class),
                r -> {
                    FiltreVendanges f = new FiltreVendanges(
                            r.query("parcelle")
                                    .map(p -> OptionalLong.of(Requete.nombre("parcelle", p)))
                                    .orElse(OptionalLong.empty()),
                            r.date("du"),
                            r.date("au"));
                    if (r.query("millesime").isPresent()) {
                        long annee =
                                Requete.nombre("millesime", r.query("millesime").get());
                        if (annee < 1900 || annee > 2100 || f.du().isPresent() || f.au().isPresent()) {
                            throw new DomainException(
                                    CodeErreur.SAISIE_INVALIDE,
                                    "millesime",
                                    "doit être une année entre 1900 et 2100, sans du ni au");
                        }
                        f = f.millesime((int) annee);
                    }
                    return Reponse.ok(r.chai().vendanges(f));
                });
        t.route(
                "GET",
                "/api/vendanges/:id",
                Role.TOUS,
                "Une vendange",
                Void.class,
                Vendange.class,
                r -> Reponse.ok(Exiger.trouve(r.chai().vendange(r.id("id")), "id", "la vendange", r.id("id"))));
        t.route(
                "GET",
                "/api/lots",
                Role.TOUS,
                "Les lots disponibles, par cuve, avec leur volume",
                Void.class,
                Route.liste(LotEnCuve.class),
                r -> Reponse.ok(r.chai().lotsDisponibles()));
        t.route(
                "GET",
                "/api/lots/:id/tracabilite",
                Role.TOUS,
                "La traçabilité d'un lot : en amont jusqu'aux parcelles, en aval jusqu'aux ventes",
                Void.class,
                TracabiliteLot.class,
                r -> {
                    long id = r.id("id");
                    Exiger.trouve(r.chai().lot(id), "id", "le lot", id);
                    Compte lot = new Compte.DeLot(id);
                    return Reponse.ok(new TracabiliteLot(
                            r.chai().tracabiliteAmont(lot),
                            r.chai().tracabiliteAval(lot),
                            r.chai().composition(lot)));
                });
        t.route(
                "GET",
                "/api/stock/bouteilles",
                Role.TOUS,
                "Le stock de bouteilles par lot de bouteilles",
                Void.class,
                Route.liste(StockBouteilles.class),
                r -> Reponse.ok(r.chai().stockBouteilles()));
        t.route(
                "POST",
                "/api/mise_en_bouteille",
                Role.CHAI,
                "Met un lot en bouteilles (mouvement brouillon et nouveau lot de bouteilles)",
                MiseEnBouteille.class,
                Mouvement.class,
                r -> Reponse.cree(r.chai().mettreEnBouteille(r.lire(MiseEnBouteille.class))));
    }
}
