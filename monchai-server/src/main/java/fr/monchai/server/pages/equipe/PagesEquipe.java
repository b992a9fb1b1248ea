package fr.monchai.server.pages.equipe;

import fr.monchai.comptes.CompteService;
import fr.monchai.comptes.JetonCree;
import fr.monchai.comptes.Role;
import fr.monchai.comptes.StatutMembre;
import fr.monchai.comptes.Utilisateur;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
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
import fr.monchai.server.textes.Formats;
import fr.monchai.server.textes.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The team of a domaine (administrators): its members and invitations, inviting an address
 * with a role (a link is mailed; nobody types another person's password), changing a role,
 * removing a member; the domaine's API tokens (created, shown once, revoked).
 */
public final class PagesEquipe implements Ressource {

    /**
     * The team.
     *
     * @param membres the members and the people invited
     * @param roles the roles to choose from, with what each may do
     * @param saisi what the invitation form holds
     * @param erreurs the core's refusals, by field
     */
    public record Equipe(
            List<Membre> membres, List<RoleDecrit> roles, Map<String, String> saisi, Map<String, String> erreurs) {}

    /**
     * A member.
     *
     * @param id their id
     * @param nom their name
     * @param email their address
     * @param role their role's code
     * @param libelle their role in words
     * @param invite whether they have not accepted yet
     * @param moi whether it is the person looking
     */
    public record Membre(long id, String nom, String email, String role, String libelle, boolean invite, boolean moi) {}

    /**
     * A role to choose.
     *
     * @param code its code
     * @param libelle its name
     * @param description what it may do
     */
    public record RoleDecrit(String code, String libelle, String description) {}

    /**
     * The API tokens.
     *
     * @param jetons the domaine's tokens
     * @param nouveau the token just created, shown once (zero or one)
     * @param saisi what the form holds
     * @param erreurs the core's refusals, by field
     */
    public record Jetons(
            List<Jeton> jetons, List<NouveauJeton> nouveau, Map<String, String> saisi, Map<String, String> erreurs) {}

    /**
     * A token.
     *
     * @param id its id
     * @param nom its name
     * @param membre who created it
     * @param cree the day it was created
     * @param jusquau the last day it works
     * @param expire whether it no longer works
     */
    public record Jeton(long id, String nom, String membre, String cree, String jusquau, boolean expire) {}

    /**
     * A token just created.
     *
     * @param jeton its secret, shown this once
     * @param jusquau the last day it works
     */
    public record NouveauJeton(String jeton, String jusquau) {}

    static final Gabarit<Equipe> EQUIPE = Gabarit.de("equipe/equipe.ftlh", Equipe.class);
    static final Gabarit<Jetons> JETONS = Gabarit.de("equipe/jetons.ftlh", Jetons.class);

    private final Vue vue;
    private final CompteService comptes;
    private final Clock horloge;

    /**
     * @param vue the pages' layout
     * @param comptes the accounts
     * @param horloge the clock that says whether a token has expired
     */
    public PagesEquipe(Vue vue, CompteService comptes, Clock horloge) {
        this.vue = vue;
        this.comptes = comptes;
        this.horloge = horloge;
    }

    @Override
    public void declarer(TableRoutes t) {
        DeclarationPages p = DeclarationPages.dans(t);
        p.place(
                "/app/equipe",
                Role.ADMINISTRATION,
                "L'équipe du domaine",
                new Route.Place(Messages.texte("nav.equipe"), 50, false),
                r -> equipe(r, 200, Map.of(), Map.of()));
        p.post("/app/equipe", Role.ADMINISTRATION, "Invite une personne : un lien part à son adresse", this::inviter);
        p.post("/app/equipe/:id/role", Role.ADMINISTRATION, "Change le rôle d'un membre", this::changerRole);
        p.post("/app/equipe/:id/retrait", Role.ADMINISTRATION, "Retire un membre du domaine", this::retirer);
        p.place(
                "/app/jetons",
                Role.ADMINISTRATION,
                "Les jetons d'API du domaine",
                new Route.Place(Messages.texte("nav.jetons"), 60, false),
                r -> jetons(r, 200, Map.of(), Map.of(), Optional.empty()));
        p.post("/app/jetons", Role.ADMINISTRATION, "Crée un jeton d'API, montré une seule fois", this::creerJeton);
        p.post("/app/jetons/:id/revocation", Role.ADMINISTRATION, "Révoque un jeton d'API", this::revoquerJeton);
    }

    private Reponse inviter(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        try {
            Role role = f.texte("role").flatMap(PagesEquipe::role).orElse(null);
            Utilisateur invite = comptes.inviter(
                    r.domaine(), r.utilisateur().orElseThrow(), f.obligatoire("email"), f.obligatoire("nom"), role);
            Journal.evenement(
                    "membre_invite",
                    Map.of(
                            "par", r.utilisateur().orElseThrow().id(),
                            "domaine", r.domaine(),
                            "utilisateur", invite.id(),
                            "role", invite.role().name()));
            return Reponse.redirection("/app/equipe?fait=membre-invite");
        } catch (DomainException e) {
            return equipe(r, 422, f.saisi(), Vue.erreurs(e));
        }
    }

    private Reponse changerRole(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        try {
            Utilisateur u = comptes.changerRole(
                    r.domaine(),
                    r.id("id"),
                    f.texte("role").flatMap(PagesEquipe::role).orElse(null));
            Journal.evenement(
                    "role_change",
                    Map.of(
                            "par", r.utilisateur().orElseThrow().id(),
                            "domaine", r.domaine(),
                            "utilisateur", u.id(),
                            "role", u.role().name()));
            return Reponse.redirection("/app/equipe?fait=role-change");
        } catch (DomainException e) {
            if (e.code() == CodeErreur.INTROUVABLE) {
                throw e;
            }
            return equipe(r, 422, Map.of(), Vue.erreurGenerale(e));
        }
    }

    private Reponse retirer(Requete r) {
        try {
            Utilisateur u = comptes.retirer(r.domaine(), r.id("id"));
            Journal.evenement(
                    "membre_retire",
                    Map.of("par", r.utilisateur().orElseThrow().id(), "domaine", r.domaine(), "utilisateur", u.id()));
            return Reponse.redirection("/app/equipe?fait=membre-retire");
        } catch (DomainException e) {
            if (e.code() == CodeErreur.INTROUVABLE) {
                throw e;
            }
            return equipe(r, 422, Map.of(), Vue.erreurGenerale(e));
        }
    }

    private Reponse creerJeton(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        try {
            JetonCree cree = comptes.creerJeton(
                    r.domaine(), r.utilisateur().orElseThrow().id(), f.obligatoire("nom"), f.date("expire"));
            Journal.evenement(
                    "jeton_cree",
                    Map.of("par", r.utilisateur().orElseThrow().id(), "domaine", r.domaine(), "jeton", cree.id()));
            // Shown on this answer only (no redirect): reloading the page never shows it again.
            return jetons(r, 201, Map.of(), Map.of(), Optional.of(cree));
        } catch (DomainException e) {
            return jetons(r, 422, f.saisi(), Vue.erreurs(e), Optional.empty());
        }
    }

    private Reponse revoquerJeton(Requete r) {
        comptes.revoquerJeton(r.domaine(), r.id("id"));
        Journal.evenement(
                "jeton_revoque",
                Map.of("par", r.utilisateur().orElseThrow().id(), "domaine", r.domaine(), "jeton", r.id("id")));
        return Reponse.redirection("/app/jetons?fait=jeton-revoque");
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
        List<Membre> membres = comptes.membres(r.domaine()).stream()
                .map(u -> new Membre(
                        u.id(),
                        u.nom(),
                        u.email(),
                        u.role().name(),
                        u.role().libelle(),
                        u.statut() == StatutMembre.INVITE,
                        u.id() == moi))
                .toList();
        List<RoleDecrit> roles = java.util.Arrays.stream(Role.values())
                .map(role -> new RoleDecrit(role.name(), role.libelle(), role.description()))
                .toList();
        return vue.page(
                r,
                statut,
                EQUIPE,
                Messages.texte("nav.equipe"),
                "/app/equipe",
                new Equipe(membres, roles, saisi, erreurs));
    }

    private Reponse jetons(
            Requete r, int statut, Map<String, String> saisi, Map<String, String> erreurs, Optional<JetonCree> cree) {
        Map<Long, String> noms = new HashMap<>();
        comptes.membres(r.domaine()).forEach(u -> noms.put(u.id(), u.nom()));
        Instant maintenant = horloge.instant();
        List<Jeton> liste = comptes.jetons(r.domaine()).stream()
                .map(j -> new Jeton(
                        j.id(),
                        j.nom(),
                        noms.getOrDefault(j.utilisateurId(), "membre retiré"),
                        Formats.date(LocalDate.ofInstant(j.creeLe(), ZoneOffset.UTC)),
                        dernierJour(j.expire()),
                        !j.expire().isAfter(maintenant)))
                .toList();
        return vue.page(
                r,
                statut,
                JETONS,
                Messages.texte("nav.jetons"),
                "/app/jetons",
                new Jetons(
                        liste,
                        cree.map(c -> new NouveauJeton(c.jeton(), dernierJour(c.expire()))).stream()
                                .toList(),
                        saisi,
                        erreurs));
    }

    /** The last day a token works, as a person reads it (it stops at the end of that day, UTC). */
    private static String dernierJour(Instant expire) {
        return Formats.date(LocalDate.ofInstant(expire.minusSeconds(1), ZoneOffset.UTC));
    }
}
