package fr.monchai.server.pages;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.compte.CompteService;
import fr.monchai.core.compte.Invitation;
import fr.monchai.core.compte.Role;
import fr.monchai.core.compte.Session;
import fr.monchai.server.api.Api;
import fr.monchai.server.api.Limiteur;
import fr.monchai.server.api.Ralentisseur;
import fr.monchai.server.api.Reponse;
import fr.monchai.server.api.Requete;
import fr.monchai.server.api.Ressource;
import fr.monchai.server.api.Route;
import fr.monchai.server.api.TableRoutes;
import fr.monchai.server.journal.Journal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The public pages of the accounts: log-in, sign-up and its confirmation, a forgotten password
 * and its new one, an invitation to accept, the choice of domaine, log-out, and the root that
 * leads to one of them. Every link mailed to a person opens a page whose button does the work
 * (a POST): a mail scanner that opens links uses none of them.
 */
public final class PagesAcces implements Ressource {

    private static final String COURRIEL_ENVOYE = "pages/courriel-envoye.ftlh";

    private final Vue vue;
    private final CompteService comptes;
    private final Ralentisseur ralentisseur;
    private final Limiteur courriels;

    /**
     * @param vue the pages' layout
     * @param comptes the accounts
     * @param ralentisseur the slowing of failed logins, shared with the API's
     * @param courriels the limit on mails sent for one client or address, shared with the API's
     */
    public PagesAcces(Vue vue, CompteService comptes, Ralentisseur ralentisseur, Limiteur courriels) {
        this.vue = vue;
        this.comptes = comptes;
        this.ralentisseur = ralentisseur;
        this.courriels = courriels;
    }

    @Override
    public void declarer(TableRoutes t) {
        t.route(
                "GET",
                "/",
                Role.PUBLIC,
                "La page d'accueil : la connexion, ou le tableau de bord",
                Void.class,
                Route.Page.class,
                r -> Reponse.redirection(r.utilisateur().isPresent() ? "/app/tableau-de-bord" : "/connexion"));
        t.route(
                "GET",
                "/connexion",
                Role.PUBLIC,
                "Se connecter",
                Void.class,
                Route.Page.class,
                r -> vue.page(r, 200, "pages/connexion.ftlh", "Connexion", "", Map.of()));
        t.route("POST", "/connexion", Role.PUBLIC, "Se connecter", Void.class, Route.Page.class, this::connecter);
        t.route(
                "GET",
                "/inscription",
                Role.PUBLIC,
                "Créer son domaine",
                Void.class,
                Route.Page.class,
                r -> vue.page(r, 200, "pages/inscription.ftlh", "Créer mon domaine", "", Map.of()));
        t.route(
                "POST",
                "/inscription",
                Role.PUBLIC,
                "Demande la création d'un domaine : un lien part à l'adresse",
                Void.class,
                Route.Page.class,
                r -> {
                    Formulaire f = Formulaire.de(r.corps());
                    String email = f.obligatoire("email");
                    return limite(r, f, email, "pages/inscription.ftlh", "Créer mon domaine", () -> {
                        comptes.demanderInscription(
                                f.obligatoire("domaine"), email, f.obligatoire("nom"), f.motDePasse("motDePasse"));
                        return vue.page(
                                r,
                                200,
                                COURRIEL_ENVOYE,
                                "Vérifiez votre boîte",
                                "",
                                Map.of(
                                        "email",
                                        email,
                                        "explication",
                                        "Ouvrez le lien du courriel pour créer votre domaine : rien n'existe avant. Il reste valable 48 heures."));
                    });
                });
        t.route(
                "GET",
                "/inscription/confirmer",
                Role.PUBLIC,
                "Confirmer la création d'un domaine",
                Void.class,
                Route.Page.class,
                r -> vue.page(
                        r,
                        200,
                        "pages/confirmation.ftlh",
                        "Confirmer mon domaine",
                        "",
                        Map.of("jeton", r.query("jeton").orElse(""))));
        t.route(
                "POST",
                "/inscription/confirmer",
                Role.PUBLIC,
                "Crée le domaine et ouvre sa session",
                Void.class,
                Route.Page.class,
                r -> {
                    Formulaire f = Formulaire.de(r.corps());
                    try {
                        Session s = comptes.confirmerInscription(f.obligatoire("jeton"));
                        ralentisseur.reconnaitre(s.utilisateur().email(), r.client());
                        Journal.evenement(
                                "inscription_confirmee",
                                Map.of(
                                        "utilisateur",
                                        s.utilisateur().id(),
                                        "domaine",
                                        s.utilisateur().domaineId()));
                        return ouvrir(s, "/app/tableau-de-bord?fait=bienvenue");
                    } catch (DomainException e) {
                        return lienInvalide(r, "/inscription", "Créer mon domaine");
                    }
                });
        t.route(
                "GET",
                "/mot-de-passe-oublie",
                Role.PUBLIC,
                "Mot de passe oublié",
                Void.class,
                Route.Page.class,
                r -> vue.page(r, 200, "pages/mot-de-passe-oublie.ftlh", "Mot de passe oublié", "", Map.of()));
        t.route(
                "POST",
                "/mot-de-passe-oublie",
                Role.PUBLIC,
                "Envoie un lien pour choisir un nouveau mot de passe",
                Void.class,
                Route.Page.class,
                r -> {
                    Formulaire f = Formulaire.de(r.corps());
                    String email = f.obligatoire("email");
                    return limite(r, f, email, "pages/mot-de-passe-oublie.ftlh", "Mot de passe oublié", () -> {
                        comptes.demanderReinitialisation(email);
                        return vue.page(
                                r,
                                200,
                                COURRIEL_ENVOYE,
                                "Vérifiez votre boîte",
                                "",
                                Map.of(
                                        "email",
                                        email,
                                        "explication",
                                        "Si cette adresse a un compte, le courriel contient un lien pour choisir un nouveau mot de "
                                                + "passe. Il reste valable une heure."));
                    });
                });
        t.route(
                "GET",
                "/reinitialisation",
                Role.PUBLIC,
                "Choisir un nouveau mot de passe",
                Void.class,
                Route.Page.class,
                r -> {
                    String jeton = r.query("jeton").orElse("");
                    return comptes.reinitialisationValide(jeton)
                            ? vue.page(
                                    r,
                                    200,
                                    "pages/reinitialisation.ftlh",
                                    "Nouveau mot de passe",
                                    "",
                                    Map.of("jeton", jeton))
                            : lienInvalide(r, "/mot-de-passe-oublie", "Demander un nouveau lien");
                });
        t.route(
                "POST",
                "/reinitialisation",
                Role.PUBLIC,
                "Choisit un nouveau mot de passe",
                Void.class,
                Route.Page.class,
                r -> {
                    Formulaire f = Formulaire.de(r.corps());
                    String jeton = f.obligatoire("jeton");
                    try {
                        Optional<Session> s = comptes.reinitialiser(jeton, f.motDePasse("nouveauMotDePasse"));
                        s.ifPresent(
                                x -> ralentisseur.reconnaitre(x.utilisateur().email(), r.client()));
                        Journal.evenement(
                                "mot_de_passe_reinitialise",
                                Map.of(
                                        "utilisateur",
                                        s.map(x -> x.utilisateur().id()).orElse(0L)));
                        return s.map(x -> ouvrir(x, "/app/tableau-de-bord?fait=mot-de-passe-change"))
                                .orElseGet(() -> Reponse.redirection("/connexion"));
                    } catch (DomainException e) {
                        if (e.code() == CodeErreur.INTROUVABLE) {
                            return lienInvalide(r, "/mot-de-passe-oublie", "Demander un nouveau lien");
                        }
                        return vue.page(
                                r,
                                422,
                                "pages/reinitialisation.ftlh",
                                "Nouveau mot de passe",
                                "",
                                Map.of("jeton", jeton, "erreurs", Vue.erreurs(e)));
                    }
                });
        t.route("GET", "/invitation", Role.PUBLIC, "Accepter une invitation", Void.class, Route.Page.class, r -> {
            String jeton = r.query("jeton").orElse("");
            try {
                return invitation(r, 200, jeton, comptes.invitation(jeton), Map.of());
            } catch (DomainException e) {
                return lienInvalide(r, "/connexion", "Se connecter");
            }
        });
        t.route(
                "POST",
                "/invitation",
                Role.PUBLIC,
                "Accepte une invitation et ouvre la session dans ce domaine",
                Void.class,
                Route.Page.class,
                r -> {
                    Formulaire f = Formulaire.de(r.corps());
                    String jeton = f.obligatoire("jeton");
                    Invitation invitation;
                    try {
                        invitation = comptes.invitation(jeton);
                    } catch (DomainException e) {
                        return lienInvalide(r, "/connexion", "Se connecter");
                    }
                    try {
                        Session s = comptes.accepterInvitation(jeton, f.texteBrut("motDePasse"));
                        ralentisseur.reconnaitre(s.utilisateur().email(), r.client());
                        Journal.evenement(
                                "invitation_acceptee",
                                Map.of(
                                        "utilisateur",
                                        s.utilisateur().id(),
                                        "domaine",
                                        s.utilisateur().domaineId()));
                        return ouvrir(s, "/app/tableau-de-bord?fait=bienvenue");
                    } catch (DomainException e) {
                        if (e.code() == CodeErreur.INTROUVABLE) {
                            return lienInvalide(r, "/connexion", "Se connecter");
                        }
                        return invitation(r, 422, jeton, invitation, Vue.erreurs(e));
                    }
                });
        t.route(
                "GET",
                "/app/domaines",
                Role.TOUS,
                "Choisir son domaine",
                Void.class,
                Route.Page.class,
                r -> vue.page(
                        r,
                        200,
                        "pages/domaines.ftlh",
                        "Mes domaines",
                        "",
                        Map.of(
                                "domaines",
                                comptes.adhesions(r.utilisateur().orElseThrow()).stream()
                                        .map(a -> Map.of(
                                                "id",
                                                a.domaineId(),
                                                "nom",
                                                a.domaine(),
                                                "role",
                                                a.role().libelle(),
                                                "courant",
                                                a.domaineId() == r.domaine()))
                                        .toList())));
        t.route(
                "POST",
                "/app/domaine",
                Role.TOUS,
                "Passe dans un autre de ses domaines, retenu pour les prochaines connexions",
                Void.class,
                Route.Page.class,
                r -> {
                    Formulaire f = Formulaire.de(r.corps());
                    long domaine = f.entier("domaineId")
                            .orElseThrow(
                                    () -> new DomainException(CodeErreur.SAISIE_INVALIDE, "domaineId", "obligatoire"));
                    return ouvrir(comptes.changerDomaine(r.session().orElseThrow(), domaine), "/app/tableau-de-bord");
                });
        t.route(
                "POST",
                "/deconnexion",
                Role.TOUS,
                "Se déconnecter",
                Void.class,
                Route.Page.class,
                r -> new Reponse(303, new Api.Deconnexion(Optional.of("/connexion")), null, null));
    }

    /** Logs in, slowed as the API's login is; a refusal shows the form again beside its field. */
    private Reponse connecter(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        String email = f.obligatoire("email");
        Map<String, String> saisi = new HashMap<>(f.saisi());
        saisi.remove("motDePasse");
        try {
            Ralentisseur.Essai<Session> essai = ralentisseur.tenter(
                    email,
                    r.client(),
                    () -> comptes.connecter(email, f.motDePasse("motDePasse"), OptionalLong.empty())
                            .orElseThrow(() -> new DomainException(
                                    CodeErreur.OPERATION_INCOHERENTE, "email", "adresse ou mot de passe incorrect")));
            if (essai instanceof Ralentisseur.Essai.Attente<Session> a) {
                return vue.page(
                        r,
                        429,
                        "pages/connexion.ftlh",
                        "Connexion",
                        "",
                        Map.of(
                                "saisi",
                                saisi,
                                "erreurs",
                                Map.of("", "Trop de tentatives : réessayez dans " + a.secondes() + " s.")));
            }
            Session s = ((Ralentisseur.Essai.Fait<Session>) essai).resultat();
            Journal.evenement(
                    "connexion_reussie",
                    Map.of(
                            "utilisateur",
                            s.utilisateur().id(),
                            "domaine",
                            s.utilisateur().domaineId(),
                            "client",
                            r.client()));
            return ouvrir(s, comptes.domaineChoisi(s.utilisateur()) ? "/app/tableau-de-bord" : "/app/domaines");
        } catch (DomainException e) {
            if (e.code() == CodeErreur.OPERATION_INCOHERENTE && "email".equals(e.champ())) {
                Journal.evenement(
                        "connexion_refusee", Map.of("adresse_sha256", Journal.empreinte(email), "client", r.client()));
            }
            return vue.page(
                    r,
                    "adresse".equals(e.champ()) ? 403 : 422,
                    "pages/connexion.ftlh",
                    "Connexion",
                    "",
                    Map.of("saisi", saisi, "erreurs", Vue.erreurs(e)));
        }
    }

    /** Sends a mail at most the limiter's number of times for this client and address; a refusal shows the form again. */
    private Reponse limite(
            Requete r, Formulaire f, String email, String gabarit, String titre, Supplier<Reponse> etape) {
        Map<String, String> saisi = new HashMap<>(f.saisi());
        saisi.remove("motDePasse");
        Optional<Duration> attente = courriels.prendre(
                "client:" + Ralentisseur.groupe(r.client()),
                "adresse:" + email.strip().toLowerCase(Locale.ROOT));
        if (attente.isPresent()) {
            return vue.page(
                    r,
                    429,
                    gabarit,
                    titre,
                    "",
                    Map.of(
                            "saisi",
                            saisi,
                            "erreurs",
                            Map.of(
                                    "",
                                    "Trop de demandes depuis cette connexion : réessayez dans "
                                            + Ralentisseur.secondes(attente.get()) + " s.")));
        }
        try {
            return etape.get();
        } catch (DomainException e) {
            return vue.page(r, 422, gabarit, titre, "", Map.of("saisi", saisi, "erreurs", Vue.erreurs(e)));
        }
    }

    private Reponse invitation(
            Requete r, int statut, String jeton, Invitation invitation, Map<String, String> erreurs) {
        return vue.page(
                r,
                statut,
                "pages/invitation.ftlh",
                "Invitation",
                "",
                Map.of(
                        "jeton",
                        jeton,
                        "email",
                        invitation.email(),
                        "domaine",
                        invitation.domaine(),
                        "role",
                        invitation.role().libelle(),
                        "description",
                        invitation.role().description(),
                        "nouveauCompte",
                        invitation.nouveauCompte(),
                        "erreurs",
                        erreurs));
    }

    private Reponse lienInvalide(Requete r, String suite, String libelleSuite) {
        return vue.page(
                r,
                404,
                "pages/lien-invalide.ftlh",
                "Lien expiré",
                "",
                Map.of("suite", suite, "libelleSuite", libelleSuite));
    }

    /** The session's cookie, then the page (a new session replaces any other of this browser). */
    private static Reponse ouvrir(Session s, String page) {
        return new Reponse(
                303,
                new Api.Connexion(s.cookie(), CompteService.DUREE_MAX_SESSION.toSeconds(), new Api.Redirection(page)),
                null,
                null);
    }
}
