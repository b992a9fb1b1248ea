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
import fr.monchai.core.journal.PageJournal;
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
    public PagesChai(Vue vue, MonChai chai, java.util.function.BiFunction<Long, java.time.YearMonth, Optional<Integer>> anomaliesDrm,
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
        page(t, "GET", "/app/parcelles/nouvelle", Role.CHAI, "Nouvelle parcelle", r -> formParcelle(r, 200, Optional.empty(), Map.of(), Map.of()));
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
                return formParcelle(r, 422, Optional.of(p), saisieParcelle(p), Map.of("", String.join(" ", Vue.erreurs(e).values())));
            }
        });
        page(t, "GET", "/app/cuverie", Role.TOUS, "La cuverie", this::cuverie);
        page(t, "GET", "/app/cuves/nouvelle", Role.CHAI, "Nouvelle cuve", r -> vue.page(r, 200, "pages/cuve-nouvelle.ftlh", "Nouvelle cuve",
                "cuverie", Map.of()));
        page(t, "POST", "/app/cuves", Role.CHAI, "Crée une cuve", r -> {
            Formulaire f = Formulaire.de(r.corps());
            try {
                r.chai().creerCuve(new NouvelleCuve(f.obligatoire("nom"), f.decimal("capaciteHl").orElse(null),
                        f.texte("materiau")));
                return Reponse.redirection("/app/cuverie?fait=cuve-creee");
            } catch (DomainException e) {
                return vue.page(r, 422, "pages/cuve-nouvelle.ftlh", "Nouvelle cuve", "cuverie", Map.of("saisi", f.saisi(),
                        "erreurs", Vue.erreurs(e)));
            }
        });
        page(t, "GET", "/app/cuves/:id", Role.TOUS, "Une cuve", r -> {
            EtatCuve etat = etatCuve(r);
            return vue.page(r, 200, "pages/cuve.ftlh", etat.cuve().nom(), "cuverie", Map.of("cuve", carte(etat)));
        });
        page(t, "GET", "/app/vendanges/nouvelle", Role.CHAI, "Nouvelle vendange", r -> formVendange(r, 200, Map.of(), Map.of()));
        page(t, "POST", "/app/vendanges", Role.CHAI, "Enregistre une vendange", r -> {
            Formulaire f = Formulaire.de(r.corps());
            try {
                boolean valider = "valider".equals(f.obligatoire("action"));
                Optional<Long> cuve = f.entier("cuveId");
                Optional<ProduitFiscal> produit = produitChoisi(r, f);
                chai.enTransaction(() -> {
                    var v = r.chai().enregistrerVendange(new NouvelleVendange(f.entier("parcelleId").orElse(null),
                            f.date("date").orElse(null), f.decimal("volumeHl").orElse(null), f.decimal("dechetsHl"), cuve, produit));
                    if (valider && v.mouvementId().isPresent()) {
                        r.chai().valider(v.mouvementId().getAsLong());
                    }
                    return v;
                });
                String fait = valider ? "vendange-validee" : "vendange-brouillon";
                return Reponse.redirection(cuve.map(c -> "/app/cuves/" + c + "?fait=" + fait).orElse("/app/tableau-de-bord?fait=" + fait));
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
                Lot lot = etat.lots().stream().findFirst().map(LotEnCuve::lot).orElseThrow(() -> new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE, "sourceLotId", "la cuve « " + etat.cuve().nom() + " » est vide : rien à soutirer"));
                boolean valider = "valider".equals(f.obligatoire("action"));
                chai.enTransaction(() -> {
                    Optional<ProduitFiscal> produit = produitChoisi(r, f);
                    Mouvement m = r.chai().soutirer(new Soutirage(lot.id(), f.entier("destinationCuveId").orElse(null),
                            f.decimal("volumeHl").orElse(null), f.decimal("pertesHl"), f.date("date").orElse(null), produit,
                            f.texte("commentaire")));
                    return valider ? r.chai().valider(m.id()) : m;
                });
                return Reponse.redirection("/app/cuverie?fait=" + (valider ? "mouvement-valide" : "mouvement-brouillon"));
            } catch (DomainException e) {
                return formSoutirage(r, 422, etat, f.saisi(), Vue.erreurs(e));
            }
        });
        page(t, "GET", "/app/cuves/:id/perte", Role.CHAI, "Constater une perte", r -> formOperation(r, 200, etatCuve(r), "perte",
                Map.of("date", LocalDate.now().toString()), Map.of()));
        page(t, "POST", "/app/cuves/:id/perte", Role.CHAI, "Constate une perte", r -> {
            EtatCuve etat = etatCuve(r);
            Formulaire f = Formulaire.de(r.corps());
            try {
                boolean valider = "valider".equals(f.obligatoire("action"));
                chai.enTransaction(() -> {
                    Mouvement m = r.chai().constaterPerte(new Perte(lotEnCuve(etat).id(), f.decimal("volumeHl").orElse(null),
                            f.date("date").orElse(null), f.texte("commentaire")));
                    return valider ? r.chai().valider(m.id()) : m;
                });
                return Reponse.redirection("/app/cuves/" + etat.cuve().id() + "?fait=" + (valider ? "mouvement-valide" : "mouvement-brouillon"));
            } catch (DomainException e) {
                return formOperation(r, 422, etat, "perte", f.saisi(), Vue.erreurs(e));
            }
        });
        page(t, "GET", "/app/cuves/:id/ajustement", Role.CORRECTION, "Ajuster l'inventaire", r -> formOperation(r, 200, etatCuve(r),
                "ajustement", Map.of("date", LocalDate.now().toString(), "sens", "MANQUANT"), Map.of()));
        page(t, "POST", "/app/cuves/:id/ajustement", Role.CORRECTION, "Ajuste l'inventaire d'un lot", r -> {
            EtatCuve etat = etatCuve(r);
            Formulaire f = Formulaire.de(r.corps());
            try {
                boolean valider = "valider".equals(f.obligatoire("action"));
                SensAjustement sens = "EXCEDENT".equals(f.obligatoire("sens")) ? SensAjustement.EXCEDENT : SensAjustement.MANQUANT;
                chai.enTransaction(() -> {
                    Mouvement m = r.chai().ajusterLot(new AjustementLot(lotEnCuve(etat).id(), sens,
                            f.decimal("volumeHl").orElse(null), f.date("date").orElse(null), f.obligatoire("commentaire")));
                    return valider ? r.chai().valider(m.id()) : m;
                });
                return Reponse.redirection("/app/cuves/" + etat.cuve().id() + "?fait=" + (valider ? "mouvement-valide" : "mouvement-brouillon"));
            } catch (DomainException e) {
                return formOperation(r, 422, etat, "ajustement", f.saisi(), Vue.erreurs(e));
            }
        });
        page(t, "GET", "/app/assemblage", Role.CHAI, "Assembler des lots", r -> formAssemblage(r, 200,
                Map.of("date", LocalDate.now().toString()), Map.of()));
        page(t, "POST", "/app/assemblage", Role.CHAI, "Assemble des lots dans une cuve", r -> {
            Formulaire f = Formulaire.de(r.corps());
            try {
                List<SourceAssemblage> sources = new ArrayList<>();
                for (LotEnCuve l : r.chai().lotsDisponibles()) {
                    Optional<BigDecimal> volume = f.decimal("volume-" + l.lot().id());
                    volume.ifPresent(v -> sources.add(new SourceAssemblage(l.lot().id(), v)));
                }
                boolean valider = "valider".equals(f.obligatoire("action"));
                chai.enTransaction(() -> {
                    Mouvement m = r.chai().assembler(new Assemblage(sources, f.entier("destinationCuveId").orElse(null),
                            f.decimal("pertesHl"), f.date("date").orElse(null), Optional.empty(), f.texte("commentaire")));
                    return valider ? r.chai().valider(m.id()) : m;
                });
                return Reponse.redirection("/app/cuverie?fait=" + (valider ? "mouvement-valide" : "mouvement-brouillon"));
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
        page(t, "GET", "/app/mise-en-bouteille/volume", Role.CHAI, "Le volume qu'une mise en bouteille prend (fragment)", r -> {
            String texte;
            try {
                long nombre = r.query("nbBouteilles").map(n -> Long.parseLong(n.replace(" ", ""))).orElse(0L);
                long contenance = r.query("contenanceMl").map(Long::parseLong).orElse(750L);
                texte = nombre > 0 && nombre <= 100_000_000 && contenance > 0 && contenance <= 30_000
                        ? "Ces bouteilles prennent " + Vue.hl(Volume.ml(Math.multiplyExact(nombre, contenance))) + " hl au lot."
                        : "Indiquez le nombre de bouteilles.";
            } catch (NumberFormatException | ArithmeticException e) {
                texte = "Indiquez le nombre de bouteilles.";
            }
            return Reponse.html(200, "<p id=\"volume-bouteilles\" class=\"mb-4 font-semibold\" role=\"status\" aria-live=\"polite\">"
                    + texte + "</p>");
        });
        page(t, "POST", "/app/mise-en-bouteille", Role.CHAI, "Met un lot en bouteilles", r -> {
            Formulaire f = Formulaire.de(r.corps());
            try {
                boolean valider = "valider".equals(f.obligatoire("action"));
                chai.enTransaction(() -> {
                    Mouvement m = r.chai().mettreEnBouteille(new MiseEnBouteille(f.entier("sourceLotId").orElse(null),
                            f.entier("nbBouteilles").orElse(null), f.entier("contenanceMl").map(Long::intValue).orElse(null), f.decimal("pertesHl"),
                            f.date("date").orElse(null), f.texte("reference"), f.texte("commentaire")));
                    return valider ? r.chai().valider(m.id()) : m;
                });
                return Reponse.redirection("/app/journal?fait=" + (valider ? "mouvement-valide" : "mouvement-brouillon"));
            } catch (DomainException e) {
                return formMiseEnBouteille(r, 422, f.saisi(), Vue.erreurs(e));
            }
        });
        page(t, "GET", "/app/journal", Role.TOUS, "Le journal des mouvements", r -> journal(r, 200, Map.of()));
        page(t, "GET", "/app/journal.csv", Role.TOUS, "Le journal en CSV pour un tableur français", this::journalCsv);
        page(t, "POST", "/app/mouvements/:id/valider", Role.CHAI, "Valide un brouillon", r -> action(r, () -> {
            r.chai().valider(r.id("id"));
            return "mouvement-valide";
        }));
        page(t, "POST", "/app/mouvements/:id/supprimer", Role.CHAI, "Supprime un brouillon", r -> action(r, () -> {
            r.chai().supprimerBrouillon(r.id("id"));
            return "mouvement-supprime";
        }));
        page(t, "POST", "/app/mouvements/:id/contre-passer", Role.CORRECTION, "Contre-passe un mouvement validé", r -> {
            Formulaire f = Formulaire.de(r.corps());
            return action(r, () -> {
                String motif = f.texte("motif").orElseThrow(() -> new DomainException(CodeErreur.SAISIE_INVALIDE, "motif",
                        "obligatoire : dites pourquoi ce mouvement est annulé"));
                r.chai().contrePasser(new ContrePassation(r.id("id"), f.date("date").orElse(LocalDate.now()),
                        Optional.of(motif)));
                return "contre-passation";
            });
        });
        page(t, "GET", "/app/lots/:id", Role.TOUS, "Un lot : composition, historique, traçabilité", this::lot);
    }

    private static void page(TableRoutes t, String methode, String chemin, Set<Role> roles, String resume, Route.Traitement traitement) {
        t.route(methode, chemin, roles, resume, Void.class, Route.Page.class, traitement);
    }

    // --- dashboard ---

    private Reponse tableauDeBord(Requete r) {
        ChaiDomaine d = r.chai();
        List<Map<String, Object>> brouillons = d.journal(FiltreJournal.TOUT.statut(StatutMouvement.BROUILLON), 1, 5)
                .elements().stream().map(this::ligneJournal).toList();
        long nbBrouillons = d.journal(FiltreJournal.TOUT.statut(StatutMouvement.BROUILLON), 1, 1).total();
        List<Map<String, Object>> aSurveiller = new ArrayList<>();
        for (EtatCuve e : d.etatCuves()) {
            Map<String, Object> carte = carte(e);
            if (!"en cours".equals(carte.get("etat"))) {
                aSurveiller.add(carte);
            }
        }
        List<Map<String, Object>> bouteilles = new ArrayList<>();
        for (StockBouteilles s : d.stockBouteilles()) {
            if (s.nbBouteilles() > 0) {
                bouteilles.add(Map.of("reference", s.bouteilleLot().reference(), "produit", s.bouteilleLot().produit().libelleDouane(),
                        "nombre", Vue.decimal(BigDecimal.valueOf(s.nbBouteilles())), "contenance", s.bouteilleLot().contenanceMl() / 10 + " cl"));
            }
        }
        LocalDate aujourdhui = LocalDate.now();
        LocalDate debut = aujourdhui.withDayOfMonth(1);
        long sorties = d.journal(FiltreJournal.TOUT.periode(debut, aujourdhui).type(TypeMouvement.VENTE_SORTIE_STOCK)
                .statut(StatutMouvement.VALIDE), 1, 1).total();
        LocalDate echeance = aujourdhui.getDayOfMonth() <= 10 ? aujourdhui.withDayOfMonth(10) : aujourdhui.plusMonths(1).withDayOfMonth(10);
        Optional<Integer> anomalies = anomaliesDrm.apply(d.id(), java.time.YearMonth.from(echeance.minusMonths(1)));
        return vue.page(r, 200, "pages/tableau-de-bord.ftlh", "Tableau de bord", "tableau-de-bord", Map.of("brouillons", brouillons,
                "anomalies", anomalies.map(String::valueOf).orElse(""),
                "nbBrouillons", nbBrouillons, "cuves", aSurveiller, "bouteilles", bouteilles, "sorties", sorties,
                "echeanceDrm", Vue.date(echeance), "moisDrm", echeance.minusMonths(1).getMonth()
                        .getDisplayName(java.time.format.TextStyle.FULL, Locale.FRANCE) + " " + echeance.minusMonths(1).getYear()));
    }

    // --- parcelles ---

    private Reponse parcelles(Requete r) {
        String q = r.query("q").orElse("");
        List<Map<String, Object>> liste = r.chai().parcelles(q).stream().map(p -> Map.<String, Object>of(
                "id", p.id(), "nom", p.nom(), "cepage", p.cepage(), "surface", Vue.decimal(p.surfaceHa()),
                "plantation", p.anneePlantation().isPresent() ? Integer.toString(p.anneePlantation().getAsInt()) : "")).toList();
        return vue.page(r, 200, "pages/parcelles.ftlh", "Parcelles", "parcelles", Map.of("parcelles", liste, "q", q));
    }

    private Parcelle parcelle(Requete r) {
        return Exiger.trouve(r.chai().parcelle(r.id("id")), "id", "la parcelle", r.id("id"));
    }

    private static NouvelleParcelle nouvelleParcelle(Formulaire f) {
        return new NouvelleParcelle(f.obligatoire("nom"), f.obligatoire("cepage"), f.decimal("surfaceHa").orElse(null), f.decimal("lat"),
                f.decimal("lng"), f.entier("anneePlantation").map(Long::intValue));
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

    private Reponse formParcelle(Requete r, int statut, Optional<Parcelle> p, Map<String, String> saisi, Map<String, String> erreurs) {
        Map<String, Object> m = new HashMap<>();
        m.put("saisi", saisi);
        m.put("erreurs", erreurs);
        m.put("id", p.map(Parcelle::id).orElse(0L));
        return vue.page(r, statut, "pages/parcelle.ftlh", p.map(Parcelle::nom).orElse("Nouvelle parcelle"), "parcelles", m);
    }

    // --- cuverie ---

    private Reponse cuverie(Requete r) {
        String filtre = r.query("filtre").orElse("toutes");
        Optional<BigDecimal> place;
        try {
            place = r.query("place").map(p -> new BigDecimal(p.replace(',', '.').replace(" ", "")));
        } catch (NumberFormatException e) {
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
                case "vides" -> "vide".equals(carte.get("etat"));
                case "pleines" -> "pleine".equals(carte.get("etat"));
                default -> true;
            };
            if (place.isPresent() && e.libre().enHl().compareTo(place.get()) < 0) {
                garde = false;
            }
            if (garde) {
                cartes.add(carte);
            }
        }
        return vue.page(r, 200, "pages/cuverie.ftlh", "Cuverie", "cuverie", Map.of("cuves", cartes, "filtre", filtre,
                "place", r.query("place").orElse(""), "totaux", Map.of("nombre", etats.size(), "capacite", Vue.hl(capacite),
                        "occupe", Vue.hl(occupe), "libre", Vue.hl(capacite.moins(occupe)))));
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
        long pourcent = e.cuve().capacite().millilitres() == 0 ? 0 : e.volume().millilitres() * 100 / e.cuve().capacite().millilitres();
        c.put("pourcent", pourcent);
        c.put("etat", e.volume().estNul() ? "vide" : pourcent >= 95 ? "pleine" : "en cours");
        List<Map<String, Object>> lots = new ArrayList<>();
        for (LotEnCuve l : e.lots()) {
            lots.add(Map.of("id", l.lot().id(), "reference", l.lot().reference(), "produit", l.lot().produit().libelleDouane(),
                    "volume", Vue.hl(l.volume())));
        }
        c.put("lots", lots);
        return c;
    }

    // --- the harvest in one page ---

    /**
     * The products a form offers: the domaine's lots' first, then the portal catalogue's; one per
     * customs label, the lots' spelling winning, so that a new lot joins its label's DRM column.
     */
    private List<ProduitFiscal> produitsProposes(Requete r) {
        Map<String, ProduitFiscal> produits = new LinkedHashMap<>();
        for (Lot l : r.chai().lots()) {
            produits.putIfAbsent(l.produit().libelleDouane(), l.produit());
        }
        catalogue.apply(r.domaine()).forEach(p -> produits.putIfAbsent(p.libelleDouane(), p));
        return List.copyOf(produits.values());
    }

    private Reponse formVendange(Requete r, int statut, Map<String, String> saisi, Map<String, String> erreurs) {
        ChaiDomaine d = r.chai();
        List<Parcelle> parcelles = new ArrayList<>(d.parcelles(""));
        // The parcelle harvested last comes first: the next load is most often from the same plot.
        List<fr.monchai.core.chai.Vendange> vendanges = d.vendanges(fr.monchai.core.chai.FiltreVendanges.TOUT);
        if (!vendanges.isEmpty()) {
            long derniere = vendanges.get(vendanges.size() - 1).parcelleId();
            parcelles.sort((a, b) -> Boolean.compare(b.id() == derniere, a.id() == derniere));
        }
        Map<String, String> valeurs = new HashMap<>(saisi);
        valeurs.putIfAbsent("date", LocalDate.now().toString());
        if (!parcelles.isEmpty()) {
            valeurs.putIfAbsent("parcelleId", Long.toString(parcelles.get(0).id()));
        }
        return vue.page(r, statut, "pages/vendange.ftlh", "Nouvelle vendange", "vendange", Map.of(
                "parcelles", parcelles.stream().map(p -> Map.of("id", p.id(), "nom", p.nom(), "cepage", p.cepage())).toList(),
                "cuves", d.etatCuves().stream().map(PagesChai::carte).toList(),
                "produits", choixProduits(r), "saisi", valeurs, "erreurs", erreurs));
    }

    /** The product a form chose by its index, the offered list read once (it may parse the domaine's catalogue). */
    private Optional<ProduitFiscal> produitChoisi(Requete r, Formulaire f) {
        List<ProduitFiscal> proposes = produitsProposes(r);
        return f.entier("produit").filter(i -> i >= 0 && i < proposes.size()).map(i -> proposes.get(i.intValue()));
    }

    /** The fiscal products a form offers, by their index in {@code produitsProposes}: the portal's label and INAO-backed spelling. */
    private List<Map<String, Object>> choixProduits(Requete r) {
        List<ProduitFiscal> produits = produitsProposes(r);
        List<Map<String, Object>> choix = new ArrayList<>();
        for (int i = 0; i < produits.size(); i++) {
            choix.add(Map.of("index", i, "libelle", produits.get(i).libelleDouane() + " (" + produits.get(i).certification() + ")"));
        }
        return choix;
    }

    // --- racking ---

    private Reponse formSoutirage(Requete r, int statut, EtatCuve source, Map<String, String> saisi, Map<String, String> erreurs) {
        List<Map<String, Object>> destinations = r.chai().etatCuves().stream().filter(e -> e.cuve().id() != source.cuve().id())
                .map(PagesChai::carte).toList();
        return vue.page(r, statut, "pages/soutirage.ftlh", "Soutirage de " + source.cuve().nom(), "cuverie", Map.of("source", carte(source),
                "destinations", destinations, "produits", choixProduits(r), "saisi", saisi, "erreurs", erreurs));
    }

    // --- losses, inventory, blends ---

    private static Lot lotEnCuve(EtatCuve etat) {
        return etat.lots().stream().findFirst().map(LotEnCuve::lot).orElseThrow(() -> new DomainException(CodeErreur.OPERATION_INCOHERENTE,
                "lotId", "la cuve « " + etat.cuve().nom() + " » est vide"));
    }

    private Reponse formOperation(Requete r, int statut, EtatCuve etat, String nature, Map<String, String> saisi, Map<String, String> erreurs) {
        String titre = ("perte".equals(nature) ? "Perte sur " : "Ajustement d'inventaire de ") + etat.cuve().nom();
        return vue.page(r, statut, "pages/operation.ftlh", titre, "cuverie", Map.of("cuve", carte(etat), "nature", nature,
                "saisi", saisi, "erreurs", erreurs));
    }

    private Reponse formAssemblage(Requete r, int statut, Map<String, String> saisi, Map<String, String> erreurs) {
        List<Map<String, Object>> lots = r.chai().lotsDisponibles().stream().map(l -> Map.<String, Object>of(
                "id", l.lot().id(), "reference", l.lot().reference(), "produit", l.lot().produit().libelleDouane(), "volume", Vue.hl(l.volume()),
                "cuve", r.chai().cuve(l.lot().cuveId()).map(Cuve::nom).orElse(""))).toList();
        return vue.page(r, statut, "pages/assemblage.ftlh", "Assemblage", "cuverie", Map.of("lots", lots,
                "cuves", r.chai().etatCuves().stream().map(PagesChai::carte).toList(), "saisi", saisi, "erreurs", erreurs));
    }

    // --- bottling ---

    private Reponse formMiseEnBouteille(Requete r, int statut, Map<String, String> saisi, Map<String, String> erreurs) {
        List<Map<String, Object>> lots = r.chai().lotsDisponibles().stream().map(l -> Map.<String, Object>of(
                "id", l.lot().id(), "libelle", l.lot().reference() + " — " + l.lot().produit().libelleDouane() + " — " + Vue.hl(l.volume()) + " hl",
                "volumeMl", l.volume().millilitres())).toList();
        return vue.page(r, statut, "pages/mise-en-bouteille.ftlh", "Mise en bouteille", "mise-en-bouteille", Map.of("lots", lots,
                "saisi", saisi, "erreurs", erreurs));
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
        OptionalLong lot = r.query("lot").map(l -> {
            try {
                return OptionalLong.of(Long.parseLong(l));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }).orElse(OptionalLong.empty());
        Optional<LocalDate> du = Optional.empty();
        Optional<LocalDate> au = Optional.empty();
        try {
            du = r.date("du");
            au = r.date("au");
        } catch (DomainException e) {
            // an unreadable day in the address filters nothing; the form shows what it understood
        }
        return new FiltreJournal(du, au, type, statut, lot);
    }

    private Reponse journal(Requete r, int statut, Map<String, String> erreurs) {
        FiltreJournal f = filtre(r);
        int numeroPage = r.query("page").map(p -> {
            try {
                return Math.max(1, Integer.parseInt(p));
            } catch (NumberFormatException e) {
                return 1;
            }
        }).orElse(1);
        PageJournal page = r.chai().journal(f, numeroPage, TAILLE_PAGE);
        long pages = Math.max(1, (page.total() + TAILLE_PAGE - 1) / TAILLE_PAGE);
        Map<String, String> filtres = new LinkedHashMap<>();
        f.du().ifPresent(x -> filtres.put("du", x.toString()));
        f.au().ifPresent(x -> filtres.put("au", x.toString()));
        f.type().ifPresent(x -> filtres.put("type", x.code()));
        f.statut().ifPresent(x -> filtres.put("statut", x.name().toLowerCase(Locale.ROOT)));
        if (f.lotId().isPresent()) {
            filtres.put("lot", Long.toString(f.lotId().getAsLong()));
        }
        String requete = String.join("&", filtres.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        List<Map<String, String>> types = new ArrayList<>();
        for (TypeMouvement t : TypeMouvement.values()) {
            types.add(Map.of("code", t.code(), "libelle", libelle(t)));
        }
        return vue.page(r, statut, "pages/journal.ftlh", "Journal des mouvements", "journal", Map.of(
                "mouvements", page.elements().stream().map(this::ligneJournal).toList(), "filtres", filtres, "requete", requete,
                "page", numeroPage, "pages", pages, "total", page.total(), "types", types, "erreurs", erreurs,
                "aujourdhui", LocalDate.now().toString()));
    }

    private Map<String, Object> ligneJournal(Mouvement m) {
        Map<String, Object> l = new HashMap<>();
        l.put("id", m.id());
        l.put("numero", m.numero().isPresent() ? Long.toString(m.numero().getAsLong()) : "");
        l.put("date", Vue.date(m.date()));
        l.put("type", libelle(m.type()));
        l.put("statut", switch (m.statut()) {
            case BROUILLON -> "Brouillon";
            case VALIDE -> "Validé";
            case VERROUILLE -> "Déclaré";
        });
        l.put("brouillon", m.statut() == StatutMouvement.BROUILLON);
        l.put("valide", m.statut() == StatutMouvement.VALIDE && m.type() != TypeMouvement.CONTRE_PASSATION);
        l.put("commentaire", m.commentaire());
        List<String> lignes = new ArrayList<>();
        for (LigneMouvement lm : m.lignes()) {
            lignes.add(compte(lm.compte()) + " " + (lm.volume().estPositif() ? "+" : "") + Vue.hl(lm.volume()) + " hl");
        }
        l.put("lignes", lignes);
        return l;
    }

    private static String compte(Compte c) {
        return switch (c) {
            case Compte.DeLot l -> "lot n° " + l.lotId();
            case Compte.DeBouteilles b -> "bouteilles n° " + b.bouteilleLotId();
            case Compte.Externe e -> e.nature().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String libelle(TypeMouvement t) {
        return switch (t) {
            case VENDANGE_VERS_CUVE -> "Vendange";
            case INTER_CUVES -> "Soutirage";
            case ASSEMBLAGE -> "Assemblage";
            case PERTE -> "Perte";
            case MISE_EN_BOUTEILLE -> "Mise en bouteille";
            case VENTE_SORTIE_STOCK -> "Sortie";
            case ENTREE -> "Entrée";
            case AJUSTEMENT_INVENTAIRE -> "Ajustement d'inventaire";
            case CONTRE_PASSATION -> "Contre-passation";
        };
    }

    /** The journal as a French spreadsheet opens it: {@code ;} between fields, decimal commas, a UTF-8 BOM. */
    private Reponse journalCsv(Requete r) {
        Tableur csv = Tableur.francais().ligne("numéro", "date", "type", "statut", "compte", "volume (hl)", "commentaire");
        for (Mouvement m : r.chai().journal(filtre(r))) {
            for (LigneMouvement l : m.lignes()) {
                csv.ligne(m.numero().isPresent() ? (Object) m.numero().getAsLong() : "", m.date(), libelle(m.type()),
                        m.statut().name().toLowerCase(Locale.ROOT), compte(l.compte()), l.volume().enHl(), m.commentaire());
            }
        }
        return Reponse.fichier(csv.octets(), "text/csv; charset=utf-8", "journal.csv");
    }

    private Reponse action(Requete r, java.util.function.Supplier<String> operation) {
        try {
            return Reponse.redirection("/app/journal?fait=" + operation.get());
        } catch (DomainException e) {
            if (e.code() == CodeErreur.INTROUVABLE) {
                throw e;
            }
            return journal(r, 422, Map.of("", String.join(" ", Vue.erreurs(e).values())));
        }
    }

    // --- lot ---

    private Reponse lot(Requete r) {
        ChaiDomaine d = r.chai();
        Lot lot = Exiger.trouve(d.lot(r.id("id")), "id", "le lot", r.id("id"));
        Compte compte = new Compte.DeLot(lot.id());
        List<Map<String, Object>> composition = new ArrayList<>();
        var parts = d.composition(compte).parts();
        Volume total = parts.values().stream().reduce(Volume.ZERO, Volume::plus);
        for (Map.Entry<Composant, Volume> e : parts.entrySet()) {
            Composant c = e.getKey();
            String parcelle = c.parcelleId().isPresent() ? d.parcelle(c.parcelleId().getAsLong()).map(Parcelle::nom)
                    .orElse("") : "";
            composition.add(Map.of("millesime", c.millesime().isPresent() ? Integer.toString(c.millesime().getAsInt()) : "",
                    "cepage", c.cepage(), "parcelle", parcelle, "appellation", c.appellation(), "volume", Vue.hl(e.getValue()),
                    "part", total.estNul() ? "0" : Vue.decimal(BigDecimal.valueOf(e.getValue().millilitres() * 10_000 / total.millilitres(), 2))));
        }
        Tracabilite amont = d.tracabiliteAmont(compte);
        Tracabilite aval = d.tracabiliteAval(compte);
        List<String> parcelles = amont.parcelles().stream().map(id -> d.parcelle(id).map(Parcelle::nom).orElse("n° " + id))
                .toList();
        List<Map<String, Object>> bouteilles = aval.bouteilleLots().stream().map(id -> d.bouteilleLot(id)).flatMap(Optional::stream)
                .map(b -> Map.<String, Object>of("reference", b.reference(), "nombre", Vue.decimal(BigDecimal.valueOf(b.nbBouteilles())),
                        "date", Vue.date(b.date()))).toList();
        List<Map<String, Object>> historique = d.journal(FiltreJournal.TOUT.lot(lot.id())).stream().map(this::ligneJournal)
                .toList();
        return vue.page(r, 200, "pages/lot.ftlh", "Lot " + lot.reference(), "cuverie", Map.of("lot", Map.of("id", lot.id(),
                "reference", lot.reference(), "produit", lot.produit().libelleDouane(), "volume", Vue.hl(d.solde(compte)),
                "cuveId", lot.cuveId()), "composition", composition, "parcelles", parcelles, "bouteilles", bouteilles,
                "lotsAval", aval.lots().size(), "historique", historique));
    }
}
