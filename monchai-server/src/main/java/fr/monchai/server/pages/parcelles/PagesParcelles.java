package fr.monchai.server.pages.parcelles;

import fr.monchai.comptes.Role;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.Route;
import fr.monchai.server.http.TableRoutes;
import fr.monchai.server.pages.DeclarationPages;
import fr.monchai.server.pages.Formulaire;
import fr.monchai.server.pages.Gabarit;
import fr.monchai.server.pages.Vue;
import fr.monchai.server.textes.Formats;
import fr.monchai.server.textes.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parcelles: the list with its search, a parcelle's form (new or changed), and deleting one never harvested. */
public final class PagesParcelles implements Ressource {

    /**
     * The list.
     *
     * @param parcelles the parcelles matching the search
     * @param q the search typed
     */
    public record Liste(List<Ligne> parcelles, String q) {}

    /**
     * A parcelle in the list.
     *
     * @param id its id
     * @param nom its name
     * @param cepage its grape variety
     * @param surface its surface in ha, as shown
     * @param plantation its planting year, or {@code ""}
     */
    public record Ligne(long id, String nom, String cepage, String surface, String plantation) {}

    /**
     * A parcelle's form.
     *
     * @param id the parcelle's id, 0 for a new one
     * @param saisi what the form holds, by field
     * @param erreurs the core's refusals, by field
     */
    public record Fiche(long id, Map<String, String> saisi, Map<String, String> erreurs) {}

    static final Gabarit<Liste> LISTE = Gabarit.de("parcelles/parcelles.ftlh", Liste.class);
    static final Gabarit<Fiche> FICHE = Gabarit.de("parcelles/parcelle.ftlh", Fiche.class);
    private static final String SECTION = "/app/parcelles";

    private final Vue vue;

    /** @param vue the pages' layout */
    public PagesParcelles(Vue vue) {
        this.vue = vue;
    }

    @Override
    public void declarer(TableRoutes t) {
        DeclarationPages p = DeclarationPages.dans(t);
        p.place(
                SECTION,
                Role.TOUS,
                "Les parcelles",
                new Route.Place(Messages.texte("nav.parcelles"), 40, true),
                this::liste);
        p.get("/app/parcelles/nouvelle", Role.CHAI, "Nouvelle parcelle", this::nouvelle);
        p.post(SECTION, Role.CHAI, "Crée une parcelle", this::creer);
        p.get("/app/parcelles/:id", Role.TOUS, "Une parcelle", this::fiche);
        p.post("/app/parcelles/:id", Role.CHAI, "Modifie une parcelle", this::modifier);
        p.post("/app/parcelles/:id/supprimer", Role.CORRECTION, "Supprime une parcelle sans vendange", this::supprimer);
    }

    private Reponse liste(Requete r) {
        String q = r.query("q").orElse("");
        List<Ligne> lignes = r.chai().parcelles(q).stream()
                .map(p -> new Ligne(
                        p.id(),
                        p.nom(),
                        p.cepage(),
                        Formats.decimal(p.surfaceHa()),
                        p.anneePlantation().isPresent()
                                ? Integer.toString(p.anneePlantation().getAsInt())
                                : ""))
                .toList();
        return vue.page(r, 200, LISTE, Messages.texte("nav.parcelles"), SECTION, new Liste(lignes, q));
    }

    private Reponse nouvelle(Requete r) {
        return fiche(r, 200, Optional.empty(), Map.of(), Map.of());
    }

    private Reponse creer(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        try {
            r.chai().creerParcelle(nouvelleParcelle(f));
            return Reponse.redirection("/app/parcelles?fait=parcelle-creee");
        } catch (DomainException e) {
            return fiche(r, 422, Optional.empty(), f.saisi(), Vue.erreurs(e));
        }
    }

    private Reponse fiche(Requete r) {
        Parcelle p = parcelle(r);
        return fiche(r, 200, Optional.of(p), saisie(p), Map.of());
    }

    private Reponse modifier(Requete r) {
        Parcelle p = parcelle(r);
        Formulaire f = Formulaire.de(r.corps());
        try {
            r.chai().modifierParcelle(p.id(), nouvelleParcelle(f));
            return Reponse.redirection("/app/parcelles?fait=parcelle-modifiee");
        } catch (DomainException e) {
            return fiche(r, 422, Optional.of(p), f.saisi(), Vue.erreurs(e));
        }
    }

    private Reponse supprimer(Requete r) {
        Parcelle p = parcelle(r);
        try {
            r.chai().supprimerParcelle(p.id());
            return Reponse.redirection("/app/parcelles?fait=parcelle-supprimee");
        } catch (DomainException e) {
            return fiche(r, 422, Optional.of(p), saisie(p), Vue.erreurGenerale(e));
        }
    }

    private static Parcelle parcelle(Requete r) {
        return Exiger.trouve(r.chai().parcelle(r.id("id")), "id", "la parcelle", r.id("id"));
    }

    private static NouvelleParcelle nouvelleParcelle(Formulaire f) {
        return new NouvelleParcelle(
                f.obligatoire("nom"),
                f.obligatoire("cepage"),
                f.decimal("surfaceHa").orElse(null),
                f.decimal("lat"),
                f.decimal("lng"),
                f.entier("anneePlantation").map(Long::intValue));
    }

    private static Map<String, String> saisie(Parcelle p) {
        Map<String, String> s = new HashMap<>();
        s.put("nom", p.nom());
        s.put("cepage", p.cepage());
        s.put("surfaceHa", Formats.saisie(p.surfaceHa()));
        p.position().ifPresent(c -> {
            s.put("lat", Formats.saisie(c.lat()));
            s.put("lng", Formats.saisie(c.lng()));
        });
        if (p.anneePlantation().isPresent()) {
            s.put("anneePlantation", Integer.toString(p.anneePlantation().getAsInt()));
        }
        return s;
    }

    private Reponse fiche(
            Requete r, int statut, Optional<Parcelle> p, Map<String, String> saisi, Map<String, String> erreurs) {
        return vue.page(
                r,
                statut,
                FICHE,
                p.map(Parcelle::nom).orElse("Nouvelle parcelle"),
                SECTION,
                new Fiche(p.map(Parcelle::id).orElse(0L), saisi, erreurs));
    }
}
