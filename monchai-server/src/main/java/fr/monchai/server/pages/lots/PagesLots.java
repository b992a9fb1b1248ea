package fr.monchai.server.pages;

import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Composant;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.compte.Role;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
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
import fr.monchai.core.registre.SensAjustement;
import fr.monchai.core.registre.SourceAssemblage;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.core.registre.StockBouteilles;
import fr.monchai.core.registre.Tracabilite;
import fr.monchai.server.api.Reponse;
import fr.monchai.server.api.Requete;
import fr.monchai.server.api.Ressource;
import fr.monchai.server.api.Route;
import fr.monchai.server.api.TableRoutes;
import fr.monchai.server.api.Tableur;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cellar in the browser: dashboard, parcelles, cuverie, the harvest in one page, racking,
 * bottling, the journal and a lot's traceability. Every form goes through the same core
 * services as the API; a refusal shows the form again (422) with the core's message beside the
 * field it names, and changes nothing.
 */
public final class PagesChai implements Ressource {

    private static final int TAILLE_PAGE = 30;

    private final Vue vue;
    private final MonChai chai;
    private final java.util.function.BiFunction<Long, java.time.YearMonth, Optional<Integer>> anomaliesDrm;
    private final java.util.function.LongFunction<List<ProduitFiscal>> catalogue;

    /**
     * @param vue the pages' layout
     * @param chai the register
     * @param anomaliesDrm how many anomalies the checks find in a domaine's month (empty until its identity is filled in)
     * @param catalogue a domaine's fiscal products its DRM portal knows, offered for an empty cuve beside those it holds
     */
    public PagesChai(
            Vue vue,
            MonChai chai,
            java.util.function.BiFunction<Long, java.time.YearMonth, Optional<Integer>> anomaliesDrm,
            java.util.function.LongFunction<List<ProduitFiscal>> catalogue) {
        this.vue = vue;
        this.chai = chai;
        this.anomaliesDrm = anomaliesDrm;
        this.catalogue = catalogue;
    }

    @Override
    public void declarer(TableRoutes t) {
        page(t, "GET", "/app/tableau-de-bord", Role.TOUS, "Le tableau de bord", this::tableauDeBord);
        page(t, "GET", "/app/parcelles", Role.TOUS, "Les parcelles", r -> parcelles(r));
        page(
                t,
                "GET",
                "/app/parcelles/nouvelle",
                Role.CHAI,
                "Nouvelle parcelle",
                r -> formParcelle(r, 200, Optional.empty(), Map.of(), Map.of()));
        page(t, "POST", "/app/parcelles", Role.CHAI, "Crée une parcelle", r -> {
            Formulaire f = Formulaire.de(r.corps());
            try {
                r.chai().creerParcelle(nouvelleParcelle(f));
                return Reponse.redirection("/app/parcelles?fait=parcelle-creee");
            } catch (DomainException e) {
                return formParcelle(r, 422, Optional.empty(), f.saisi(), Vue.erreurs(e));
            }
        });
        page(t, "GET", "/app/parcelles/:id", Role.TOUS, "Une parcelle", r -> {
            Parcelle p = parcelle(r);
            return formParcelle(r, 200, Optional.of(p), saisieParcelle(p), Map.of());
        });
        page(t, "POST", "/app/parcelles/:id", Role.CHAI, "Modifie une parcelle", r -> {
            Parcelle p = parcelle(r);
            Formulaire f = Formulaire.de(r.corps());
            try {
                r.chai().modifierParcelle(p.id(), nouvelleParcelle(f));
                return Reponse.redirection("/app/parcelles?fait=parcelle-modifiee");
            } catch (DomainException e) {
                return formParcelle(r, 422, Optional.of(p), f.saisi(), Vue.erreurs(e));
            }
        });
        page(t, "POST", "/app/parcelles/:id/supprimer", Role.CORRECTION, "Supprime une parcelle sans vendange", r -> {
            Parcelle p = parcelle(r);
            try {
                r.chai().supprimerParcelle(p.id());
                return Reponse.redirection("/app/parcelles?fait=parcelle-supprimee");
            } catch (DomainException e) {
                return formParcelle(
                        r,
                        422,
                        Optional.of(p),
                        saisieParcelle(p),
                        Map.of("", String.join(" ", Vue.erreurs(e).values())));
            }
        });
        page(t, "GET", "/app/cuverie", Role.TOUS, "La cuverie", this::cuverie);
        page(
                t,
                "GET",
                "/app/cuves/nouvelle",
                Role.CHAI,
                "Nouvelle cuve",
                r -> vue.page(r, 200, "pages/cuve-nouvelle.ftlh", "Nouvelle cuve", "cuverie", Map.of()));
        page(t, "POST", "/app/cuves", Role.CHAI, "Crée une cuve", r -> {
            Formulaire f = Formulaire.de(r.corps());
            try {
                r.chai()
                        .creerCuve(new NouvelleCuve(
                                f.obligatoire("nom"), f.decimal("capaciteHl").orElse(null), f.texte("materiau")));
                return Reponse.redirection("/app/cuverie?fait=cuve-creee");
            } catch (DomainException e) {
                return vue.page(
                        r,
                        422,
                        "pages/cuve-nouvelle.ftlh",
                        "Nouvelle cuve",
                        "cuverie",
                        Map.of("saisi", f.saisi(), "erreurs", Vue.erreurs(e)));
            }
        });
        page(t, "GET", "/app/cuves/:id", Role.TOUS, "Une cuve", r -> {
            EtatCuve etat = etatCuve(r);
            return vue.page(r, 200, "pages/cuve.ftlh", etat.cuve().nom(), "cuverie", Map.of("cuve", carte(etat)));
        });
        page(
                t,
                "GET",
                "/app/vendanges/nouvelle",
                Role.CHAI,
                "Nouvelle vendange",
                r -> formVendange(r, 200, Map.of(), Map.of()));
        page(t, "POST", "/app/vendanges", Role.CHAI, "Enregistre une vendange", r -> {
            Formulaire f = Formulaire.de(r.corps());
            try {
                boolean valider = "valider".equals(f.obligatoire("action"));
                Optional<ProduitFiscal> produit = produitChoisi(r, f);
                NouvelleVendange saisie = new NouvelleVendange(
                        f.entier("parcelleId").orElse(null),
                        f.date("date").orElse(null),
                        f.decimal("volumeHl").orElse(null),
                        f.decimal("dechetsHl"),
                        f.entier("cuveId").orElse(null),
                        produit);
                Mouvement m = enregistrer(
                        r,
                        valider,
                        d -> d.mouvement(d.enregistrerVendange(saisie)
                                        .mouvementId()
                                        .getAsLong())
                                .orElseThrow());
                return apres(r, m, valider ? "vendange-validee" : "vendange-brouillon");
            } catch (DomainException e) {
                return formVendange(r, 422, f.saisi(), Vue.erreurs(e));
            }
        });
        page(t, "GET", "/app/cuves/:id/soutirage", Role.CHAI, "Soutirer ou transférer un lot", r -> {
            EtatCuve etat = etatCuve(r);
            return formSoutirage(r, 200, etat, Map.of("date", LocalDate.now().toString()), Map.of());
        });
        page(t, "POST", "/app/cuves/:id/soutirage", Role.CHAI, "Soutire un lot vers une autre cuve", r -> {
            EtatCuve etat = etatCuve(r);
            Formulaire f = Formulaire.de(r.corps());
            try {
                Lot lot = etat.lots().stream()
                        .findFirst()
                        .map(LotEnCuve::lot)
                        .orElseThrow(() -> new DomainException(
                                CodeErreur.OPERATION_INCOHERENTE,
                                "sourceLotId",
                                "la cuve « " + etat.cuve().nom() + " » est vide : rien à soutirer"));
                boolean valider = "valider".equals(f.obligatoire("action"));
                Optional<ProduitFiscal> produit = produitChoisi(r, f);
                Mouvement m = enregistrer(
                        r,
                        valider,
                        d -> d.soutirer(new Soutirage(
                                lot.id(),
                                f.entier("destinationCuveId").orElse(null),
                                f.decimal("volumeHl").orElse(null),
                                f.decimal("pertesHl"),
                                f.date("date").orElse(null),
                                produit,
                                f.texte("commentaire"))));
                return apres(r, m, valider ? "mouvement-valide" : "mouvement-brouillon");
            } catch (DomainException e) {
                return formSoutirage(r, 422, etat, f.saisi(), Vue.erreurs(e));
            }
        });
        page(
                t,
                "GET",
                "/app/cuves/:id/soutirage/arrivee",
                Role.CHAI,
                "Ce qui arrive dans la cuve de destination (fragment)",
                r -> {
                    etatCuve(r);
                    String texte;
                    try {
                        Formulaire f = Formulaire.deRequete(r.query());
                        Optional<BigDecimal> volume = f.decimal("volumeHl");
                        BigDecimal pertes = f.decimal("pertesHl").orElse(BigDecimal.ZERO);
                        texte = volume.isPresent()
                                        && volume.get().signum() > 0
                                        && pertes.signum() >= 0
                                        && pertes.compareTo(volume.get()) < 0
                                ? "Arrivent dans la cuve de destination : "
                                        + Vue.decimal(volume.get().subtract(pertes)) + " hl ("
                                        + Vue.decimal(volume.get()) + " hl quittent la cuve, dont "
                                        + Vue.decimal(pertes) + " hl de lies et pertes)."
                                : "Indiquez le volume qui quitte la cuve, lies comprises.";
                    } catch (DomainException e) {
                        texte = "Indiquez le volume qui quitte la cuve, lies comprises.";
                    }
                    return Reponse.html(
                            200,
                            "<p id=\"arrivee\" class=\"mb-4 font-semibold\" role=\"status\" aria-live=\"polite\">"
                                    + texte + "</p>");
                });
        page(
                t,
                "GET",
                "/app/cuves/:id/perte",
                Role.CHAI,
                "Constater une perte",
                r -> formOperation(
                        r,
                        200,
                        etatCuve(r),
                        "perte",
                        Map.of("date", LocalDate.now().toString()),
                        Map.of()));
        page(t, "POST", "/app/cuves/:id/perte", Role.CHAI, "Constate une perte", r -> {
            EtatCuve etat = etatCuve(r);
            Formulaire f = Formulaire.de(r.corps());
            try {
                boolean valider = "valider".equals(f.obligatoire("action"));
                Mouvement m = enregistrer(
                        r,
                        valider,
                        d -> d.constaterPerte(new Perte(
                                lotEnCuve(etat).id(),
                                f.decimal("volumeHl").orElse(null),
                                f.date("date").orElse(null),
                                f.obligatoire("commentaire"))));
                return apres(r, m, valider ? "mouvement-valide" : "mouvement-brouillon");
            } catch (DomainException e) {
                return formOperation(r, 422, etat, "perte", f.saisi(), Vue.erreurs(e));
            }
        });
        page(
                t,
                "GET",
                "/app/cuves/:id/ajustement",
                Role.CORRECTION,
                "Ajuster l'inventaire",
                r -> formOperation(
                        r,
                        200,
                        etatCuve(r),
                        "ajustement",
                        Map.of("date", LocalDate.now().toString(), "sens", "MANQUANT"),
                        Map.of()));
        page(t, "POST", "/app/cuves/:id/ajustement", Role.CORRECTION, "Ajuste l'inventaire d'un lot", r -> {
            EtatCuve etat = etatCuve(r);
            Formulaire f = Formulaire.de(r.corps());
            try {
                boolean valider = "valider".equals(f.obligatoire("action"));
                SensAjustement sens =
                        "EXCEDENT".equals(f.obligatoire("sens")) ? SensAjustement.EXCEDENT : SensAjustement.MANQUANT;
                Mouvement m = enregistrer(
                        r,
                        valider,
                        d -> d.ajusterLot(new AjustementLot(
                                lotEnCuve(etat).id(),
                                sens,
                                f.decimal("volumeHl").orElse(null),
                                f.date("date").orElse(null),
                                f.obligatoire("commentaire"))));
                return apres(r, m, valider ? "mouvement-valide" : "mouvement-brouillon");
            } catch (DomainException e) {
                return formOperation(r, 422, etat, "ajustement", f.saisi(), Vue.erreurs(e));
            }
        });
        page(
                t,
                "GET",
                "/app/assemblage",
                Role.CHAI,
                "Assembler des lots",
                r -> formAssemblage(r, 200, Map.of("date", LocalDate.now().toString()), Map.of()));
        page(t, "POST", "/app/assemblage", Role.CHAI, "Assemble des lots dans une cuve", r -> {
            Formulaire f = Formulaire.de(r.corps());
            try {
                List<SourceAssemblage> sources = new ArrayList<>();
                for (LotEnCuve l : r.chai().lotsDisponibles()) {
                    Optional<BigDecimal> volume = f.decimal("volume-" + l.lot().id());
                    volume.ifPresent(
                            v -> sources.add(new SourceAssemblage(l.lot().id(), v)));
                }
                boolean valider = "valider".equals(f.obligatoire("action"));
                Mouvement m = enregistrer(
                        r,
                        valider,
                        d -> d.assembler(new Assemblage(
                                sources,
                                f.entier("destinationCuveId").orElse(null),
                                f.decimal("pertesHl"),
                                f.date("date").orElse(null),
                                Optional.empty(),
                                f.texte("commentaire"))));
                return apres(r, m, valider ? "mouvement-valide" : "mouvement-brouillon");
            } catch (DomainException e) {
                return formAssemblage(r, 422, f.saisi(), Vue.erreurs(e));
            }
        });
        page(t, "GET", "/app/mise-en-bouteille", Role.CHAI, "Mettre un lot en bouteilles", r -> {
            Map<String, String> saisi = new HashMap<>();
            saisi.put("date", LocalDate.now().toString());
            saisi.put("contenanceMl", "750");
            r.query("lot").ifPresent(l -> saisi.put("sourceLotId", l));
            return formMiseEnBouteille(r, 200, saisi, Map.of());
        });
        page(
                t,
                "GET",
                "/app/mise-en-bouteille/volume",
                Role.CHAI,
                "Le volume qu'une mise en bouteille prend (fragment)",
                r -> {
                    String texte;
                    try {
                        long nombre = r.query("nbBouteilles")
                                .map(n -> Long.parseLong(n.replace(" ", "")))
                                .orElse(0L);
                        long contenance =
                                r.query("contenanceMl").map(Long::parseLong).orElse(750L);
                        texte = nombre > 0 && nombre <= 100_000_000 && contenance > 0 && contenance <= 30_000
                                ? "Ces bouteilles prennent " + Vue.hl(Volume.ml(Math.multiplyExact(nombre, contenance)))
                                        + " hl au lot."
                                : "Indiquez le nombre de bouteilles.";
                    } catch (NumberFormatException | ArithmeticException e) {
                        texte = "Indiquez le nombre de bouteilles.";
                    }
                    return Reponse.html(
                            200,
                            "<p id=\"volume-bouteilles\" class=\"mb-4 font-semibold\" role=\"status\" aria-live=\"polite\">"
                                    + texte + "</p>");
                });
        page(t, "POST", "/app/mise-en-bouteille", Role.CHAI, "Met un lot en bouteilles", r -> {
            Formulaire f = Formulaire.de(r.corps());
            try {
                boolean valider = "valider".equals(f.obligatoire("action"));
                Mouvement m = enregistrer(
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
                return apres(r, m, valider ? "mouvement-valide" : "mouvement-brouillon");
            } catch (DomainException e) {
                return formMiseEnBouteille(r, 422, f.saisi(), Vue.erreurs(e));
            }
        });
        page(t, "GET", "/app/journal", Role.TOUS, "Le journal des mouvements", r -> journal(r, 200, Map.of()));
        page(t, "GET", "/app/journal.csv", Role.TOUS, "Le journal en CSV pour un tableur français", this::journalCsv);
        page(
                t,
                "GET",
                "/app/mouvements/:id",
                Role.TOUS,
                "Un mouvement : ses lignes, son statut, ce qu'on peut en faire",
                r -> mouvement(r, 200, Map.of()));
        page(
                t,
                "POST",
                "/app/mouvements/:id/valider",
                Role.CHAI,
                "Valide un brouillon",
                r -> action(r, () -> {
                    Mouvement m = r.chai().valider(r.id("id"));
                    return apres(r, m, "mouvement-valide");
                }));
        page(
                t,
                "POST",
                "/app/mouvements/:id/supprimer",
                Role.CHAI,
                "Supprime un brouillon",
                r -> action(r, () -> {
                    r.chai().supprimerBrouillon(r.id("id"));
                    return Reponse.redirection("/app/journal?fait=mouvement-supprime");
                }));
        page(
                t,
                "POST",
                "/app/mouvements/:id/contre-passer",
                Role.CORRECTION,
                "Annule un mouvement validé par une écriture inverse",
                r -> {
                    Formulaire f = Formulaire.de(r.corps());
                    return action(r, () -> {
                        Mouvement inverse = r.chai()
                                .contrePasser(new ContrePassation(
                                        r.id("id"), f.date("date").orElse(LocalDate.now()), f.obligatoire("motif")));
                        return Reponse.redirection("/app/mouvements/" + inverse.id() + "?fait=contre-passation");
                    });
                });
        page(t, "GET", "/app/lots/:id", Role.TOUS, "Un lot : composition, historique, traçabilité", this::lot);
    }

    private static void page(
            TableRoutes t, String methode, String chemin, Set<Role> roles, String resume, Route.Traitement traitement) {
        t.route(methode, chemin, roles, resume, Void.class, Route.Page.class, traitement);
    }

    // --- dashboard ---

    private Reponse tableauDeBord(Requete r) {
        ChaiDomaine d = r.chai();
        Libelles libelles = new Libelles(d);
        List<Map<String, Object>> brouillons =
                d.journal(FiltreJournal.TOUT.statut(StatutMouvement.BROUILLON), 1, 5).elements().stream()
                        .map(m -> ligneJournal(m, libelles, d))
                        .toList();
        long nbBrouillons = d.journal(FiltreJournal.TOUT.statut(StatutMouvement.BROUILLON), 1, 1)
                .total();
        List<Map<String, Object>> aSurveiller = new ArrayList<>();
        for (EtatCuve e : d.etatCuves()) {
            Map<String, Object> carte = carte(e);
            if (!"occupee".equals(carte.get("classe"))) {
                aSurveiller.add(carte);
            }
        }
        List<Map<String, Object>> bouteilles = new ArrayList<>();
        for (StockBouteilles s : d.stockBouteilles()) {
            if (s.nbBouteilles() > 0) {
                bouteilles.add(Map.of(
                        "reference",
                        s.bouteilleLot().reference(),
                        "produit",
                        s.bouteilleLot().produit().libelleDouane(),
                        "nombre",
                        Vue.decimal(BigDecimal.valueOf(s.nbBouteilles())),
                        "contenance",
                        s.bouteilleLot().contenanceMl() / 10 + " cl"));
            }
        }
        LocalDate aujourdhui = LocalDate.now();
        LocalDate debut = aujourdhui.withDayOfMonth(1);
        long sorties = d.journal(
                        FiltreJournal.TOUT
                                .periode(debut, aujourdhui)
                                .type(TypeMouvement.VENTE_SORTIE_STOCK)
                                .statut(StatutMouvement.VALIDE),
                        1,
                        1)
                .total();
        LocalDate echeance = aujourdhui.getDayOfMonth() <= 10
                ? aujourdhui.withDayOfMonth(10)
                : aujourdhui.plusMonths(1).withDayOfMonth(10);
        Optional<Integer> anomalies = anomaliesDrm.apply(d.id(), java.time.YearMonth.from(echeance.minusMonths(1)));
        return vue.page(
                r,
                200,
                "pages/tableau-de-bord.ftlh",
                "Tableau de bord",
                "tableau-de-bord",
                Map.of(
                        "brouillons",
                        brouillons,
                        "anomalies",
                        anomalies.map(String::valueOf).orElse(""),
                        "nbBrouillons",
                        nbBrouillons,
                        "cuves",
                        aSurveiller,
                        "bouteilles",
                        bouteilles,
                        "sorties",
                        sorties,
                        "echeanceDrm",
                        Vue.date(echeance),
                        "moisDrm",
                        echeance.minusMonths(1)
                                        .getMonth()
                                        .getDisplayName(java.time.format.TextStyle.FULL, Locale.FRANCE)
                                + " " + echeance.minusMonths(1).getYear()));
    }

    // --- parcelles ---

    private Reponse parcelles(Requete r) {
        String q = r.query("q").orElse("");
        List<Map<String, Object>> liste = r.chai().parcelles(q).stream()
                .map(p -> Map.<String, Object>of(
                        "id",
                        p.id(),
                        "nom",
                        p.nom(),
                        "cepage",
                        p.cepage(),
                        "surface",
                        Vue.decimal(p.surfaceHa()),
                        "plantation",
                        p.anneePlantation().isPresent()
                                ? Integer.toString(p.anneePlantation().getAsInt())
                                : ""))
                .toList();
        return vue.page(r, 200, "pages/parcelles.ftlh", "Parcelles", "parcelles", Map.of("parcelles", liste, "q", q));
    }

    private Parcelle parcelle(Requete r) {
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

    private static Map<String, String> saisieParcelle(Parcelle p) {
        Map<String, String> s = new HashMap<>();
        s.put("nom", p.nom());
        s.put("cepage", p.cepage());
        s.put("surfaceHa", Vue.saisie(p.surfaceHa()));
        p.position().ifPresent(c -> {
            s.put("lat", Vue.saisie(c.lat()));
            s.put("lng", Vue.saisie(c.lng()));
        });
        if (p.anneePlantation().isPresent()) {
            s.put("anneePlantation", Integer.toString(p.anneePlantation().getAsInt()));
        }
        return s;
    }

    private Reponse formParcelle(
            Requete r, int statut, Optional<Parcelle> p, Map<String, String> saisi, Map<String, String> erreurs) {
        Map<String, Object> m = new HashMap<>();
        m.put("saisi", saisi);
        m.put("erreurs", erreurs);
        m.put("id", p.map(Parcelle::id).orElse(0L));
        return vue.page(
                r, statut, "pages/parcelle.ftlh", p.map(Parcelle::nom).orElse("Nouvelle parcelle"), "parcelles", m);
    }

    // --- cuverie ---

    private Reponse cuverie(Requete r) {
        String filtre = r.query("filtre").orElse("toutes");
        Optional<BigDecimal> place = Optional.empty();
        Map<String, String> erreurs = new HashMap<>();
        try {
            place = Formulaire.deRequete(r.query()).decimal("place");
            if (place.isPresent() && place.get().signum() < 0) {
                throw new DomainException(CodeErreur.SAISIE_INVALIDE, "place", "doit être positif");
            }
        } catch (DomainException e) {
            // Said, never silently ignored: the cuverie is shown unfiltered by volume, with why.
            erreurs.put(
                    "place",
                    "« " + r.query("place").orElse("")
                            + " » n'est pas un volume : tapez un nombre d'hectolitres, comme 12,5");
            place = Optional.empty();
        }
        List<EtatCuve> etats = r.chai().etatCuves();
        Volume capacite = Volume.ZERO;
        Volume occupe = Volume.ZERO;
        List<Map<String, Object>> cartes = new ArrayList<>();
        for (EtatCuve e : etats) {
            capacite = capacite.plus(e.cuve().capacite());
            occupe = occupe.plus(e.volume());
            Map<String, Object> carte = carte(e);
            boolean garde = switch (filtre) {
                case "vides" -> "vide".equals(carte.get("classe"));
                case "pleines" -> "pleine".equals(carte.get("classe"));
                default -> true;
            };
            if (place.isPresent() && e.libre().enHl().compareTo(place.get()) < 0) {
                garde = false;
            }
            if (garde) {
                cartes.add(carte);
            }
        }
        return vue.page(
                r,
                200,
                "pages/cuverie.ftlh",
                "Cuverie",
                "cuverie",
                Map.of(
                        "cuves",
                        cartes,
                        "filtre",
                        filtre,
                        "aucune",
                        etats.isEmpty(),
                        "erreurs",
                        erreurs,
                        "place",
                        r.query("place").orElse(""),
                        "totaux",
                        Map.of(
                                "nombre",
                                etats.size(),
                                "capacite",
                                Vue.hl(capacite),
                                "occupe",
                                Vue.hl(occupe),
                                "libre",
                                Vue.hl(capacite.moins(occupe)))));
    }

    private EtatCuve etatCuve(Requete r) {
        Cuve c = Exiger.trouve(r.chai().cuve(r.id("id")), "id", "la cuve", r.id("id"));
        return r.chai().etatCuve(c.id());
    }

    /** A cuve as its card shows it: volume and capacity as text and as a meter, its wine, its state in words. */
    private static Map<String, Object> carte(EtatCuve e) {
        Map<String, Object> c = new HashMap<>();
        c.put("id", e.cuve().id());
        c.put("nom", e.cuve().nom());
        c.put("materiau", e.cuve().materiau());
        c.put("capacite", Vue.hl(e.cuve().capacite()));
        c.put("volume", Vue.hl(e.volume()));
        c.put("libre", Vue.hl(e.libre()));
        c.put("capaciteMl", e.cuve().capacite().millilitres());
        c.put("volumeMl", e.volume().millilitres());
        long pourcent = e.cuve().capacite().millilitres() == 0
                ? 0
                : e.volume().millilitres() * 100 / e.cuve().capacite().millilitres();
        c.put("pourcent", pourcent);
        // Its state in words (never « en cours », read as « fermentation in progress »), and the badge's class.
        String classe = e.volume().estNul() ? "vide" : pourcent >= 95 ? "pleine" : "occupee";
        c.put("classe", classe);
        c.put("etat", classe.equals("occupee") ? "occupée" : classe);
        List<Map<String, Object>> lots = new ArrayList<>();
        for (LotEnCuve l : e.lots()) {
            lots.add(Map.of(
                    "id",
                    l.lot().id(),
                    "reference",
                    l.lot().reference(),
                    "produit",
                    l.lot().produit().libelleDouane(),
                    "volume",
                    Vue.hl(l.volume())));
        }
        c.put("lots", lots);
        return c;
    }

    // --- the harvest in one page ---

    /**
     * The products a form offers, by their customs label: the domaine's lots' first, then the
     * portal catalogue's. One per label, compared without case, accents or extra spaces (« sur
     * lie » is « Sur lie »), the lots' spelling winning, so that a new lot joins its label's DRM
     * column.
     */
    private Map<String, ProduitFiscal> produitsProposes(Requete r) {
        Map<String, ProduitFiscal> produits = new LinkedHashMap<>();
        for (Lot l : r.chai().lots()) {
            produits.putIfAbsent(cleProduit(l.produit().libelleDouane()), l.produit());
        }
        catalogue.apply(r.domaine()).forEach(p -> produits.putIfAbsent(cleProduit(p.libelleDouane()), p));
        return produits;
    }

    /** A customs label as products are told apart: lower case, without accents or repeated spaces. */
    private static String cleProduit(String libelle) {
        return java.text.Normalizer.normalize(libelle, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }

    private Reponse formVendange(Requete r, int statut, Map<String, String> saisi, Map<String, String> erreurs) {
        ChaiDomaine d = r.chai();
        List<Parcelle> parcelles = new ArrayList<>(d.parcelles(""));
        Map<String, String> valeurs = new HashMap<>(saisi);
        valeurs.putIfAbsent("date", LocalDate.now().toString());
        r.query("cuve").ifPresent(c -> valeurs.putIfAbsent("cuveId", c));
        // The parcelle harvested last is chosen (the next load is most often from the same plot), or the only one;
        // otherwise none: never the first in alphabetical order, which a hurried person would validate unread.
        List<fr.monchai.core.chai.Vendange> vendanges = d.vendanges(fr.monchai.core.chai.FiltreVendanges.TOUT);
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
                "pages/vendange.ftlh",
                "Nouvelle vendange",
                "vendange",
                Map.of(
                        "parcelles",
                        parcelles.stream()
                                .map(p -> Map.of("id", p.id(), "nom", p.nom(), "cepage", p.cepage()))
                                .toList(),
                        "cuves",
                        d.etatCuves().stream().map(PagesChai::carte).toList(),
                        "produits",
                        choixProduits(r),
                        "saisi",
                        valeurs,
                        "erreurs",
                        erreurs));
    }

    /**
     * The product a form chose, by its customs label (never by its place in a list, which another
     * person's harvest may change between the form's display and its sending).
     *
     * @throws DomainException on {@code produit} when that label is no longer offered
     */
    private Optional<ProduitFiscal> produitChoisi(Requete r, Formulaire f) {
        Optional<String> libelle = f.texte("produit");
        if (libelle.isEmpty()) {
            return Optional.empty();
        }
        ProduitFiscal p = produitsProposes(r).get(cleProduit(libelle.get()));
        if (p == null) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "produit",
                    "« " + libelle.get() + " » n'est pas un produit proposé : " + "choisissez-en un dans la liste");
        }
        return Optional.of(p);
    }

    /** The fiscal products a form offers: each option's value its customs label, shown with its certification. */
    private List<Map<String, Object>> choixProduits(Requete r) {
        return produitsProposes(r).values().stream()
                .map(p -> Map.<String, Object>of(
                        "valeur", p.libelleDouane(), "libelle", p.libelleDouane() + " (" + p.certification() + ")"))
                .toList();
    }

    // --- racking ---

    private Reponse formSoutirage(
            Requete r, int statut, EtatCuve source, Map<String, String> saisi, Map<String, String> erreurs) {
        List<Map<String, Object>> destinations = r.chai().etatCuves().stream()
                .filter(e -> e.cuve().id() != source.cuve().id())
                .map(PagesChai::carte)
                .toList();
        return vue.page(
                r,
                statut,
                "pages/soutirage.ftlh",
                "Soutirage de " + source.cuve().nom(),
                "cuverie",
                Map.of(
                        "source",
                        carte(source),
                        "destinations",
                        destinations,
                        "produits",
                        choixProduits(r),
                        "saisi",
                        saisi,
                        "erreurs",
                        erreurs));
    }

    // --- losses, inventory, blends ---

    private static Lot lotEnCuve(EtatCuve etat) {
        return etat.lots().stream()
                .findFirst()
                .map(LotEnCuve::lot)
                .orElseThrow(() -> new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "lotId",
                        "la cuve « " + etat.cuve().nom() + " » est vide"));
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
                "pages/operation.ftlh",
                titre,
                "cuverie",
                Map.of("cuve", carte(etat), "nature", nature, "saisi", saisi, "erreurs", erreurs));
    }

    private Reponse formAssemblage(Requete r, int statut, Map<String, String> saisi, Map<String, String> erreurs) {
        List<Map<String, Object>> lots = r.chai().lotsDisponibles().stream()
                .map(l -> Map.<String, Object>of(
                        "id",
                        l.lot().id(),
                        "reference",
                        l.lot().reference(),
                        "produit",
                        l.lot().produit().libelleDouane(),
                        "volume",
                        Vue.hl(l.volume()),
                        "cuve",
                        r.chai().cuve(l.lot().cuveId()).map(Cuve::nom).orElse("")))
                .toList();
        return vue.page(
                r,
                statut,
                "pages/assemblage.ftlh",
                "Assemblage",
                "cuverie",
                Map.of(
                        "lots",
                        lots,
                        "cuves",
                        r.chai().etatCuves().stream().map(PagesChai::carte).toList(),
                        "saisi",
                        saisi,
                        "erreurs",
                        erreurs));
    }

    // --- bottling ---

    private Reponse formMiseEnBouteille(Requete r, int statut, Map<String, String> saisi, Map<String, String> erreurs) {
        List<Map<String, Object>> lots = r.chai().lotsDisponibles().stream()
                .map(l -> Map.<String, Object>of(
                        "id",
                        l.lot().id(),
                        "libelle",
                        l.lot().reference() + " — " + l.lot().produit().libelleDouane() + " — " + Vue.hl(l.volume())
                                + " hl",
                        "volumeMl",
                        l.volume().millilitres()))
                .toList();
        return vue.page(
                r,
                statut,
                "pages/mise-en-bouteille.ftlh",
                "Mise en bouteille",
                "mise-en-bouteille",
                Map.of("lots", lots, "saisi", saisi, "erreurs", erreurs));
    }

    // --- journal ---

    private FiltreJournal filtre(Requete r) {
        Optional<TypeMouvement> type = r.query("type").flatMap(t -> {
            try {
                return Optional.of(TypeMouvement.valueOf(t.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        Optional<StatutMouvement> statut = r.query("statut").flatMap(s -> {
            try {
                return Optional.of(StatutMouvement.valueOf(s.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        Optional<LocalDate> du = Optional.empty();
        Optional<LocalDate> au = Optional.empty();
        try {
            du = r.date("du");
            au = r.date("au");
        } catch (DomainException e) {
            // an unreadable day in the address filters nothing; the form shows what it understood
        }
        FiltreJournal f = new FiltreJournal(du, au, type, statut, java.util.Set.of());
        Optional<Long> lot = nombre(r.query("lot"));
        if (lot.isPresent()) {
            return f.lot(lot.get());
        }
        Optional<Long> cuve = nombre(r.query("cuve"));
        if (cuve.isPresent()) {
            // Every lot the cuve has held: its history, not only its current wine.
            return f.lots(r.chai().lots().stream()
                    .filter(l -> l.cuveId() == cuve.get())
                    .map(Lot::id)
                    .collect(Collectors.toSet()));
        }
        return f;
    }

    private static Optional<Long> nombre(Optional<String> texte) {
        try {
            return texte.map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The journal, newest first: the latest page of the register order (drafts last) is the first page shown. */
    private Reponse journal(Requete r, int statut, Map<String, String> erreurs) {
        FiltreJournal f = filtre(r);
        int numeroPage = nombre(r.query("page"))
                .map(p -> (int) Math.max(1, Math.min(p, Integer.MAX_VALUE)))
                .orElse(1);
        long total = r.chai().journal(f, 1, 1).total();
        long pages = Math.max(1, (total + TAILLE_PAGE - 1) / TAILLE_PAGE);
        numeroPage = (int) Math.min(numeroPage, pages);
        long fin = total - (long) (numeroPage - 1) * TAILLE_PAGE;
        long debut = Math.max(0, fin - TAILLE_PAGE);
        List<Mouvement> elements = new ArrayList<>();
        if (fin > 0) {
            // The register's order read from its end: the page of TAILLE_PAGE movements that ends at « fin ».
            int taille = (int) (fin - debut);
            long premier = debut / Math.max(1, taille);
            List<Mouvement> lus = debut % taille == 0
                    ? r.chai().journal(f, (int) premier + 1, taille).elements()
                    : lireTranche(r, f, debut, taille);
            elements.addAll(lus);
            java.util.Collections.reverse(elements);
        }
        Map<String, String> filtres = new LinkedHashMap<>();
        f.du().ifPresent(x -> filtres.put("du", x.toString()));
        f.au().ifPresent(x -> filtres.put("au", x.toString()));
        f.type().ifPresent(x -> filtres.put("type", x.code()));
        f.statut().ifPresent(x -> filtres.put("statut", x.name().toLowerCase(Locale.ROOT)));
        nombre(r.query("lot")).ifPresent(x -> filtres.put("lot", Long.toString(x)));
        nombre(r.query("cuve")).ifPresent(x -> filtres.put("cuve", Long.toString(x)));
        String requete = String.join(
                "&",
                filtres.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList());
        List<Map<String, String>> types = new ArrayList<>();
        for (TypeMouvement t : TypeMouvement.values()) {
            types.add(Map.of("code", t.code(), "libelle", Libelles.type(t)));
        }
        List<Map<String, Object>> cuves = r.chai().etatCuves().stream()
                .map(e -> Map.<String, Object>of(
                        "id", e.cuve().id(), "nom", e.cuve().nom()))
                .toList();
        Libelles libelles = new Libelles(r.chai());
        return vue.page(
                r,
                statut,
                "pages/journal.ftlh",
                "Journal des mouvements",
                "journal",
                Map.of(
                        "mouvements",
                        elements.stream()
                                .map(m -> ligneJournal(m, libelles, r.chai()))
                                .toList(),
                        "filtres",
                        filtres,
                        "requete",
                        requete,
                        "page",
                        numeroPage,
                        "pages",
                        pages,
                        "total",
                        total,
                        "types",
                        types,
                        "cuves",
                        cuves,
                        "erreurs",
                        erreurs));
    }

    /** Movements {@code debut} to {@code debut + taille} of the journal's order, when they straddle two pages of that size. */
    private static List<Mouvement> lireTranche(Requete r, FiltreJournal f, long debut, int taille) {
        int page = (int) (debut / taille) + 1;
        List<Mouvement> deux = new ArrayList<>(r.chai().journal(f, page, taille).elements());
        deux.addAll(r.chai().journal(f, page + 1, taille).elements());
        int decalage = (int) (debut % taille);
        return deux.subList(Math.min(decalage, deux.size()), Math.min(decalage + taille, deux.size()));
    }

    private Map<String, Object> ligneJournal(Mouvement m, Libelles libelles, ChaiDomaine d) {
        Map<String, Object> l = new HashMap<>();
        l.put("id", m.id());
        l.put("numero", m.numero().isPresent() ? Long.toString(m.numero().getAsLong()) : "");
        l.put("date", Vue.date(m.date()));
        l.put("type", Libelles.type(m.type()));
        l.put("statut", Libelles.statut(m.statut()));
        l.put("brouillon", m.statut() == StatutMouvement.BROUILLON);
        boolean annulable = m.statut() == StatutMouvement.VALIDE && m.type() != TypeMouvement.CONTRE_PASSATION;
        Optional<Mouvement> inverse =
                annulable || m.statut() == StatutMouvement.VERROUILLE ? d.contrePassationDe(m.id()) : Optional.empty();
        l.put("annulable", annulable && inverse.isEmpty());
        l.put(
                "annulePar",
                inverse.<Map<String, Object>>map(x -> Map.of(
                                "id",
                                x.id(),
                                "numero",
                                x.numero().isPresent() ? "n° " + x.numero().getAsLong() : "en brouillon"))
                        .orElse(Map.of()));
        l.put("commentaire", m.commentaire());
        l.put("lignes", m.lignes().stream().map(libelles::ligne).toList());
        return l;
    }

    /**
     * The journal as a French spreadsheet opens it: {@code ;} between fields, decimal commas, a UTF-8 BOM; each leg with its
     * cuve, lot, product and bottle count in their own columns.
     */
    private Reponse journalCsv(Requete r) {
        Libelles libelles = new Libelles(r.chai());
        Tableur csv = Tableur.francais()
                .ligne(
                        "numéro",
                        "date",
                        "type",
                        "statut",
                        "compte",
                        "cuve",
                        "lot",
                        "produit",
                        "bouteilles",
                        "volume (hl)",
                        "commentaire");
        for (Mouvement m : r.chai().journal(filtre(r))) {
            for (LigneMouvement l : m.lignes()) {
                OptionalLong n = libelles.bouteilles(l);
                csv.ligne(
                        m.numero().isPresent() ? (Object) m.numero().getAsLong() : "",
                        m.date(),
                        Libelles.type(m.type()),
                        Libelles.statut(m.statut()),
                        libelles.compte(l.compte()),
                        libelles.cuve(l.compte()).map(Cuve::nom).orElse(""),
                        libelles.reference(l.compte()),
                        libelles.produit(l.compte()),
                        n.isPresent() ? (Object) n.getAsLong() : "",
                        l.volume().enHl(),
                        m.commentaire());
            }
        }
        return Reponse.fichier(csv.octets(), "text/csv; charset=utf-8", "journal.csv");
    }

    /** A journal action (validate, delete, reverse): a refusal shows the movement's page again, with its reason. */
    private Reponse action(Requete r, java.util.function.Supplier<Reponse> operation) {
        try {
            return operation.get();
        } catch (DomainException e) {
            if (e.code() == CodeErreur.INTROUVABLE) {
                throw e;
            }
            return mouvement(r, 422, Map.of("", String.join(" ", Vue.erreurs(e).values())));
        }
    }

    /**
     * Enters a cellar operation as a draft, or enters and validates it in one transaction (a
     * refused validation leaves no draft behind).
     */
    private static Mouvement enregistrer(
            Requete r, boolean valider, java.util.function.Function<ChaiDomaine, Mouvement> saisie) {
        return valider ? r.chai().enregistrerEtValider(saisie) : saisie.apply(r.chai());
    }

    /**
     * Where a form lands once its operation is recorded: a draft on its own page, with its
     * « Valider » there; a validated movement on the cuve that received the wine (where its result
     * shows), else on its own page; the confirmation names it.
     */
    private static Reponse apres(Requete r, Mouvement m, String fait) {
        if (m.statut() == StatutMouvement.BROUILLON) {
            return Reponse.redirection("/app/mouvements/" + m.id() + "?fait=" + fait);
        }
        // Bottles made: the movement's page lists them. Otherwise the cuve that received wine, else the one it left.
        boolean bouteilles = m.lignes().stream()
                .anyMatch(l ->
                        l.compte() instanceof Compte.DeBouteilles && l.volume().estPositif());
        Optional<Long> cuveRemplie = bouteilles
                ? Optional.empty()
                : m.lignes().stream()
                        .filter(l -> l.compte() instanceof Compte.DeLot)
                        .sorted(java.util.Comparator.comparing(l -> !l.volume().estPositif()))
                        .map(l -> r.chai().lot(((Compte.DeLot) l.compte()).lotId()))
                        .flatMap(Optional::stream)
                        .map(Lot::cuveId)
                        .findFirst();
        return Reponse.redirection(cuveRemplie.map(c -> "/app/cuves/" + c).orElse("/app/mouvements/" + m.id())
                + "?fait=" + fait + "&mouvement=" + m.id());
    }

    private Reponse mouvement(Requete r, int statut, Map<String, String> erreurs) {
        ChaiDomaine d = r.chai();
        Mouvement m = Exiger.trouve(d.mouvement(r.id("id")), "id", "le mouvement", r.id("id"));
        Libelles libelles = new Libelles(d);
        List<Map<String, Object>> lignes = new ArrayList<>();
        for (LigneMouvement l : m.lignes()) {
            Map<String, Object> ligne = new HashMap<>();
            ligne.put("texte", libelles.ligne(l));
            ligne.put(
                    "lien",
                    switch (l.compte()) {
                        case Compte.DeLot lot -> "/app/lots/" + lot.lotId();
                        case Compte.DeBouteilles b -> "";
                        case Compte.Externe e -> "";
                    });
            lignes.add(ligne);
        }
        Optional<Mouvement> original =
                m.contrePasse().isPresent() ? d.mouvement(m.contrePasse().getAsLong()) : Optional.empty();
        Map<String, Object> modele = new HashMap<>(ligneJournal(m, libelles, d));
        modele.put("lignesDetail", lignes);
        modele.put(
                "destination",
                m.destination()
                        .map(x -> Libelles.externe(((Compte.Externe) x.compte()).nature()))
                        .orElse(""));
        original.ifPresent(o -> modele.put(
                "original",
                Map.of(
                        "id",
                        o.id(),
                        "numero",
                        o.numero().isPresent() ? o.numero().getAsLong() : 0L)));
        String titre = Libelles.type(m.type()) + " du " + Vue.date(m.date());
        return vue.page(
                r,
                statut,
                "pages/mouvement.ftlh",
                titre,
                "journal",
                Map.of(
                        "m",
                        modele,
                        "erreurs",
                        erreurs,
                        "aujourdhui",
                        LocalDate.now().toString()));
    }

    // --- lot ---

    private Reponse lot(Requete r) {
        ChaiDomaine d = r.chai();
        Lot lot = Exiger.trouve(d.lot(r.id("id")), "id", "le lot", r.id("id"));
        Compte compte = new Compte.DeLot(lot.id());
        Libelles libelles = new Libelles(d);
        List<Map.Entry<Composant, Volume>> parts =
                new ArrayList<>(d.composition(compte).parts().entrySet());
        List<String> pourcents =
                pourcentages(parts.stream().map(e -> e.getValue().millilitres()).toList());
        List<Map<String, Object>> composition = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Composant c = parts.get(i).getKey();
            String parcelle = c.parcelleId().isPresent()
                    ? d.parcelle(c.parcelleId().getAsLong()).map(Parcelle::nom).orElse("")
                    : "";
            composition.add(Map.of(
                    "millesime",
                    c.millesime().isPresent() ? Integer.toString(c.millesime().getAsInt()) : "",
                    "cepage",
                    c.cepage(),
                    "parcelle",
                    parcelle,
                    "appellation",
                    c.appellation(),
                    "volume",
                    Vue.hl2(parts.get(i).getValue()),
                    "part",
                    pourcents.get(i)));
        }
        Tracabilite amont = d.tracabiliteAmont(compte);
        Tracabilite aval = d.tracabiliteAval(compte);
        List<String> parcelles = amont.parcelles().stream()
                .map(id -> d.parcelle(id).map(Parcelle::nom).orElse("n° " + id))
                .toList();
        List<Map<String, Object>> lotsAval = aval.lots().stream()
                .filter(id -> id != lot.id())
                .map(d::lot)
                .flatMap(Optional::stream)
                .map(l -> Map.<String, Object>of(
                        "id",
                        l.id(),
                        "reference",
                        l.reference(),
                        "produit",
                        l.produit().libelleDouane()))
                .toList();
        List<Map<String, Object>> bouteilles = new ArrayList<>();
        for (long id : aval.bouteilleLots()) {
            d.bouteilleLot(id)
                    .ifPresent(b -> bouteilles.add(Map.of(
                            "reference",
                            b.reference(),
                            "produit",
                            b.produit().libelleDouane(),
                            "nombre",
                            Vue.decimal(BigDecimal.valueOf(b.nbBouteilles())),
                            "contenance",
                            b.contenanceMl() / 10 + " cl",
                            "date",
                            Vue.date(b.date()),
                            "livraisons",
                            livraisons(d, b.id()))));
        }
        List<Mouvement> mouvements = new ArrayList<>(d.journal(FiltreJournal.TOUT.lot(lot.id())));
        java.util.Collections.reverse(mouvements);
        List<Map<String, Object>> historique =
                mouvements.stream().map(m -> ligneJournal(m, libelles, d)).toList();
        return vue.page(
                r,
                200,
                "pages/lot.ftlh",
                "Lot " + lot.reference(),
                "cuverie",
                Map.of(
                        "lot",
                        Map.of(
                                "id",
                                lot.id(),
                                "reference",
                                lot.reference(),
                                "produit",
                                lot.produit().libelleDouane(),
                                "volume",
                                Vue.hl2(d.solde(compte)),
                                "cuveId",
                                lot.cuveId(),
                                "cuve",
                                d.cuve(lot.cuveId()).map(Cuve::nom).orElse("")),
                        "composition",
                        composition,
                        "parcelles",
                        parcelles,
                        "bouteilles",
                        bouteilles,
                        "lotsAval",
                        lotsAval,
                        "historique",
                        historique));
    }

    /** Who received bottles of that lot: the delivered orders of its products, for a recall (customer, date, count). */
    private static List<Map<String, Object>> livraisons(ChaiDomaine d, long bouteilleLotId) {
        Map<Long, String> clients = new HashMap<>();
        d.clients().forEach(c -> clients.put(c.id(), c.nom()));
        List<Map<String, Object>> liste = new ArrayList<>();
        for (var c : d.commandes()) {
            if (c.statut() != fr.monchai.core.vente.StatutCommande.LIVREE) {
                continue;
            }
            long quantite = c.lignes().stream()
                    .filter(l -> d.produit(l.produitId())
                            .map(p -> p.bouteilleLotId() == bouteilleLotId)
                            .orElse(false))
                    .mapToLong(l -> l.quantite())
                    .sum();
            if (quantite > 0) {
                liste.add(Map.of(
                        "client",
                        clients.getOrDefault(c.clientId(), "client n° " + c.clientId()),
                        "date",
                        Vue.date(c.date()),
                        "nombre",
                        Vue.decimal(BigDecimal.valueOf(quantite)),
                        "commande",
                        c.id()));
            }
        }
        return liste;
    }

    /**
     * Shares of a whole in percent with two decimals that sum to exactly 100 (largest remainder:
     * each part rounded down to the hundredth, the hundredths left over given to the largest
     * remainders), so a lot's composition never reads 99,99 %.
     */
    static List<String> pourcentages(List<Long> parts) {
        long total = parts.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return parts.stream().map(p -> "0").toList();
        }
        long[] centiemes = new long[parts.size()];
        long[] restes = new long[parts.size()];
        long distribues = 0;
        for (int i = 0; i < parts.size(); i++) {
            long numerateur = Math.multiplyExact(parts.get(i), 10_000L);
            centiemes[i] = numerateur / total;
            restes[i] = numerateur % total;
            distribues += centiemes[i];
        }
        List<Integer> ordre = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ordre.add(i);
        }
        ordre.sort((a, b) -> Long.compare(restes[b], restes[a]));
        for (int k = 0; k < 10_000 - distribues; k++) {
            centiemes[ordre.get(k)]++;
        }
        List<String> resultat = new ArrayList<>();
        for (long c : centiemes) {
            resultat.add(Vue.decimal(BigDecimal.valueOf(c, 2)));
        }
        return resultat;
    }
}
