package fr.monchai.server.pages.operations;

import fr.monchai.comptes.Role;
import fr.monchai.core.chai.Contenances;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.commun.Calendrier;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.AjustementLot;
import fr.monchai.core.registre.Assemblage;
import fr.monchai.core.registre.EtatCuve;
import fr.monchai.core.registre.LotEnCuve;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.Perte;
import fr.monchai.core.registre.SensAjustement;
import fr.monchai.core.registre.SourceAssemblage;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.TableRoutes;
import fr.monchai.server.pages.CarteCuve;
import fr.monchai.server.pages.Choix;
import fr.monchai.server.pages.Cuves;
import fr.monchai.server.pages.DeclarationPages;
import fr.monchai.server.pages.Formulaire;
import fr.monchai.server.pages.Gabarit;
import fr.monchai.server.pages.Operations;
import fr.monchai.server.pages.Vue;
import fr.monchai.server.pages.cuverie.PagesCuverie;
import fr.monchai.server.textes.Formats;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The cellar operations on wine already in cuve: racking (with what arrives), a loss, an inventory adjustment, a
 * blend, a bottling (with the volume it takes). Each form is entered as a draft or validated at once, and lands where
 * its result shows.
 */
public final class PagesOperations implements Ressource {

    /**
     * The racking form.
     *
     * @param source the cuve the wine leaves
     * @param destinations the cuves it may go to
     * @param produits the products offered for the wine that results
     * @param saisi what the form holds
     * @param erreurs the core's refusals, by field
     */
    public record FormSoutirage(
            CarteCuve source,
            List<CarteCuve> destinations,
            List<Choix> produits,
            Map<String, String> saisi,
            Map<String, String> erreurs) {}

    /**
     * A loss's or an inventory adjustment's form.
     *
     * @param cuve the cuve
     * @param nature {@code perte} or {@code ajustement}
     * @param saisi what the form holds
     * @param erreurs the core's refusals, by field
     */
    public record FormOperation(
            CarteCuve cuve, String nature, Map<String, String> saisi, Map<String, String> erreurs) {}

    /**
     * The blend form.
     *
     * @param lots the lots that may go into it
     * @param cuves the cuves it may go to
     * @param saisi what the form holds
     * @param erreurs the core's refusals, by field
     */
    public record FormAssemblage(
            List<LotDisponible> lots, List<CarteCuve> cuves, Map<String, String> saisi, Map<String, String> erreurs) {}

    /**
     * A lot that may be blended or bottled.
     *
     * @param id the lot's id
     * @param reference its reference
     * @param produit its product
     * @param volume its volume in hl, as shown
     * @param cuve its cuve's name
     */
    public record LotDisponible(long id, String reference, String produit, String volume, String cuve) {}

    /**
     * The bottling form.
     *
     * @param lots the lots that may be bottled
     * @param contenances the bottle sizes: the law's and the domaine's own
     * @param saisi what the form holds
     * @param erreurs the core's refusals, by field
     */
    public record FormMiseEnBouteille(
            List<LotDisponible> lots,
            List<Choix> contenances,
            Map<String, String> saisi,
            Map<String, String> erreurs) {}

    static final Gabarit<FormSoutirage> SOUTIRAGE = Gabarit.de("operations/soutirage.ftlh", FormSoutirage.class);
    static final Gabarit<FormOperation> OPERATION = Gabarit.de("operations/operation.ftlh", FormOperation.class);
    static final Gabarit<FormAssemblage> ASSEMBLAGE = Gabarit.de("operations/assemblage.ftlh", FormAssemblage.class);
    static final Gabarit<FormMiseEnBouteille> MISE_EN_BOUTEILLE =
            Gabarit.de("operations/mise-en-bouteille.ftlh", FormMiseEnBouteille.class);

    private final Vue vue;
    private final ProduitsProposes produits;
    private final Clock horloge;

    /**
     * @param vue the pages' layout
     * @param produits the products a form offers
     * @param horloge the clock that says today
     */
    public PagesOperations(Vue vue, ProduitsProposes produits, Clock horloge) {
        this.vue = vue;
        this.produits = produits;
        this.horloge = horloge;
    }

    @Override
    public void declarer(TableRoutes t) {
        DeclarationPages p = DeclarationPages.dans(t);
        p.get("/app/cuves/:id/soutirage", Role.CHAI, "Soutirer ou transférer un lot", this::formSoutirage);
        p.post("/app/cuves/:id/soutirage", Role.CHAI, "Soutire un lot vers une autre cuve", this::soutirer);
        p.get(
                "/app/cuves/:id/soutirage/arrivee",
                Role.CHAI,
                "Ce qui arrive dans la cuve de destination (fragment)",
                this::arrivee);
        p.get("/app/cuves/:id/perte", Role.CHAI, "Constater une perte", r -> formOperation(r, "perte"));
        p.post("/app/cuves/:id/perte", Role.CHAI, "Constate une perte", this::constaterPerte);
        p.get(
                "/app/cuves/:id/ajustement",
                Role.CORRECTION,
                "Ajuster l'inventaire",
                r -> formOperation(r, "ajustement"));
        p.post("/app/cuves/:id/ajustement", Role.CORRECTION, "Ajuste l'inventaire d'un lot", this::ajuster);
        p.get("/app/assemblage", Role.CHAI, "Assembler des lots", r -> formAssemblage(r, 200, aujourdhui(), Map.of()));
        p.post("/app/assemblage", Role.CHAI, "Assemble des lots dans une cuve", this::assembler);
        p.get("/app/mise-en-bouteille", Role.CHAI, "Mettre un lot en bouteilles", this::formMiseEnBouteille);
        p.get(
                "/app/mise-en-bouteille/volume",
                Role.CHAI,
                "Le volume qu'une mise en bouteille prend (fragment)",
                this::volumeBouteilles);
        p.post("/app/mise-en-bouteille", Role.CHAI, "Met un lot en bouteilles", this::mettreEnBouteille);
    }

    private Map<String, String> aujourdhui() {
        return Map.of("date", Calendrier.aujourdhui(horloge).toString());
    }

    // --- racking

    private Reponse formSoutirage(Requete r) {
        return formSoutirage(r, 200, Cuves.etat(r), aujourdhui(), Map.of());
    }

    private Reponse soutirer(Requete r) {
        EtatCuve etat = Cuves.etat(r);
        Formulaire f = Formulaire.de(r.corps());
        try {
            long lot = Cuves.lot(etat, "sourceLotId").id();
            boolean valider = Operations.valider(f);
            Optional<fr.monchai.core.chai.ProduitFiscal> produit = produits.choisi(r, f);
            Mouvement m = Operations.enregistrer(
                    r,
                    valider,
                    d -> d.soutirer(new Soutirage(
                            lot,
                            f.entier("destinationCuveId").orElse(null),
                            f.decimal("volumeHl").orElse(null),
                            f.decimal("pertesHl"),
                            f.date("date").orElse(null),
                            produit,
                            f.texte("commentaire"))));
            return Operations.apres(r, m, valider ? "mouvement-valide" : "mouvement-brouillon");
        } catch (DomainException e) {
            return formSoutirage(r, 422, etat, f.saisi(), Vue.erreurs(e));
        }
    }

    /** What arrives in the destination as the person types: the volume leaving less the lees. */
    private Reponse arrivee(Requete r) {
        Cuves.etat(r);
        String texte = "Indiquez le volume qui quitte la cuve, lies comprises.";
        try {
            Formulaire f = Formulaire.deRequete(r.query());
            Optional<BigDecimal> volume = f.decimal("volumeHl");
            BigDecimal pertes = f.decimal("pertesHl").orElse(BigDecimal.ZERO);
            if (volume.isPresent()
                    && volume.get().signum() > 0
                    && pertes.signum() >= 0
                    && pertes.compareTo(volume.get()) < 0) {
                texte = "Arrivent dans la cuve de destination : "
                        + Formats.decimal(volume.get().subtract(pertes)) + " hl ("
                        + Formats.decimal(volume.get()) + " hl quittent la cuve, dont "
                        + Formats.decimal(pertes) + " hl de lies et pertes).";
            }
        } catch (DomainException e) {
            // an unreadable number: the hint stays
        }
        return Reponse.html(
                200,
                "<p id=\"arrivee\" class=\"mb-4 font-semibold\" role=\"status\" aria-live=\"polite\">" + texte
                        + "</p>");
    }

    private Reponse formSoutirage(
            Requete r, int statut, EtatCuve source, Map<String, String> saisi, Map<String, String> erreurs) {
        List<CarteCuve> destinations = r.chai().etatCuves().stream()
                .filter(e -> e.cuve().id() != source.cuve().id())
                .map(CarteCuve::de)
                .toList();
        return vue.page(
                r,
                statut,
                SOUTIRAGE,
                "Soutirage de " + source.cuve().nom(),
                PagesCuverie.SECTION,
                new FormSoutirage(CarteCuve.de(source), destinations, produits.choix(r), saisi, erreurs));
    }

    // --- losses and inventory

    private Reponse formOperation(Requete r, String nature) {
        Map<String, String> saisi = new HashMap<>(aujourdhui());
        if ("ajustement".equals(nature)) {
            saisi.put("sens", "MANQUANT");
        }
        return formOperation(r, 200, Cuves.etat(r), nature, saisi, Map.of());
    }

    private Reponse constaterPerte(Requete r) {
        EtatCuve etat = Cuves.etat(r);
        Formulaire f = Formulaire.de(r.corps());
        try {
            boolean valider = Operations.valider(f);
            Mouvement m = Operations.enregistrer(
                    r,
                    valider,
                    d -> d.constaterPerte(new Perte(
                            Cuves.lot(etat, "lotId").id(),
                            f.decimal("volumeHl").orElse(null),
                            f.date("date").orElse(null),
                            f.obligatoire("commentaire"))));
            return Operations.apres(r, m, valider ? "mouvement-valide" : "mouvement-brouillon");
        } catch (DomainException e) {
            return formOperation(r, 422, etat, "perte", f.saisi(), Vue.erreurs(e));
        }
    }

    private Reponse ajuster(Requete r) {
        EtatCuve etat = Cuves.etat(r);
        Formulaire f = Formulaire.de(r.corps());
        try {
            boolean valider = Operations.valider(f);
            SensAjustement sens =
                    "EXCEDENT".equals(f.obligatoire("sens")) ? SensAjustement.EXCEDENT : SensAjustement.MANQUANT;
            Mouvement m = Operations.enregistrer(
                    r,
                    valider,
                    d -> d.ajusterLot(new AjustementLot(
                            Cuves.lot(etat, "lotId").id(),
                            sens,
                            f.decimal("volumeHl").orElse(null),
                            f.date("date").orElse(null),
                            f.obligatoire("commentaire"))));
            return Operations.apres(r, m, valider ? "mouvement-valide" : "mouvement-brouillon");
        } catch (DomainException e) {
            return formOperation(r, 422, etat, "ajustement", f.saisi(), Vue.erreurs(e));
        }
    }

    private Reponse formOperation(
            Requete r,
            int statut,
            EtatCuve etat,
            String nature,
            Map<String, String> saisi,
            Map<String, String> erreurs) {
        String titre = ("perte".equals(nature) ? "Perte sur " : "Ajustement d'inventaire de ")
                + etat.cuve().nom();
        return vue.page(
                r,
                statut,
                OPERATION,
                titre,
                PagesCuverie.SECTION,
                new FormOperation(CarteCuve.de(etat), nature, saisi, erreurs));
    }

    // --- blends

    private Reponse assembler(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        try {
            List<SourceAssemblage> sources = new ArrayList<>();
            for (LotEnCuve l : r.chai().lotsDisponibles()) {
                f.decimal("volume-" + l.lot().id())
                        .ifPresent(v -> sources.add(new SourceAssemblage(l.lot().id(), v)));
            }
            boolean valider = Operations.valider(f);
            Mouvement m = Operations.enregistrer(
                    r,
                    valider,
                    d -> d.assembler(new Assemblage(
                            sources,
                            f.entier("destinationCuveId").orElse(null),
                            f.decimal("pertesHl"),
                            f.date("date").orElse(null),
                            Optional.empty(),
                            f.texte("commentaire"))));
            return Operations.apres(r, m, valider ? "mouvement-valide" : "mouvement-brouillon");
        } catch (DomainException e) {
            return formAssemblage(r, 422, f.saisi(), Vue.erreurs(e));
        }
    }

    private Reponse formAssemblage(Requete r, int statut, Map<String, String> saisi, Map<String, String> erreurs) {
        return vue.page(
                r,
                statut,
                ASSEMBLAGE,
                "Assemblage",
                PagesCuverie.SECTION,
                new FormAssemblage(
                        lotsDisponibles(r),
                        r.chai().etatCuves().stream().map(CarteCuve::de).toList(),
                        saisi,
                        erreurs));
    }

    private static List<LotDisponible> lotsDisponibles(Requete r) {
        return r.chai().lotsDisponibles().stream()
                .map(l -> new LotDisponible(
                        l.lot().id(),
                        l.lot().reference(),
                        l.lot().produit().libelleDouane(),
                        Formats.hl(l.volume()),
                        r.chai().cuve(l.lot().cuveId()).map(Cuve::nom).orElse("")))
                .toList();
    }

    // --- bottling

    private Reponse formMiseEnBouteille(Requete r) {
        Map<String, String> saisi = new HashMap<>(aujourdhui());
        saisi.put("contenanceMl", "750");
        r.query("lot").ifPresent(l -> saisi.put("sourceLotId", l));
        return formMiseEnBouteille(r, 200, saisi, Map.of());
    }

    private Reponse mettreEnBouteille(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        try {
            boolean valider = Operations.valider(f);
            Mouvement m = Operations.enregistrer(
                    r,
                    valider,
                    d -> d.mettreEnBouteille(new MiseEnBouteille(
                            f.entier("sourceLotId").orElse(null),
                            f.entier("nbBouteilles").orElse(null),
                            f.entier("contenanceMl").map(Long::intValue).orElse(null),
                            f.decimal("pertesHl"),
                            f.date("date").orElse(null),
                            f.texte("reference"),
                            f.texte("commentaire"))));
            return Operations.apres(r, m, valider ? "mouvement-valide" : "mouvement-brouillon");
        } catch (DomainException e) {
            return formMiseEnBouteille(r, 422, f.saisi(), Vue.erreurs(e));
        }
    }

    /** The volume the bottles take from the lot, as the person types their count. */
    private Reponse volumeBouteilles(Requete r) {
        String texte = "Indiquez le nombre de bouteilles.";
        try {
            long nombre = r.query("nbBouteilles")
                    .map(n -> Long.parseLong(n.replace(" ", "")))
                    .orElse(0L);
            long contenance = r.query("contenanceMl").map(Long::parseLong).orElse(750L);
            if (nombre > 0 && nombre <= 100_000_000 && contenance > 0 && contenance <= 30_000) {
                texte = "Ces bouteilles prennent " + Formats.hl(Volume.ml(Math.multiplyExact(nombre, contenance)))
                        + " hl au lot.";
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // an unreadable count: the hint stays
        }
        return Reponse.html(
                200,
                "<p id=\"volume-bouteilles\" class=\"mb-4 font-semibold\" role=\"status\" aria-live=\"polite\">" + texte
                        + "</p>");
    }

    private Reponse formMiseEnBouteille(Requete r, int statut, Map<String, String> saisi, Map<String, String> erreurs) {
        TreeSet<Integer> tailles = new TreeSet<>(Contenances.REGLEMENTAIRES);
        tailles.addAll(r.chai().contenances());
        return vue.page(
                r,
                statut,
                MISE_EN_BOUTEILLE,
                "Mise en bouteille",
                PagesCuverie.SECTION,
                new FormMiseEnBouteille(
                        lotsDisponibles(r),
                        tailles.stream()
                                .map(ml -> new Choix(Integer.toString(ml), contenance(ml)))
                                .toList(),
                        saisi,
                        erreurs));
    }

    /** A bottle size as a winemaker says it: « 75 cl », « 1,5 l ». */
    private static String contenance(int ml) {
        return ml < 1000
                ? Formats.decimal(BigDecimal.valueOf(ml, 1)) + " cl"
                : Formats.decimal(BigDecimal.valueOf(ml, 3)) + " l";
    }
}
