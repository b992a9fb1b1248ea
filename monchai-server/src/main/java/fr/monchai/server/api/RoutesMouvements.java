package fr.monchai.server.api;

import fr.monchai.comptes.Role;
import fr.monchai.core.commun.Calendrier;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.crd.CompteCapsules;
import fr.monchai.core.crd.MouvementCrd;
import fr.monchai.core.crd.NouveauMouvementCrd;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.PageJournal;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.registre.AchatBouteilles;
import fr.monchai.core.registre.AchatVrac;
import fr.monchai.core.registre.AjustementLot;
import fr.monchai.core.registre.Assemblage;
import fr.monchai.core.registre.ContrePassation;
import fr.monchai.core.registre.Perte;
import fr.monchai.core.registre.RetourTravailAFacon;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.core.registre.VenteBouteilles;
import fr.monchai.core.registre.VenteVrac;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.Route;
import fr.monchai.server.http.TableRoutes;
import java.time.Clock;
import java.time.LocalDate;

/** The journal: movements as drafts, validation, reversal, customs references, CRD capsules. */
final class RoutesMouvements implements Ressource {

    /** The balance of one CRD capsule account. */
    record SoldeCapsules(CompteCapsules compte, long quantite) {}
    /** A reversal's date and reason. */
    record SaisieContrePassation(LocalDate date, String commentaire) {}

    /** The discharge of a DAE: the day its receipt came back. */
    record Apurement(LocalDate date) {}

    private final Clock horloge;

    RoutesMouvements(Clock horloge) {
        this.horloge = horloge;
    }

    @Override
    public void declarer(TableRoutes t) {
        t.route(
                "GET",
                "/api/mouvements",
                Role.TOUS,
                "Le journal (?du=&au=&type=&statut=&lot=&cuve=&page=&taille=)",
                Void.class,
                PageJournal.class,
                r -> {
                    FiltreJournal f = FiltresJournal.lire(r);
                    int page = (int) Requete.nombre("page", r.query("page").orElse("1"));
                    int taille =
                            (int) Requete.nombre("taille", r.query("taille").orElse("50"));
                    return Reponse.ok(r.chai().journal(f, page, taille));
                });
        t.route(
                "GET",
                "/api/mouvements/:id",
                Role.TOUS,
                "Un mouvement",
                Void.class,
                Mouvement.class,
                r -> Reponse.ok(Exiger.trouve(r.chai().mouvement(r.id("id")), "id", "le mouvement", r.id("id"))));
        t.route(
                "POST",
                "/api/mouvements/soutirages",
                Role.CHAI,
                "Soutirage ou transfert vers une autre cuve (brouillon)",
                Soutirage.class,
                Mouvement.class,
                r -> Reponse.cree(r.chai().soutirer(r.lire(Soutirage.class))));
        t.route(
                "POST",
                "/api/mouvements/assemblages",
                Role.CHAI,
                "Assemblage de lots dans une cuve (brouillon)",
                Assemblage.class,
                Mouvement.class,
                r -> Reponse.cree(r.chai().assembler(r.lire(Assemblage.class))));
        t.route(
                "POST",
                "/api/mouvements/pertes",
                Role.CHAI,
                "Perte constatée sur un lot (brouillon)",
                Perte.class,
                Mouvement.class,
                r -> Reponse.cree(r.chai().constaterPerte(r.lire(Perte.class))));
        t.route(
                "POST",
                "/api/mouvements/ventes-bouteilles",
                Role.CHAI,
                "Sortie de bouteilles vers une destination fiscale (brouillon)",
                VenteBouteilles.class,
                Mouvement.class,
                r -> Reponse.cree(r.chai().vendreBouteilles(r.lire(VenteBouteilles.class))));
        t.route(
                "POST",
                "/api/mouvements/ventes-vrac",
                Role.CHAI,
                "Sortie de vrac vers une destination fiscale (brouillon)",
                VenteVrac.class,
                Mouvement.class,
                r -> Reponse.cree(r.chai().vendreVrac(r.lire(VenteVrac.class))));
        t.route(
                "POST",
                "/api/mouvements/achats-vrac",
                Role.CHAI,
                "Entrée de vin acheté en vrac (brouillon)",
                AchatVrac.class,
                Mouvement.class,
                r -> Reponse.cree(r.chai().acheterVrac(r.lire(AchatVrac.class))));
        t.route(
                "POST",
                "/api/mouvements/achats-bouteilles",
                Role.CHAI,
                "Entrée de bouteilles achetées, en droits suspendus ou, avec droits_acquittes, droits payés (brouillon)",
                AchatBouteilles.class,
                Mouvement.class,
                r -> Reponse.cree(r.chai().acheterBouteilles(r.lire(AchatBouteilles.class))));
        t.route(
                "POST",
                "/api/mouvements/retours-travail-a-facon",
                Role.CHAI,
                "Retour en cuve de vin parti chez un prestataire (embouteillage, relogement, travail à façon ; brouillon)",
                RetourTravailAFacon.class,
                Mouvement.class,
                r -> Reponse.cree(r.chai().revenirDeTravailAFacon(r.lire(RetourTravailAFacon.class))));
        t.route(
                "POST",
                "/api/mouvements/ajustements",
                Role.CORRECTION,
                "Ajustement d'inventaire commenté (brouillon)",
                AjustementLot.class,
                Mouvement.class,
                r -> Reponse.cree(r.chai().ajusterLot(r.lire(AjustementLot.class))));
        t.route(
                "POST",
                "/api/mouvements/:id/valider",
                Role.CHAI,
                "Valide un brouillon : numéro de registre, plus de modification",
                Void.class,
                Mouvement.class,
                r -> Reponse.ok(r.chai().valider(r.id("id"))));
        t.route(
                "POST",
                "/api/mouvements/:id/contre-passation",
                Role.CORRECTION,
                "Contre-passe un mouvement validé (brouillon qui le cite)",
                SaisieContrePassation.class,
                Mouvement.class,
                r -> {
                    SaisieContrePassation s = r.lire(SaisieContrePassation.class);
                    return Reponse.cree(
                            r.chai().contrePasser(new ContrePassation(r.id("id"), s.date(), s.commentaire())));
                });
        t.route(
                "POST",
                "/api/mouvements/:id/references",
                Role.CHAI,
                "Enregistre les références douanières d'une sortie (pays, DAE, contrat)",
                ReferenceSortie.class,
                ReferenceSortie.class,
                r -> {
                    ReferenceSortie ref = r.lire(ReferenceSortie.class);
                    r.chai().documenterSortie(r.id("id"), ref);
                    return Reponse.ok(ref);
                });
        t.route(
                "POST",
                "/api/mouvements/:id/apurement",
                Role.DECLARATION,
                "Enregistre l'apurement du DAE d'une sortie (l'accusé de réception revenu) : la DRM ne le liste plus comme non apuré",
                Apurement.class,
                ReferenceSortie.class,
                r -> Reponse.ok(
                        r.chai().apurer(r.id("id"), r.lire(Apurement.class).date())));
        t.route(
                "GET",
                "/api/capsules",
                Role.TOUS,
                "Le stock de capsules CRD (?date=AAAA-MM-JJ, aujourd'hui par défaut)",
                Void.class,
                Route.liste(SoldeCapsules.class),
                r ->
                        Reponse.ok(r
                                .chai()
                                .capsules()
                                .soldes(r.date("date").orElse(Calendrier.aujourdhui(horloge)))
                                .entrySet()
                                .stream()
                                .map(e -> new SoldeCapsules(e.getKey(), e.getValue()))
                                .toList()));
        t.route(
                "POST",
                "/api/capsules",
                Role.CHAI,
                "Enregistre un mouvement de capsules CRD (achat, utilisation, destruction…)",
                NouveauMouvementCrd.class,
                MouvementCrd.class,
                r -> Reponse.cree(r.chai().capsules().enregistrer(r.lire(NouveauMouvementCrd.class))));
        t.route(
                "DELETE",
                "/api/mouvements/:id",
                Role.CHAI,
                "Supprime un brouillon (jamais un mouvement validé)",
                Void.class,
                Void.class,
                r -> {
                    r.chai().supprimerBrouillon(r.id("id"));
                    return Reponse.vide();
                });
    }
}
