package fr.monchai.server.pages;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.compte.CompteService;
import fr.monchai.core.compte.Role;
import fr.monchai.server.api.Reponse;
import fr.monchai.server.api.Requete;
import fr.monchai.server.api.Ressource;
import fr.monchai.server.api.Route;
import fr.monchai.server.api.TableRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The team of a domaine: its members, inviting one by address with a role, changing a role. Administrators only. */
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
        t.route("GET", "/app/equipe", Role.ADMINISTRATION, "L'équipe du domaine", Void.class, Route.Page.class,
                r -> equipe(r, 200, Map.of(), Map.of()));
        t.route("POST", "/app/equipe", Role.ADMINISTRATION, "Invite un membre", Void.class, Route.Page.class, r -> {
            Formulaire f = Formulaire.de(r.corps());
            try {
                Role role = f.texte("role").flatMap(PagesEquipe::role).orElse(null);
                comptes.inviter(r.domaine(), f.obligatoire("email"), f.obligatoire("nom"), role, f.obligatoire("motDePasse"));
                return Reponse.redirection("/app/equipe?fait=membre-invite");
            } catch (DomainException e) {
                Map<String, String> saisi = new java.util.HashMap<>(f.saisi());
                saisi.remove("motDePasse");
                return equipe(r, 422, saisi, Vue.erreurs(e));
            }
        });
        t.route("GET", "/app/compte", Role.TOUS, "Mon compte : changer de mot de passe", Void.class, Route.Page.class,
                r -> vue.page(r, 200, "pages/compte.ftlh", "Mon compte", "compte", Map.of()));
        t.route("POST", "/app/compte", Role.TOUS, "Change son mot de passe", Void.class, Route.Page.class, r -> {
            Formulaire f = Formulaire.de(r.corps());
            try {
                comptes.changerMotDePasse(r.utilisateur().orElseThrow(), f.obligatoire("motDePasse"), f.obligatoire("nouveauMotDePasse"));
                return Reponse.redirection("/app/compte?fait=mot-de-passe-change");
            } catch (DomainException e) {
                return vue.page(r, 422, "pages/compte.ftlh", "Mon compte", "compte", Map.of("erreurs", Vue.erreurs(e)));
            }
        });
        t.route("POST", "/app/equipe/:id/role", Role.ADMINISTRATION, "Change le rôle d'un membre", Void.class, Route.Page.class, r -> {
            Formulaire f = Formulaire.de(r.corps());
            try {
                comptes.changerRole(r.domaine(), r.id("id"), f.texte("role").flatMap(PagesEquipe::role).orElse(null));
                return Reponse.redirection("/app/equipe?fait=role-change");
            } catch (DomainException e) {
                if (e.code() == fr.monchai.core.commun.CodeErreur.INTROUVABLE) {
                    throw e;
                }
                return equipe(r, 422, Map.of(), Map.of("", e.violations().get(0).message()));
            }
        });
    }

    private static java.util.Optional<Role> role(String texte) {
        try {
            return java.util.Optional.of(Role.valueOf(texte));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private Reponse equipe(Requete r, int statut, Map<String, String> saisi, Map<String, String> erreurs) {
        List<Map<String, Object>> membres = comptes.membres(r.domaine()).stream().map(u -> Map.<String, Object>of("id", u.id(),
                "nom", u.nom(), "email", u.email(), "role", u.role().name(), "libelle", Vue.libelle(u.role()))).toList();
        List<Map<String, String>> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            roles.add(Map.of("code", role.name(), "libelle", Vue.libelle(role)));
        }
        return vue.page(r, statut, "pages/equipe.ftlh", "Équipe", "equipe", Map.of("membres", membres, "roles", roles,
                "saisi", saisi, "erreurs", erreurs));
    }
}
