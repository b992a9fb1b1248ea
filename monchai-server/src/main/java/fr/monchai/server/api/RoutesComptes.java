package fr.monchai.server.api;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Composition;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Domaine;
import fr.monchai.core.chai.FiltreVendanges;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.compte.Adhesion;
import fr.monchai.core.compte.CompteService;
import fr.monchai.core.compte.Role;
import fr.monchai.core.compte.Session;
import fr.monchai.core.compte.Utilisateur;
import fr.monchai.core.crd.CompteCapsules;
import fr.monchai.core.crd.MouvementCrd;
import fr.monchai.core.crd.NouveauMouvementCrd;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.PageJournal;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.core.registre.AchatVrac;
import fr.monchai.core.registre.AjustementLot;
import fr.monchai.core.registre.Assemblage;
import fr.monchai.core.registre.ContrePassation;
import fr.monchai.core.registre.EtatCuve;
import fr.monchai.core.registre.LotEnCuve;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.Perte;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.core.registre.StockBouteilles;
import fr.monchai.core.registre.Tracabilite;
import fr.monchai.core.registre.VenteBouteilles;
import fr.monchai.core.registre.VenteVrac;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/** Signing up, logging in, the session's domaine, the members of a domaine and their API tokens. */
final class RoutesComptes implements Ressource {

    record Inscription(String domaine, String email, String nom, String motDePasse) {}
    record Identifiants(String email, String motDePasse, Optional<Long> domaineId) {}
    record ChoixDomaine(Long domaineId) {}
    record Invitation(String email, String nom, Role role, String motDePasse) {}
    record ChangementRole(Role role) {}
    record NouveauJeton(String nom) {}
    /** An opened session: who, and the token to echo in {@code X-CSRF-Token} on writes. */
    record SessionOuverte(Utilisateur utilisateur, String csrf) {}
    /** The caller, the domaine of the session, their role in it, and every domaine they may switch to. */
    record Moi(Utilisateur utilisateur, Domaine domaine, List<Role> roles, List<Adhesion> domaines) {}
    /** A bearer token, shown once. */
    record JetonCree(String jeton) {}

    private final MonChai chai;
    private final CompteService comptes;
    private final Ralentisseur ralentisseur;

    RoutesComptes(MonChai chai, CompteService comptes, Ralentisseur ralentisseur) {
        this.chai = chai;
        this.comptes = comptes;
        this.ralentisseur = ralentisseur;
    }

    @Override
    public void declarer(TableRoutes t) {
        t.route("POST", "/api/auth/signup", Role.PUBLIC, "Crée un domaine et son administrateur, et ouvre sa session (cookie HttpOnly et jeton CSRF) ; "
                + "une adresse qui a déjà un compte y ajoute ce domaine avec son mot de passe", Inscription.class, SessionOuverte.class, r -> {
            Inscription i = r.lire(Inscription.class);
            return ralenti(i.email(), r.client(), () -> comptes.inscrire(i.domaine(), i.email(), i.nom(), i.motDePasse()), 201);
        });
        t.route("POST", "/api/auth/login", Role.PUBLIC, "Ouvre une session (cookie HttpOnly) dans le domaine demandé ou le premier du compte, "
                + "et donne son jeton CSRF", Identifiants.class, SessionOuverte.class, r -> {
            Identifiants id = r.lire(Identifiants.class);
            if (id.email() == null || id.motDePasse() == null) {
                throw new DomainException(CodeErreur.SAISIE_INVALIDE, id.email() == null ? "email" : "motDePasse", "obligatoire");
            }
            OptionalLong domaine = id.domaineId() == null || id.domaineId().isEmpty() ? OptionalLong.empty()
                    : OptionalLong.of(id.domaineId().get());
            return ralenti(id.email(), r.client(), () -> comptes.connecter(id.email(), id.motDePasse(), domaine).orElseThrow(
                    () -> new DomainException(CodeErreur.OPERATION_INCOHERENTE, "email", "adresse ou mot de passe incorrect")), 200);
        });
        t.route("POST", "/api/auth/domaine", Role.TOUS, "Passe la session dans un autre domaine du même compte (nouveau cookie, nouveau jeton CSRF)",
                ChoixDomaine.class, SessionOuverte.class, r -> {
                    ChoixDomaine choix = r.lire(ChoixDomaine.class);
                    String cookie = r.session().orElseThrow(() -> new DomainException(CodeErreur.OPERATION_INCOHERENTE, "session",
                            "un jeton Bearer appartient à un seul domaine : seule une session de navigateur change de domaine"));
                    if (choix.domaineId() == null) {
                        throw new DomainException(CodeErreur.SAISIE_INVALIDE, "domaineId", "obligatoire");
                    }
                    return connexion(comptes.changerDomaine(cookie, choix.domaineId()), 200);
                });
        t.route("POST", "/api/auth/logout", Role.TOUS, "Ferme la session", Void.class, Void.class, r -> new Reponse(204, new Api.Deconnexion(Optional.empty()), null, null));
        t.route("GET", "/api/me", Role.TOUS, "L'utilisateur connecté, son domaine et son rôle", Void.class, Moi.class, r -> {
            Utilisateur u = r.utilisateur().orElseThrow();
            return Reponse.ok(new Moi(u, chai.domaines().trouver(u.domaineId()).orElseThrow(), List.of(u.role()), comptes.adhesions(u)));
        });
        t.route("GET", "/api/utilisateurs", Role.ADMINISTRATION, "Les membres du domaine", Void.class, Route.liste(Utilisateur.class), r -> Reponse.ok(comptes.membres(r.domaine())));
        t.route("POST", "/api/utilisateurs", Role.ADMINISTRATION, "Invite un membre dans le domaine", Invitation.class, Utilisateur.class, r -> {
            Invitation i = r.lire(Invitation.class);
            return Reponse.cree(comptes.inviter(r.domaine(), i.email(), i.nom(), i.role(), i.motDePasse()));
        });
        t.route("PUT", "/api/utilisateurs/:id/role", Role.ADMINISTRATION, "Change le rôle d'un membre", ChangementRole.class, Utilisateur.class,
                r -> Reponse.ok(comptes.changerRole(r.domaine(), r.id("id"), r.lire(ChangementRole.class).role())));
        t.route("POST", "/api/jetons", Role.ADMINISTRATION, "Crée un jeton Bearer pour un intégrateur (montré une seule fois)", NouveauJeton.class, JetonCree.class, r -> {
            NouveauJeton j = r.lire(NouveauJeton.class);
            return Reponse.cree(new JetonCree(comptes.creerJeton(r.domaine(), r.utilisateur().orElseThrow().id(), j.nom())));
        });
    }

    /**
     * Runs a step that checks a password, slowed down by {@link Ralentisseur}: too early, a 429
     * saying how long to wait; a refusal counts as a failure; a success opens the session.
     */
    private Reponse ralenti(String email, String client, Supplier<Session> etape, int statut) {
        String adresse = email == null ? "" : email;
        Optional<Duration> attente = ralentisseur.attente(adresse, client);
        if (attente.isPresent()) {
            long secondes = Ralentisseur.secondes(attente.get());
            return new Reponse(429, new Api.Attendre(Problemes.probleme(429, "Trop de tentatives", "trop d'échecs de connexion : "
                    + "réessayez dans " + secondes + " s"), secondes), null, null);
        }
        try {
            return connexion(ralentisseur.tenter(adresse, client, etape), statut);
        } catch (DomainException e) {
            if (e.code() == CodeErreur.OPERATION_INCOHERENTE && "email".equals(e.champ())) {
                if (statut == 200) {
                    return new Reponse(401, Problemes.probleme(401, "Identifiants refusés", e.violations().get(0).message()), null, null);
                }
            }
            throw e;
        }
    }

    private static Reponse connexion(Session s, int statut) {
        return new Reponse(statut, new Api.Connexion(s.cookie(), CompteService.DUREE_SESSION.toSeconds(),
                new SessionOuverte(s.utilisateur(), s.csrf())), null, null);
    }
}
