package fr.monchai.server.pages.acces;

import fr.monchai.comptes.CompteService;
import fr.monchai.comptes.Invitation;
import fr.monchai.comptes.Role;
import fr.monchai.comptes.Session;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.server.http.Limiteur;
import fr.monchai.server.http.Ralentisseur;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.Route;
import fr.monchai.server.http.TableRoutes;
import fr.monchai.server.journal.Journal;
import fr.monchai.server.pages.DeclarationPages;
import fr.monchai.server.pages.Formulaire;
import fr.monchai.server.pages.Gabarit;
import fr.monchai.server.pages.Vue;
import fr.monchai.server.textes.Messages;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
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

    /**
     * A form of the public pages (log-in, sign-up, forgotten password).
     *
     * @param saisi what the form holds (never a password)
     * @param erreurs the core's refusals, by field
     */
    public record Form(Map<String, String> saisi, Map<String, String> erreurs) {}

    /**
     * A mail left.
     *
     * @param email the address it went to
     * @param explication what to do with it
     */
    public record CourrielEnvoye(String email, String explication) {}

    /**
     * A page opened from a mailed link, whose button does the work.
     *
     * @param jeton the link's token
     * @param erreurs the core's refusals, by field
     */
    public record Jeton(String jeton, Map<String, String> erreurs) {}

    /**
     * An invitation to accept.
     *
     * @param jeton the link's token
     * @param email the address invited
     * @param domaine the domaine it joins
     * @param role the role offered
     * @param description what that role may do
     * @param nouveauCompte whether the person chooses a password (no account yet)
     * @param erreurs the core's refusals, by field
     */
    public record FormInvitation(
            String jeton,
            String email,
            String domaine,
            String role,
            String description,
            boolean nouveauCompte,
            Map<String, String> erreurs) {}

    /**
     * A link that no longer works.
     *
     * @param suite where to go instead
     * @param libelleSuite that page's name
     */
    public record LienInvalide(String suite, String libelleSuite) {}

    /**
     * The person's domaines.
     *
     * @param domaines each with their role in it
     */
    public record Domaines(List<DomaineChoisi> domaines) {}

    /**
     * A domaine of the person.
     *
     * @param id its id
     * @param nom its name
     * @param role the person's role in it
     * @param courant whether it is the one they are in
     */
    public record DomaineChoisi(long id, String nom, String role, boolean courant) {}

    private static final Form VIDE = new Form(Map.of(), Map.of());
    static final Gabarit<Form> CONNEXION = Gabarit.de("acces/connexion.ftlh", Form.class);
    static final Gabarit<Form> INSCRIPTION = Gabarit.de("acces/inscription.ftlh", Form.class);
    static final Gabarit<Form> OUBLI = Gabarit.de("acces/mot-de-passe-oublie.ftlh", Form.class);
    static final Gabarit<CourrielEnvoye> COURRIEL_ENVOYE =
            Gabarit.de("acces/courriel-envoye.ftlh", CourrielEnvoye.class);
    static final Gabarit<Jeton> CONFIRMATION = Gabarit.de("acces/confirmation.ftlh", Jeton.class);
    static final Gabarit<Jeton> REINITIALISATION = Gabarit.de("acces/reinitialisation.ftlh", Jeton.class);
    static final Gabarit<FormInvitation> INVITATION = Gabarit.de("acces/invitation.ftlh", FormInvitation.class);
    static final Gabarit<LienInvalide> LIEN_INVALIDE = Gabarit.de("acces/lien-invalide.ftlh", LienInvalide.class);
    static final Gabarit<Domaines> DOMAINES = Gabarit.de("acces/domaines.ftlh", Domaines.class);

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
        DeclarationPages p = DeclarationPages.dans(t);
        p.get("/", Role.PUBLIC, "La page d'accueil : la connexion, ou le tableau de bord", PagesAcces::accueil);
        p.get("/connexion", Role.PUBLIC, "Se connecter", r -> vue.page(r, 200, CONNEXION, "Connexion", "", VIDE));
        p.post("/connexion", Role.PUBLIC, "Se connecter", this::connecter);
        p.get(
                "/inscription",
                Role.PUBLIC,
                "Créer son domaine",
                r -> vue.page(r, 200, INSCRIPTION, "Créer mon domaine", "", VIDE));
        p.post(
                "/inscription",
                Role.PUBLIC,
                "Demande la création d'un domaine : un lien part à l'adresse",
                this::inscrire);
        p.get("/inscription/confirmer", Role.PUBLIC, "Confirmer la création d'un domaine", this::formConfirmation);
        p.post("/inscription/confirmer", Role.PUBLIC, "Crée le domaine et ouvre sa session", this::confirmer);
        p.get(
                "/mot-de-passe-oublie",
                Role.PUBLIC,
                "Mot de passe oublié",
                r -> vue.page(r, 200, OUBLI, "Mot de passe oublié", "", VIDE));
        p.post(
                "/mot-de-passe-oublie",
                Role.PUBLIC,
                "Envoie un lien pour choisir un nouveau mot de passe",
                this::oublier);
        p.get("/reinitialisation", Role.PUBLIC, "Choisir un nouveau mot de passe", this::formReinitialisation);
        p.post("/reinitialisation", Role.PUBLIC, "Choisit un nouveau mot de passe", this::reinitialiser);
        p.get("/invitation", Role.PUBLIC, "Accepter une invitation", this::formInvitation);
        p.post(
                "/invitation",
                Role.PUBLIC,
                "Accepte une invitation et ouvre la session dans ce domaine",
                this::accepter);
        p.place(
                "/app/domaines",
                Role.TOUS,
                "Choisir son domaine",
                new Route.Place(Messages.texte("nav.domaines"), 80, false),
                this::domaines);
        p.post(
                "/app/domaine",
                Role.TOUS,
                "Passe dans un autre de ses domaines, retenu pour les prochaines connexions",
                this::changerDomaine);
        p.post("/deconnexion", Role.TOUS, "Se déconnecter", r -> new Reponse.Deconnexion(Optional.of("/connexion")));
    }

    private static Reponse accueil(Requete r) {
        return Reponse.redirection(r.utilisateur().isPresent() ? "/app/tableau-de-bord" : "/connexion");
    }

    private Reponse inscrire(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        String email = f.obligatoire("email");
        return limite(r, f, email, INSCRIPTION, "Créer mon domaine", () -> {
            comptes.demanderInscription(
                    f.obligatoire("domaine"), email, f.obligatoire("nom"), f.motDePasse("motDePasse"));
            return vue.page(
                    r,
                    200,
                    COURRIEL_ENVOYE,
                    "Vérifiez votre boîte",
                    "",
                    new CourrielEnvoye(
                            email,
                            "Ouvrez le lien du courriel pour créer votre domaine : rien n'existe avant. Il reste "
                                    + "valable 48 heures."));
        });
    }

    private Reponse formConfirmation(Requete r) {
        return vue.page(
                r,
                200,
                CONFIRMATION,
                "Confirmer mon domaine",
                "",
                new Jeton(r.query("jeton").orElse(""), Map.of()));
    }

    private Reponse confirmer(Requete r) {
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
    }

    private Reponse oublier(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        String email = f.obligatoire("email");
        return limite(r, f, email, OUBLI, "Mot de passe oublié", () -> {
            comptes.demanderReinitialisation(email);
            return vue.page(
                    r,
                    200,
                    COURRIEL_ENVOYE,
                    "Vérifiez votre boîte",
                    "",
                    new CourrielEnvoye(
                            email,
                            "Si cette adresse a un compte, le courriel contient un lien pour choisir un nouveau mot de "
                                    + "passe. Il reste valable une heure."));
        });
    }

    private Reponse formReinitialisation(Requete r) {
        String jeton = r.query("jeton").orElse("");
        return comptes.reinitialisationValide(jeton)
                ? vue.page(r, 200, REINITIALISATION, "Nouveau mot de passe", "", new Jeton(jeton, Map.of()))
                : lienInvalide(r, "/mot-de-passe-oublie", "Demander un nouveau lien");
    }

    private Reponse reinitialiser(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        String jeton = f.obligatoire("jeton");
        try {
            Optional<Session> s = comptes.reinitialiser(jeton, f.motDePasse("nouveauMotDePasse"));
            s.ifPresent(x -> ralentisseur.reconnaitre(x.utilisateur().email(), r.client()));
            Journal.evenement(
                    "mot_de_passe_reinitialise",
                    Map.of("utilisateur", s.map(x -> x.utilisateur().id()).orElse(0L)));
            return s.map(x -> ouvrir(x, "/app/tableau-de-bord?fait=mot-de-passe-change"))
                    .orElseGet(() -> Reponse.redirection("/connexion"));
        } catch (DomainException e) {
            if (e.code() == CodeErreur.INTROUVABLE) {
                return lienInvalide(r, "/mot-de-passe-oublie", "Demander un nouveau lien");
            }
            return vue.page(r, 422, REINITIALISATION, "Nouveau mot de passe", "", new Jeton(jeton, Vue.erreurs(e)));
        }
    }

    private Reponse formInvitation(Requete r) {
        String jeton = r.query("jeton").orElse("");
        try {
            return invitation(r, 200, jeton, comptes.invitation(jeton), Map.of());
        } catch (DomainException e) {
            return lienInvalide(r, "/connexion", "Se connecter");
        }
    }

    private Reponse accepter(Requete r) {
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
    }

    private Reponse domaines(Requete r) {
        return vue.page(
                r,
                200,
                DOMAINES,
                Messages.texte("nav.domaines"),
                "/app/domaines",
                new Domaines(comptes.adhesions(r.utilisateur().orElseThrow()).stream()
                        .map(a -> new DomaineChoisi(
                                a.domaineId(), a.domaine(), a.role().libelle(), a.domaineId() == r.domaine()))
                        .toList()));
    }

    private Reponse changerDomaine(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        long domaine = f.entier("domaineId")
                .orElseThrow(() -> new DomainException(CodeErreur.SAISIE_INVALIDE, "domaineId", "obligatoire"));
        return ouvrir(comptes.changerDomaine(r.session().orElseThrow(), domaine), "/app/tableau-de-bord");
    }

    /** Logs in, slowed as the API's login is; a refusal shows the form again beside its field. */
    private Reponse connecter(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        String email = f.obligatoire("email");
        Map<String, String> saisi = sansMotDePasse(f);
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
                        CONNEXION,
                        "Connexion",
                        "",
                        new Form(saisi, Map.of("", "Trop de tentatives : réessayez dans " + a.secondes() + " s.")));
            }
            Session s = ((Ralentisseur.Essai.Fait<Session>) essai).resultat();
            Journal.evenement(
                    "connexion_reussie",
                    Map.of(
                            "utilisateur", s.utilisateur().id(),
                            "domaine", s.utilisateur().domaineId(),
                            "client", r.client()));
            return ouvrir(s, comptes.domaineChoisi(s.utilisateur()) ? "/app/tableau-de-bord" : "/app/domaines");
        } catch (DomainException e) {
            if (e.code() == CodeErreur.OPERATION_INCOHERENTE && "email".equals(e.champ())) {
                Journal.evenement(
                        "connexion_refusee", Map.of("adresse_sha256", Journal.empreinte(email), "client", r.client()));
            }
            return vue.page(
                    r,
                    "adresse".equals(e.champ()) ? 403 : 422,
                    CONNEXION,
                    "Connexion",
                    "",
                    new Form(saisi, Vue.erreurs(e)));
        }
    }

    private static Map<String, String> sansMotDePasse(Formulaire f) {
        Map<String, String> saisi = new HashMap<>(f.saisi());
        saisi.remove("motDePasse");
        return saisi;
    }

    /** Sends a mail at most the limiter's number of times for this client and address; a refusal shows the form again. */
    private Reponse limite(
            Requete r, Formulaire f, String email, Gabarit<Form> gabarit, String titre, Supplier<Reponse> etape) {
        Map<String, String> saisi = sansMotDePasse(f);
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
                    new Form(
                            saisi,
                            Map.of(
                                    "",
                                    "Trop de demandes depuis cette connexion : réessayez dans "
                                            + Ralentisseur.secondes(attente.get()) + " s.")));
        }
        try {
            return etape.get();
        } catch (DomainException e) {
            return vue.page(r, 422, gabarit, titre, "", new Form(saisi, Vue.erreurs(e)));
        }
    }

    private Reponse invitation(
            Requete r, int statut, String jeton, Invitation invitation, Map<String, String> erreurs) {
        return vue.page(
                r,
                statut,
                INVITATION,
                "Invitation",
                "",
                new FormInvitation(
                        jeton,
                        invitation.email(),
                        invitation.domaine(),
                        invitation.role().libelle(),
                        invitation.role().description(),
                        invitation.nouveauCompte(),
                        erreurs));
    }

    private Reponse lienInvalide(Requete r, String suite, String libelleSuite) {
        return vue.page(r, 404, LIEN_INVALIDE, "Lien expiré", "", new LienInvalide(suite, libelleSuite));
    }

    /** The session's cookie, then the page (a new session replaces any other of this browser). */
    private static Reponse ouvrir(Session s, String page) {
        return new Reponse.Connexion(
                s.cookie(), CompteService.DUREE_MAX_SESSION.toSeconds(), Reponse.redirection(page));
    }
}
