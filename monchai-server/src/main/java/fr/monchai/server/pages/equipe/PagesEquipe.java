package fr.monchai.server.pages;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.compte.CompteService;
import fr.monchai.core.compte.JetonCree;
import fr.monchai.core.compte.Role;
import fr.monchai.core.compte.Session;
import fr.monchai.core.compte.StatutMembre;
import fr.monchai.core.compte.Utilisateur;
import fr.monchai.server.api.Api;
import fr.monchai.server.api.Reponse;
import fr.monchai.server.api.Requete;
import fr.monchai.server.api.Ressource;
import fr.monchai.server.api.Route;
import fr.monchai.server.api.TableRoutes;
import fr.monchai.server.journal.Journal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The team of a domaine (administrators): its members and invitations, inviting an address
 * with a role (a link is mailed; nobody types another person's password), changing a role,
 * removing a member; the domaine's API tokens (created, shown once, revoked). And for everyone,
 * their account: changing their password.
 */
public final class PagesEquipe implements Ressource {

    private final Vue vue;
    private final CompteService comptes;

    /**
     * @param vue the pages' layout
     * @param comptes the accounts
     */
    public PagesEquipe(Vue vue, CompteService comptes) {
        this.vue = vue;
        this.comptes = comptes;
    }

    @Override
    public void declarer(TableRoutes t) {
        t.route(
                "GET",
                "/app/equipe",
                Role.ADMINISTRATION,
                "L'équipe du domaine",
                Void.class,
                Route.Page.class,
                r -> equipe(r, 200, Map.of(), Map.of()));
        t.route(
                "POST",
                "/app/equipe",
                Role.ADMINISTRATION,
                "Invite une personne : un lien part à son adresse",
                Void.class,
                Route.Page.class,
                r -> {
                    Formulaire f = Formulaire.de(r.corps());
                    try {
                        Role role = f.texte("role").flatMap(PagesEquipe::role).orElse(null);
                        Utilisateur invite = comptes.inviter(
                                r.domaine(),
                                r.utilisateur().orElseThrow(),
                                f.obligatoire("email"),
                                f.obligatoire("nom"),
                                role);
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
                        return Reponse.redirection("/app/equipe?fait=membre-invite");
                    } catch (DomainException e) {
                        return equipe(r, 422, f.saisi(), Vue.erreurs(e));
                    }
                });
        t.route(
                "POST",
                "/app/equipe/:id/role",
                Role.ADMINISTRATION,
                "Change le rôle d'un membre",
                Void.class,
                Route.Page.class,
                r -> {
                    Formulaire f = Formulaire.de(r.corps());
                    try {
                        Utilisateur u = comptes.changerRole(
                                r.domaine(),
                                r.id("id"),
                                f.texte("role").flatMap(PagesEquipe::role).orElse(null));
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
                        return Reponse.redirection("/app/equipe?fait=role-change");
                    } catch (DomainException e) {
                        if (e.code() == CodeErreur.INTROUVABLE) {
                            throw e;
                        }
                        return equipe(
                                r,
                                422,
                                Map.of(),
                                Map.of("", e.violations().get(0).message()));
                    }
                });
        t.route(
                "POST",
                "/app/equipe/:id/retrait",
                Role.ADMINISTRATION,
                "Retire un membre du domaine",
                Void.class,
                Route.Page.class,
                r -> {
                    try {
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
                        return Reponse.redirection("/app/equipe?fait=membre-retire");
                    } catch (DomainException e) {
                        if (e.code() == CodeErreur.INTROUVABLE) {
                            throw e;
                        }
                        return equipe(
                                r,
                                422,
                                Map.of(),
                                Map.of("", e.violations().get(0).message()));
                    }
                });
        t.route(
                "GET",
                "/app/jetons",
                Role.ADMINISTRATION,
                "Les jetons d'API du domaine",
                Void.class,
                Route.Page.class,
                r -> jetons(r, 200, Map.of(), Map.of(), Optional.empty()));
        t.route(
                "POST",
                "/app/jetons",
                Role.ADMINISTRATION,
                "Crée un jeton d'API, montré une seule fois",
                Void.class,
                Route.Page.class,
                r -> {
                    Formulaire f = Formulaire.de(r.corps());
                    try {
                        JetonCree cree = comptes.creerJeton(
                                r.domaine(),
                                r.utilisateur().orElseThrow().id(),
                                f.obligatoire("nom"),
                                f.date("expire"));
                        Journal.evenement(
                                "jeton_cree",
                                Map.of(
                                        "par",
                                        r.utilisateur().orElseThrow().id(),
                                        "domaine",
                                        r.domaine(),
                                        "jeton",
                                        cree.id()));
                        // Shown on this answer only (no redirect): reloading the page never shows it again.
                        return jetons(r, 201, Map.of(), Map.of(), Optional.of(cree));
                    } catch (DomainException e) {
                        return jetons(r, 422, f.saisi(), Vue.erreurs(e), Optional.empty());
                    }
                });
        t.route(
                "POST",
                "/app/jetons/:id/revocation",
                Role.ADMINISTRATION,
                "Révoque un jeton d'API",
                Void.class,
                Route.Page.class,
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
                    return Reponse.redirection("/app/jetons?fait=jeton-revoque");
                });
        t.route(
                "GET",
                "/app/compte",
                Role.TOUS,
                "Mon compte : changer de mot de passe",
                Void.class,
                Route.Page.class,
                r -> compte(r, 200, Map.of()));
        t.route("POST", "/app/compte", Role.TOUS, "Change son mot de passe", Void.class, Route.Page.class, r -> {
            Formulaire f = Formulaire.de(r.corps());
            try {
                Session s = comptes.changerMotDePasse(
                        new Session(
                                r.session().orElseThrow(),
                                r.csrf().orElse(""),
                                r.utilisateur().orElseThrow()),
                        f.motDePasse("motDePasse"),
                        f.motDePasse("nouveauMotDePasse"));
                Journal.evenement(
                        "mot_de_passe_change",
                        Map.of(
                                "utilisateur",
                                s.utilisateur().id(),
                                "domaine",
                                s.utilisateur().domaineId()));
                return new Reponse(
                        303,
                        new Api.Connexion(
                                s.cookie(),
                                CompteService.DUREE_MAX_SESSION.toSeconds(),
                                new Api.Redirection("/app/compte?fait=mot-de-passe-change")),
                        null,
                        null);
            } catch (DomainException e) {
                return compte(r, 422, Vue.erreurs(e));
            }
        });
    }

    private static Optional<Role> role(String texte) {
        try {
            return Optional.of(Role.valueOf(texte));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Reponse equipe(Requete r, int statut, Map<String, String> saisi, Map<String, String> erreurs) {
        long moi = r.utilisateur().orElseThrow().id();
        List<Map<String, Object>> membres = comptes.membres(r.domaine()).stream()
                .map(u -> Map.<String, Object>of(
                        "id",
                        u.id(),
                        "nom",
                        u.nom(),
                        "email",
                        u.email(),
                        "role",
                        u.role().name(),
                        "libelle",
                        u.role().libelle(),
                        "invite",
                        u.statut() == StatutMembre.INVITE,
                        "moi",
                        u.id() == moi))
                .toList();
        List<Map<String, String>> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            roles.add(Map.of("code", role.name(), "libelle", role.libelle(), "description", role.description()));
        }
        return vue.page(
                r,
                statut,
                "pages/equipe.ftlh",
                "Équipe",
                "equipe",
                Map.of("membres", membres, "roles", roles, "saisi", saisi, "erreurs", erreurs));
    }

    private Reponse jetons(
            Requete r, int statut, Map<String, String> saisi, Map<String, String> erreurs, Optional<JetonCree> cree) {
        Map<Long, String> noms = new HashMap<>();
        comptes.membres(r.domaine()).forEach(u -> noms.put(u.id(), u.nom()));
        java.time.Instant maintenant = java.time.Instant.now();
        List<Map<String, Object>> liste = comptes.jetons(r.domaine()).stream()
                .map(j -> Map.<String, Object>of(
                        "id",
                        j.id(),
                        "nom",
                        j.nom(),
                        "membre",
                        noms.getOrDefault(j.utilisateurId(), "membre retiré"),
                        "cree",
                        Vue.date(LocalDate.ofInstant(j.creeLe(), ZoneOffset.UTC)),
                        "jusquau",
                        dernierJour(j.expire()),
                        "expire",
                        !j.expire().isAfter(maintenant)))
                .toList();
        Map<String, Object> modele = new HashMap<>();
        modele.put("jetons", liste);
        modele.put("saisi", saisi);
        modele.put("erreurs", erreurs);
        cree.ifPresent(c -> modele.put("nouveau", Map.of("jeton", c.jeton(), "jusquau", dernierJour(c.expire()))));
        return vue.page(r, statut, "pages/jetons.ftlh", "Jetons d'API", "jetons", modele);
    }

    /** The last day a token works, as a person reads it (it stops at the end of that day, UTC). */
    private static String dernierJour(java.time.Instant expire) {
        return Vue.date(LocalDate.ofInstant(expire.minusSeconds(1), ZoneOffset.UTC));
    }

    private Reponse compte(Requete r, int statut, Map<String, String> erreurs) {
        return vue.page(
                r,
                statut,
                "pages/compte.ftlh",
                "Mon compte",
                "compte",
                Map.of(
                        "erreurs",
                        erreurs,
                        "plusieurs",
                        comptes.adhesions(r.utilisateur().orElseThrow()).size() > 1));
    }
}
