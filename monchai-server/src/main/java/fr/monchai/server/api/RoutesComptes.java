package fr.monchai.server.api;

import fr.monchai.comptes.Adhesion;
import fr.monchai.comptes.CompteService;
import fr.monchai.comptes.JetonApi;
import fr.monchai.comptes.JetonCree;
import fr.monchai.comptes.Role;
import fr.monchai.comptes.Session;
import fr.monchai.comptes.Utilisateur;
import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Domaine;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.server.http.DemandeAcceptee;
import fr.monchai.server.http.Limiteur;
import fr.monchai.server.http.Problemes;
import fr.monchai.server.http.Ralentisseur;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.Route;
import fr.monchai.server.http.Secret;
import fr.monchai.server.http.TableRoutes;
import fr.monchai.server.journal.Journal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Signing up (confirmed by a mailed link), logging in, forgotten passwords, the session's
 * domaine, the members of a domaine (invited by a link they accept), and API tokens (listed,
 * revoked, expiring).
 */
final class RoutesComptes implements Ressource {

    record Inscription(String domaine, String email, String nom, String motDePasse) {}

    record Identifiants(String email, String motDePasse, Optional<Long> domaineId) {}

    record Lien(String jeton) {}

    record Acceptation(String jeton, Optional<String> motDePasse) {}

    record Oubli(String email) {}

    record Reinitialisation(String jeton, String nouveauMotDePasse) {}

    record ChangementMotDePasse(String motDePasse, String nouveauMotDePasse) {}

    record ChoixDomaine(Long domaineId) {}

    record Invitation(String email, String nom, Role role) {}

    record ChangementRole(Role role) {}

    record NouveauJeton(String nom, Optional<LocalDate> expire) {}
    /** An opened session: who, and the token to echo in {@code X-CSRF-Token} on writes. */
    record SessionOuverte(Utilisateur utilisateur, String csrf) {}
    /** The caller, the domaine of the session, their role in it, and every domaine they may switch to. */
    record Moi(Utilisateur utilisateur, Domaine domaine, List<Role> roles, List<Adhesion> domaines) {}

    /** What a sign-up and a forgotten password answer, whatever the address: the same words. */
    static final String COURRIEL_ENVOYE =
            "si cette adresse peut l'utiliser, un courriel vient d'y partir avec un lien à ouvrir "
                    + "(pensez aux indésirables)";

    private final MonChai chai;
    private final CompteService comptes;
    private final Ralentisseur ralentisseur;
    private final Limiteur courriels;

    RoutesComptes(MonChai chai, CompteService comptes, Ralentisseur ralentisseur, Limiteur courriels) {
        this.chai = chai;
        this.comptes = comptes;
        this.ralentisseur = ralentisseur;
        this.courriels = courriels;
    }

    @Override
    public void declarer(TableRoutes t) {
        t.route(
                "POST",
                "/api/auth/signup",
                Role.PUBLIC,
                "Demande la création d'un domaine et de son administrateur : un lien de "
                        + "confirmation part à l'adresse (202, la même réponse qu'elle ait un compte ou non) ; rien n'existe avant qu'il soit suivi",
                Inscription.class,
                DemandeAcceptee.class,
                r -> {
                    Inscription i = r.lire(Inscription.class);
                    return limite(r, i.email(), () -> {
                        comptes.demanderInscription(i.domaine(), i.email(), i.nom(), i.motDePasse());
                        return Reponse.json(202, new DemandeAcceptee(COURRIEL_ENVOYE));
                    });
                });
        t.route(
                "POST",
                "/api/auth/confirmation",
                Role.PUBLIC,
                "Suit le lien d'une inscription : crée le domaine, son administrateur, " + "et ouvre sa session",
                Lien.class,
                SessionOuverte.class,
                r -> {
                    Session s = comptes.confirmerInscription(r.lire(Lien.class).jeton());
                    ralentisseur.reconnaitre(s.utilisateur().email(), r.client());
                    Journal.evenement(
                            "inscription_confirmee",
                            Map.of(
                                    "utilisateur",
                                    s.utilisateur().id(),
                                    "domaine",
                                    s.utilisateur().domaineId()));
                    return connexion(s, 200);
                });
        t.route(
                "POST",
                "/api/auth/login",
                Role.PUBLIC,
                "Ouvre une session (cookie HttpOnly) dans le domaine demandé, sinon le dernier "
                        + "choisi, sinon le premier du compte, et donne son jeton CSRF",
                Identifiants.class,
                SessionOuverte.class,
                r -> {
                    Identifiants id = r.lire(Identifiants.class);
                    if (id.email() == null || id.motDePasse() == null) {
                        throw new DomainException(
                                CodeErreur.SAISIE_INVALIDE, id.email() == null ? "email" : "motDePasse", "obligatoire");
                    }
                    OptionalLong domaine =
                            id.domaineId() == null || id.domaineId().isEmpty()
                                    ? OptionalLong.empty()
                                    : OptionalLong.of(id.domaineId().get());
                    return connecter(r, id.email(), () -> comptes.connecter(id.email(), id.motDePasse(), domaine));
                });
        t.route(
                "POST",
                "/api/auth/mot-de-passe-oublie",
                Role.PUBLIC,
                "Envoie un lien pour choisir un nouveau mot de passe, si "
                        + "l'adresse a un compte (202, la même réponse sinon)",
                Oubli.class,
                DemandeAcceptee.class,
                r -> {
                    Oubli o = r.lire(Oubli.class);
                    return limite(r, o.email(), () -> {
                        comptes.demanderReinitialisation(o.email());
                        return Reponse.json(202, new DemandeAcceptee(COURRIEL_ENVOYE));
                    });
                });
        t.route(
                "POST",
                "/api/auth/reinitialisation",
                Role.PUBLIC,
                "Suit le lien d'un mot de passe oublié : le nouveau mot de passe "
                        + "remplace l'ancien, toutes les sessions de la personne se ferment et une nouvelle s'ouvre",
                Reinitialisation.class,
                SessionOuverte.class,
                r -> {
                    Reinitialisation re = r.lire(Reinitialisation.class);
                    Optional<Session> s = comptes.reinitialiser(re.jeton(), re.nouveauMotDePasse());
                    s.ifPresent(x -> ralentisseur.reconnaitre(x.utilisateur().email(), r.client()));
                    Journal.evenement(
                            "mot_de_passe_reinitialise",
                            Map.of(
                                    "utilisateur",
                                    s.map(x -> x.utilisateur().id()).orElse(0L)));
                    return s.map(x -> connexion(x, 200)).orElseGet(Reponse::vide);
                });
        t.route(
                "POST",
                "/api/invitations/acceptation",
                Role.PUBLIC,
                "Suit le lien d'une invitation : le membre devient actif (une "
                        + "personne sans compte y choisit son mot de passe) et sa session s'ouvre dans ce domaine",
                Acceptation.class,
                SessionOuverte.class,
                r -> {
                    Acceptation a = r.lire(Acceptation.class);
                    Session s = comptes.accepterInvitation(
                            a.jeton(), a.motDePasse() == null ? Optional.empty() : a.motDePasse());
                    ralentisseur.reconnaitre(s.utilisateur().email(), r.client());
                    Journal.evenement(
                            "invitation_acceptee",
                            Map.of(
                                    "utilisateur",
                                    s.utilisateur().id(),
                                    "domaine",
                                    s.utilisateur().domaineId()));
                    return connexion(s, 200);
                });
        t.route(
                "POST",
                "/api/auth/domaine",
                Role.TOUS,
                "Passe la session dans un autre domaine du même compte (nouveau cookie, nouveau "
                        + "jeton CSRF), retenu pour les prochaines connexions",
                ChoixDomaine.class,
                SessionOuverte.class,
                r -> {
                    ChoixDomaine choix = r.lire(ChoixDomaine.class);
                    String cookie = r.session()
                            .orElseThrow(
                                    () -> new DomainException(
                                            CodeErreur.OPERATION_INCOHERENTE,
                                            "session",
                                            "un jeton Bearer appartient à un seul domaine : seule une session de navigateur change de domaine"));
                    if (choix.domaineId() == null) {
                        throw new DomainException(CodeErreur.SAISIE_INVALIDE, "domaineId", "obligatoire");
                    }
                    return connexion(comptes.changerDomaine(cookie, choix.domaineId()), 200);
                });
        t.route(
                "POST",
                "/api/auth/mot-de-passe",
                Role.TOUS,
                "Change son mot de passe : les autres sessions se ferment, celle-ci est "
                        + "remplacée (nouveau cookie, nouveau jeton CSRF)",
                ChangementMotDePasse.class,
                SessionOuverte.class,
                r -> {
                    ChangementMotDePasse c = r.lire(ChangementMotDePasse.class);
                    Session s = comptes.changerMotDePasse(sessionDe(r), c.motDePasse(), c.nouveauMotDePasse());
                    Journal.evenement(
                            "mot_de_passe_change",
                            Map.of(
                                    "utilisateur",
                                    s.utilisateur().id(),
                                    "domaine",
                                    s.utilisateur().domaineId()));
                    return connexion(s, 200);
                });
        t.route(
                "POST",
                "/api/auth/logout",
                Role.TOUS,
                "Ferme la session",
                Void.class,
                Void.class,
                r -> new Reponse.Deconnexion(Optional.empty()));
        t.route(
                "GET",
                "/api/me",
                Role.TOUS,
                "L'utilisateur connecté, son domaine et son rôle",
                Void.class,
                Moi.class,
                r -> {
                    Utilisateur u = r.utilisateur().orElseThrow();
                    return Reponse.ok(new Moi(
                            u,
                            chai.domaines().trouver(u.domaineId()).orElseThrow(),
                            List.of(u.role()),
                            comptes.adhesions(u)));
                });
        t.route(
                "GET",
                "/api/utilisateurs",
                Role.ADMINISTRATION,
                "Les membres du domaine, actifs et invités",
                Void.class,
                Route.liste(Utilisateur.class),
                r -> Reponse.ok(comptes.membres(r.domaine())));
        t.route(
                "POST",
                "/api/utilisateurs",
                Role.ADMINISTRATION,
                "Invite une personne dans le domaine : un lien part à son adresse, "
                        + "par lequel elle accepte (et, sans compte, choisit son mot de passe) ; inviter à nouveau renvoie un lien",
                Invitation.class,
                Utilisateur.class,
                r -> {
                    Invitation i = r.lire(Invitation.class);
                    Utilisateur invite =
                            comptes.inviter(r.domaine(), r.utilisateur().orElseThrow(), i.email(), i.nom(), i.role());
                    Journal.evenement(
                            "membre_invite",
                            Map.of(
                                    "par",
                                    r.utilisateur().orElseThrow().id(),
                                    "domaine",
                                    r.domaine(),
                                    "utilisateur",
                                    invite.id(),
                                    "role",
                                    invite.role().name()));
                    return Reponse.cree(invite);
                });
        t.route(
                "PUT",
                "/api/utilisateurs/:id/role",
                Role.ADMINISTRATION,
                "Change le rôle d'un membre",
                ChangementRole.class,
                Utilisateur.class,
                r -> {
                    Utilisateur u = comptes.changerRole(
                            r.domaine(),
                            r.id("id"),
                            r.lire(ChangementRole.class).role());
                    Journal.evenement(
                            "role_change",
                            Map.of(
                                    "par",
                                    r.utilisateur().orElseThrow().id(),
                                    "domaine",
                                    r.domaine(),
                                    "utilisateur",
                                    u.id(),
                                    "role",
                                    u.role().name()));
                    return Reponse.ok(u);
                });
        t.route(
                "DELETE",
                "/api/utilisateurs/:id",
                Role.ADMINISTRATION,
                "Retire un membre (ou une invitation) du domaine : ses sessions "
                        + "et ses jetons d'API y cessent aussitôt ; son compte et ses autres domaines restent",
                Void.class,
                Void.class,
                r -> {
                    Utilisateur u = comptes.retirer(r.domaine(), r.id("id"));
                    Journal.evenement(
                            "membre_retire",
                            Map.of(
                                    "par",
                                    r.utilisateur().orElseThrow().id(),
                                    "domaine",
                                    r.domaine(),
                                    "utilisateur",
                                    u.id()));
                    return Reponse.vide();
                });
        t.route(
                "GET",
                "/api/jetons",
                Role.ADMINISTRATION,
                "Les jetons d'API du domaine (jamais leur secret), expirés compris",
                Void.class,
                Route.liste(JetonApi.class),
                r -> Reponse.ok(comptes.jetons(r.domaine())));
        t.route(
                "POST",
                "/api/jetons",
                Role.ADMINISTRATION,
                "Crée un jeton Bearer pour un intégrateur, montré une seule fois, valable 90 "
                        + "jours ou jusqu'à la date donnée (un an au plus)",
                NouveauJeton.class,
                JetonCree.class,
                r -> {
                    NouveauJeton j = r.lire(NouveauJeton.class);
                    JetonCree cree = comptes.creerJeton(
                            r.domaine(),
                            r.utilisateur().orElseThrow().id(),
                            j.nom(),
                            j.expire() == null ? Optional.empty() : j.expire());
                    Journal.evenement(
                            "jeton_cree",
                            Map.of(
                                    "par",
                                    r.utilisateur().orElseThrow().id(),
                                    "domaine",
                                    r.domaine(),
                                    "jeton",
                                    cree.id()));
                    return Reponse.json(201, new Secret(cree));
                });
        t.route(
                "DELETE",
                "/api/jetons/:id",
                Role.ADMINISTRATION,
                "Révoque un jeton d'API : il cesse aussitôt de fonctionner",
                Void.class,
                Void.class,
                r -> {
                    comptes.revoquerJeton(r.domaine(), r.id("id"));
                    Journal.evenement(
                            "jeton_revoque",
                            Map.of(
                                    "par",
                                    r.utilisateur().orElseThrow().id(),
                                    "domaine",
                                    r.domaine(),
                                    "jeton",
                                    r.id("id")));
                    return Reponse.vide();
                });
    }

    /** The current browser session (a bearer token has none: its password is not the token's to change). */
    static Session sessionDe(Requete r) {
        String cookie = r.session()
                .orElseThrow(() -> new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "session",
                        "un jeton Bearer ne change pas de mot de passe : connectez-vous"));
        return new Session(cookie, r.csrf().orElse(""), r.utilisateur().orElseThrow());
    }

    /**
     * Logs in, slowed by {@link Ralentisseur}: too early, a 429 saying how long to wait; a wrong
     * address or password, 401; a success opens the session.
     */
    private Reponse connecter(Requete r, String email, Supplier<Optional<Session>> etape) {
        try {
            Ralentisseur.Essai<Session> essai = ralentisseur.tenter(
                    email,
                    r.client(),
                    () -> etape.get()
                            .orElseThrow(() -> new DomainException(
                                    CodeErreur.OPERATION_INCOHERENTE, "email", "adresse ou mot de passe incorrect")));
            if (essai instanceof Ralentisseur.Essai.Attente<Session> a) {
                return Reponse.attendre(
                        Problemes.probleme(
                                429,
                                "Trop de tentatives",
                                "trop d'échecs de connexion : réessayez dans " + a.secondes() + " s"),
                        a.secondes());
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
            return connexion(s, 200);
        } catch (DomainException e) {
            if (e.code() == CodeErreur.OPERATION_INCOHERENTE && "email".equals(e.champ())) {
                Journal.evenement(
                        "connexion_refusee", Map.of("adresse_sha256", Journal.empreinte(email), "client", r.client()));
                return Reponse.json(
                        401,
                        Problemes.probleme(
                                401,
                                "Identifiants refusés",
                                e.violations().get(0).message()));
            }
            if ("adresse".equals(e.champ())) {
                return Reponse.json(403, Problemes.de(e));
            }
            throw e;
        }
    }

    /** Sends mail for a client and an address at most {@code Limiteur}'s number of times a window: then 429. */
    private Reponse limite(Requete r, String email, Supplier<Reponse> etape) {
        Optional<java.time.Duration> attente = courriels.prendre(
                "client:" + Ralentisseur.groupe(r.client()),
                "adresse:" + (email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT)));
        if (attente.isPresent()) {
            long secondes = Ralentisseur.secondes(attente.get());
            return Reponse.attendre(
                    Problemes.probleme(
                            429,
                            "Trop de demandes",
                            "trop de demandes depuis cette connexion : réessayez dans " + secondes + " s"),
                    secondes);
        }
        return etape.get();
    }

    static Reponse connexion(Session s, int statut) {
        return new Reponse.Connexion(
                s.cookie(),
                CompteService.DUREE_MAX_SESSION.toSeconds(),
                Reponse.json(statut, new SessionOuverte(s.utilisateur(), s.csrf())));
    }
}
