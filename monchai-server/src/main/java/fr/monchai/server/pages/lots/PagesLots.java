package fr.monchai.server.pages.lots;

import fr.monchai.comptes.Role;
import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.chai.Composant;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.Tracabilite;
import fr.monchai.core.vente.StatutCommande;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.TableRoutes;
import fr.monchai.server.pages.DeclarationPages;
import fr.monchai.server.pages.Gabarit;
import fr.monchai.server.pages.LigneJournal;
import fr.monchai.server.pages.Vue;
import fr.monchai.server.pages.cuverie.PagesCuverie;
import fr.monchai.server.textes.Formats;
import fr.monchai.server.textes.Libelles;
import fr.monchai.server.textes.Pourcentages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lot's page: what it is made of (shares summing to 100 %), where it came from and where it went — the lots made
 * from it, its bottles and the customers who received them (for a recall) — and its history.
 */
public final class PagesLots implements Ressource {

    /**
     * A lot's page.
     *
     * @param lot the lot
     * @param composition its parts by vintage, variety, parcelle and appellation
     * @param parcelles the parcelles it came from
     * @param lotsAval the lots made from it
     * @param bouteilles the bottles made from it
     * @param historique its movements, newest first
     */
    public record FicheLot(
            Entete lot,
            List<Part> composition,
            List<String> parcelles,
            List<LotAval> lotsAval,
            List<Bouteilles> bouteilles,
            List<LigneJournal> historique) {}

    /**
     * What the lot is.
     *
     * @param id its id
     * @param reference its reference
     * @param produit its product
     * @param volume its volume in hl, to the hundredth
     * @param cuveId its cuve
     * @param cuve its cuve's name
     */
    public record Entete(long id, String reference, String produit, String volume, long cuveId, String cuve) {}

    /**
     * A part of its composition.
     *
     * @param millesime the vintage, or {@code ""}
     * @param cepage the grape variety
     * @param parcelle the parcelle's name, or {@code ""}
     * @param appellation the appellation
     * @param volume its volume in hl, to the hundredth
     * @param part its share in percent, as shown
     */
    public record Part(
            String millesime, String cepage, String parcelle, String appellation, String volume, String part) {}

    /**
     * A lot made from it.
     *
     * @param id its id
     * @param reference its reference
     * @param produit its product
     */
    public record LotAval(long id, String reference, String produit) {}

    /**
     * Bottles made from it.
     *
     * @param reference the bottle lot's reference
     * @param produit its product
     * @param nombre how many, as shown
     * @param contenance the bottle's size
     * @param date the bottling day
     * @param livraisons who received them
     */
    public record Bouteilles(
            String reference,
            String produit,
            String nombre,
            String contenance,
            String date,
            List<Livraison> livraisons) {}

    /**
     * A delivery of those bottles.
     *
     * @param client the customer
     * @param date the order's day
     * @param nombre how many bottles, as shown
     * @param commande the order's id
     */
    public record Livraison(String client, String date, String nombre, long commande) {}

    static final Gabarit<FicheLot> LOT = Gabarit.de("lots/lot.ftlh", FicheLot.class);

    private final Vue vue;

    /** @param vue the pages' layout */
    public PagesLots(Vue vue) {
        this.vue = vue;
    }

    @Override
    public void declarer(TableRoutes t) {
        DeclarationPages.dans(t)
                .get("/app/lots/:id", Role.TOUS, "Un lot : composition, historique, traçabilité", this::lot);
    }

    private Reponse lot(Requete r) {
        ChaiDomaine d = r.chai();
        Lot lot = Exiger.trouve(d.lot(r.id("id")), "id", "le lot", r.id("id"));
        Compte compte = new Compte.DeLot(lot.id());
        Libelles libelles = new Libelles(d);
        List<Map.Entry<Composant, Volume>> parts =
                new ArrayList<>(d.composition(compte).parts().entrySet());
        List<String> pourcents = Pourcentages.de(
                parts.stream().map(e -> e.getValue().millilitres()).toList());
        List<Part> composition = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Composant c = parts.get(i).getKey();
            composition.add(new Part(
                    c.millesime().isPresent() ? Integer.toString(c.millesime().getAsInt()) : "",
                    c.cepage(),
                    c.parcelleId().isPresent()
                            ? d.parcelle(c.parcelleId().getAsLong())
                                    .map(Parcelle::nom)
                                    .orElse("")
                            : "",
                    c.appellation(),
                    Formats.hl2(parts.get(i).getValue()),
                    pourcents.get(i)));
        }
        Tracabilite amont = d.tracabiliteAmont(compte);
        Tracabilite aval = d.tracabiliteAval(compte);
        List<Bouteilles> bouteilles = new ArrayList<>();
        for (long id : aval.bouteilleLots()) {
            d.bouteilleLot(id)
                    .ifPresent(b -> bouteilles.add(new Bouteilles(
                            b.reference(),
                            b.produit().libelleDouane(),
                            Formats.nombre(b.nbBouteilles()),
                            b.contenanceMl() / 10 + " cl",
                            Formats.date(b.date()),
                            livraisons(d, b.id()))));
        }
        List<Mouvement> mouvements = new ArrayList<>(d.journal(FiltreJournal.TOUT.lot(lot.id())));
        Collections.reverse(mouvements);
        return vue.page(
                r,
                200,
                LOT,
                "Lot " + lot.reference(),
                PagesCuverie.SECTION,
                new FicheLot(
                        new Entete(
                                lot.id(),
                                lot.reference(),
                                lot.produit().libelleDouane(),
                                Formats.hl2(d.solde(compte)),
                                lot.cuveId(),
                                d.cuve(lot.cuveId()).map(Cuve::nom).orElse("")),
                        composition,
                        amont.parcelles().stream()
                                .map(id -> d.parcelle(id).map(Parcelle::nom).orElse("n° " + id))
                                .toList(),
                        aval.lots().stream()
                                .filter(id -> id != lot.id())
                                .map(d::lot)
                                .flatMap(Optional::stream)
                                .map(l -> new LotAval(
                                        l.id(), l.reference(), l.produit().libelleDouane()))
                                .toList(),
                        bouteilles,
                        mouvements.stream()
                                .map(m -> LigneJournal.de(m, libelles, d))
                                .toList()));
    }

    /** Who received bottles of that lot: the delivered orders of its products, for a recall. */
    private static List<Livraison> livraisons(ChaiDomaine d, long bouteilleLotId) {
        Map<Long, String> clients = new HashMap<>();
        d.ventes().clients().forEach(c -> clients.put(c.id(), c.nom()));
        List<Livraison> liste = new ArrayList<>();
        for (var c : d.ventes().commandes()) {
            if (c.statut() != StatutCommande.LIVREE) {
                continue;
            }
            long quantite = c.lignes().stream()
                    .filter(l -> d.ventes()
                            .produit(l.produitId())
                            .map(p -> p.bouteilleLotId() == bouteilleLotId)
                            .orElse(false))
                    .mapToLong(l -> l.quantite())
                    .sum();
            if (quantite > 0) {
                liste.add(new Livraison(
                        clients.getOrDefault(c.clientId(), "client n° " + c.clientId()),
                        Formats.date(c.date()),
                        Formats.nombre(quantite),
                        c.id()));
            }
        }
        return liste;
    }
}
