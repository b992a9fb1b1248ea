package fr.monchai.server.pages;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.compte.CompteService;
import fr.monchai.core.compte.Role;
import fr.monchai.core.compte.Session;
import fr.monchai.server.api.Api;
import fr.monchai.server.api.Ralentisseur;
import fr.monchai.server.api.Reponse;
import fr.monchai.server.api.Requete;
import fr.monchai.server.api.Ressource;
import fr.monchai.server.api.Route;
import fr.monchai.server.api.TableRoutes;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** The public pages: log-in, sign-up, log-out, and the root that leads to one of them. */
public final class PagesAcces implements Ressource {

    private final Vue vue;
    private final CompteService comptes;
    private final Ralentisseur ralentisseur;

    /**
     * @param vue the pages' layout
     * @param comptes the accounts
     * @param ralentisseur the slowing of failed logins, shared with the API's
     */
    public PagesAcces(Vue vue, CompteService comptes, Ralentisseur ralentisseur) {
        this.vue = vue;
        this.comptes = comptes;
        this.ralentisseur = ralentisseur;
    }

    @Override
    public void declarer(TableRoutes t) {
        t.route("GET", "/", Role.PUBLIC, "La page d'accueil : la connexion, ou le tableau de bord", Void.class, Route.Page.class,
                r -> Reponse.redirection(r.utilisateur().isPresent() ? "/app/tableau-de-bord" : "/connexion"));
        t.route("GET", "/connexion", Role.PUBLIC, "Se connecter", Void.class, Route.Page.class,
                r -> vue.page(r, 200, "pages/connexion.ftlh", "Connexion", "", Map.of()));
        t.route("POST", "/connexion", Role.PUBLIC, "Se connecter", Void.class, Route.Page.class, r -> {
            Formulaire f = Formulaire.de(r.corps());
            String email = f.obligatoire("email");
            return ralenti(r, f, email, "pages/connexion.ftlh", "Connexion", () -> comptes.connecter(email, f.obligatoire("motDePasse"),
                    OptionalLong.empty()).orElseThrow(() -> new DomainException(CodeErreur.OPERATION_INCOHERENTE, "email",
                            "adresse ou mot de passe incorrect")));
        });
        t.route("GET", "/inscription", Role.PUBLIC, "Créer son domaine", Void.class, Route.Page.class,
                r -> vue.page(r, 200, "pages/inscription.ftlh", "Créer mon domaine", "", Map.of()));
        t.route("POST", "/inscription", Role.PUBLIC, "Créer son domaine", Void.class, Route.Page.class, r -> {
            Formulaire f = Formulaire.de(r.corps());
            String email = f.obligatoire("email");
            return ralenti(r, f, email, "pages/inscription.ftlh", "Créer mon domaine", () -> comptes.inscrire(f.obligatoire("domaine"),
                    email, f.obligatoire("nom"), f.obligatoire("motDePasse")));
        });
        t.route("POST", "/deconnexion", Role.TOUS, "Se déconnecter", Void.class, Route.Page.class,
                r -> new Reponse(303, new Api.Deconnexion(Optional.of("/connexion")), null, null));
    }

    /** Logs in or signs up, slowed as the API's login is; a refusal shows the form again beside its field. */
    private Reponse ralenti(Requete r, Formulaire f, String email, String gabarit, String titre, Supplier<Session> etape) {
        Optional<Duration> attente = ralentisseur.attente(email, r.client());
        if (attente.isPresent()) {
            long secondes = Ralentisseur.secondes(attente.get());
            return vue.page(r, 429, gabarit, titre, "", Map.of("saisi", f.saisi(), "erreurs",
                    Map.of("", "Trop de tentatives : réessayez dans " + secondes + " s.")));
        }
        try {
            Session s = ralentisseur.tenter(email, r.client(), etape);
            return new Reponse(303, new Api.Connexion(s.cookie(), CompteService.DUREE_SESSION.toSeconds(),
                    new Api.Redirection("/app/tableau-de-bord?fait=bienvenue")), null, null);
        } catch (DomainException e) {
            Map<String, String> saisi = new java.util.HashMap<>(f.saisi());
            saisi.remove("motDePasse");
            return vue.page(r, 422, gabarit, titre, "", Map.of("saisi", saisi, "erreurs", Vue.erreurs(e)));
        }
    }
}
