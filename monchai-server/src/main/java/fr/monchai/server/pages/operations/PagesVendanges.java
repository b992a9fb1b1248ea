package fr.monchai.server.pages.operations;

import fr.monchai.comptes.Role;
import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.chai.FiltreVendanges;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.commun.Calendrier;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.TableRoutes;
import fr.monchai.server.pages.CarteCuve;
import fr.monchai.server.pages.Choix;
import fr.monchai.server.pages.DeclarationPages;
import fr.monchai.server.pages.Formulaire;
import fr.monchai.server.pages.Gabarit;
import fr.monchai.server.pages.Operations;
import fr.monchai.server.pages.Vue;
import fr.monchai.server.pages.cuverie.PagesCuverie;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The harvest in one page: parcelle, volume, the cuve that receives it, its product, entered or validated at once. */
public final class PagesVendanges implements Ressource {

    /**
     * The harvest form.
     *
     * @param parcelles the parcelles to choose from
     * @param cuves the cuves to choose from
     * @param produits the products offered for an empty cuve
     * @param saisi what the form holds
     * @param erreurs the core's refusals, by field
     */
    public record FormVendange(
            List<Choix> parcelles,
            List<CarteCuve> cuves,
            List<Choix> produits,
            Map<String, String> saisi,
            Map<String, String> erreurs) {}

    static final Gabarit<FormVendange> VENDANGE = Gabarit.de("operations/vendange.ftlh", FormVendange.class);

    private final Vue vue;
    private final ProduitsProposes produits;
    private final Clock horloge;

    /**
     * @param vue the pages' layout
     * @param produits the products a form offers
     * @param horloge the clock that says today
     */
    public PagesVendanges(Vue vue, ProduitsProposes produits, Clock horloge) {
        this.vue = vue;
        this.produits = produits;
        this.horloge = horloge;
    }

    @Override
    public void declarer(TableRoutes t) {
        DeclarationPages p = DeclarationPages.dans(t);
        p.get("/app/vendanges/nouvelle", Role.CHAI, "Nouvelle vendange", r -> form(r, 200, Map.of(), Map.of()));
        p.post("/app/vendanges", Role.CHAI, "Enregistre une vendange", this::enregistrer);
    }

    private Reponse enregistrer(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        try {
            boolean valider = Operations.valider(f);
            NouvelleVendange saisie = new NouvelleVendange(
                    f.entier("parcelleId").orElse(null),
                    f.date("date").orElse(null),
                    f.decimal("volumeHl").orElse(null),
                    f.decimal("dechetsHl"),
                    f.entier("cuveId").orElse(null),
                    produits.choisi(r, f));
            var m = Operations.enregistrer(
                    r,
                    valider,
                    d -> d.mouvement(d.enregistrerVendange(saisie).mouvementId().getAsLong())
                            .orElseThrow());
            return Operations.apres(r, m, valider ? "vendange-validee" : "vendange-brouillon");
        } catch (DomainException e) {
            return form(r, 422, f.saisi(), Vue.erreurs(e));
        }
    }

    private Reponse form(Requete r, int statut, Map<String, String> saisi, Map<String, String> erreurs) {
        ChaiDomaine d = r.chai();
        List<Parcelle> parcelles = d.parcelles("");
        Map<String, String> valeurs = new HashMap<>(saisi);
        valeurs.putIfAbsent("date", Calendrier.aujourdhui(horloge).toString());
        r.query("cuve").ifPresent(c -> valeurs.putIfAbsent("cuveId", c));
        // The parcelle harvested last is chosen (the next load is most often from the same plot), or the only one;
        // otherwise none: never the first in alphabetical order, which a hurried person would validate unread.
        List<Vendange> vendanges = d.vendanges(FiltreVendanges.TOUT);
        if (!vendanges.isEmpty()) {
            valeurs.putIfAbsent(
                    "parcelleId",
                    Long.toString(vendanges.get(vendanges.size() - 1).parcelleId()));
        } else if (parcelles.size() == 1) {
            valeurs.putIfAbsent("parcelleId", Long.toString(parcelles.get(0).id()));
        }
        return vue.page(
                r,
                statut,
                VENDANGE,
                "Nouvelle vendange",
                PagesCuverie.SECTION,
                new FormVendange(
                        parcelles.stream()
                                .map(p -> new Choix(Long.toString(p.id()), p.nom() + " (" + p.cepage() + ")"))
                                .toList(),
                        d.etatCuves().stream().map(CarteCuve::de).toList(),
                        produits.choix(r),
                        valeurs,
                        erreurs));
    }
}
