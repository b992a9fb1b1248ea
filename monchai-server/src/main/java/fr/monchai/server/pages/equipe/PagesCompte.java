package fr.monchai.server.pages.equipe;

import fr.monchai.comptes.CompteService;
import fr.monchai.comptes.Role;
import fr.monchai.comptes.Session;
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
import fr.monchai.server.textes.Messages;
import java.util.Map;

/** A person's own account: changing their password, which ends their other sessions. */
public final class PagesCompte implements Ressource {

    /**
     * The account page.
     *
     * @param plusieurs whether the person belongs to several domaines (the password is theirs in all)
     * @param erreurs the core's refusals, by field
     */
    public record Compte(boolean plusieurs, Map<String, String> erreurs) {}

    static final Gabarit<Compte> COMPTE = Gabarit.de("equipe/compte.ftlh", Compte.class);

    private final Vue vue;
    private final CompteService comptes;

    /**
     * @param vue the pages' layout
     * @param comptes the accounts
     */
    public PagesCompte(Vue vue, CompteService comptes) {
        this.vue = vue;
        this.comptes = comptes;
    }

    @Override
    public void declarer(TableRoutes t) {
        DeclarationPages p = DeclarationPages.dans(t);
        p.place(
                "/app/compte",
                Role.TOUS,
                "Mon compte : changer de mot de passe",
                new Route.Place(Messages.texte("nav.compte"), 70, false),
                r -> compte(r, 200, Map.of()));
        p.post("/app/compte", Role.TOUS, "Change son mot de passe", this::changerMotDePasse);
    }

    private Reponse changerMotDePasse(Requete r) {
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
            return new Reponse.Connexion(
                    s.cookie(),
                    CompteService.DUREE_MAX_SESSION.toSeconds(),
                    Reponse.redirection("/app/compte?fait=mot-de-passe-change"));
        } catch (DomainException e) {
            return compte(r, 422, Vue.erreurs(e));
        }
    }

    private Reponse compte(Requete r, int statut, Map<String, String> erreurs) {
        return vue.page(
                r,
                statut,
                COMPTE,
                Messages.texte("nav.compte"),
                "/app/compte",
                new Compte(comptes.adhesions(r.utilisateur().orElseThrow()).size() > 1, erreurs));
    }
}
