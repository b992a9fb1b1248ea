package fr.monchai.drm;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.crd.CategorieCapsule;
import fr.monchai.core.crd.CompteCapsules;
import fr.monchai.core.crd.MouvementCrd;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.crd.TypeCapsule;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.CompteExterne;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.drm.modele.Acheteur;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CategorieDrm;
import fr.monchai.drm.modele.CompteCrdDrm;
import fr.monchai.drm.modele.Declarant;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.DocumentSortie;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.modele.Sens;
import fr.monchai.drm.modele.TypeDocument;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns one month of a domaine's register into the national DRM model (docs/DRM.md §2.3): harvest
 * → volume produit; wine moving between two fiscal products → repli or déclassement on both
 * sides; racking, lees and bottling losses → autres mouvements internes; inventory manquants
 * and excédents → autres sorties and autres entrées, their comment as the observation; exits
 * by fiscal destination; returns of taxed goods → replacement en suspension. Bottling on site
 * changes no balance. Only validated (and locked) movements count; a reversal in the month of
 * its movement cancels it, a later one is declared as the opposite movement, with an observation.
 */
public final class ConstructeurDrm {

    /** The wine away at a provider: an entry from it is a return, not a purchase. */
    private static final Compte TRAVAIL_A_FACON =
            new Compte.Externe(fr.monchai.core.journal.CompteExterne.TRAVAIL_A_FACON);

    private static final DateTimeFormatter DATE_FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int OBSERVATIONS_MAX = 250;

    private final MonChai chai;

    /**
     * Reads the register through the library only.
     *
     * @param chai the register
     */
    public ConstructeurDrm(MonChai chai) {
        this.chai = chai;
    }

    /**
     * {@return the declaration}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mois the declared month
     * @param declarant who declares
     */
    public DeclarationDrm construire(long domaineId, YearMonth mois, Declarant declarant) {
        LocalDate debut = mois.atDay(1);
        LocalDate fin = mois.atEndOfMonth();
        Set<Compte> acquittes = new HashSet<>();
        Map<Compte, ProduitFiscal> produits = produits(domaineId, acquittes);
        Balances balances = new Balances(acquittes);
        for (Map.Entry<Compte, ProduitFiscal> e : produits.entrySet()) {
            Volume avant = chai.registre().solde(domaineId, e.getKey(), debut.minusDays(1));
            Volume apres = chai.registre().solde(domaineId, e.getKey(), fin);
            if (!avant.estNul() || !apres.estNul()) {
                Produit p = balances.de(e.getValue(), acquittes.contains(e.getKey()));
                p.debut = p.debut.plus(avant);
                p.finRegistre = p.finRegistre.plus(apres);
            }
        }
        Map<Long, ReferenceSortie> references = chai.mouvements().referencesSortie(domaineId);
        List<DocumentSortie> documents = new ArrayList<>();
        for (Mouvement m : chai.registre()
                .journal(
                        domaineId,
                        new FiltreJournal(
                                Optional.of(debut),
                                Optional.of(fin),
                                Optional.empty(),
                                Optional.empty(),
                                java.util.Set.of()))) {
            if (!m.statut().compte()) {
                continue;
            }
            ReferenceSortie ref = references.getOrDefault(m.id(), ReferenceSortie.AUCUNE);
            if (m.type() == TypeMouvement.CONTRE_PASSATION) {
                Mouvement original = chai.mouvements()
                        .trouver(domaineId, m.contrePasse().getAsLong())
                        .orElseThrow();
                ReferenceSortie refOriginal = references.getOrDefault(original.id(), ReferenceSortie.AUCUNE);
                if (YearMonth.from(original.date()).equals(mois)) {
                    contribuer(original, produits, refOriginal, -1, Optional.empty(), balances);
                } else {
                    String observation = "Contre-passation du mouvement n° "
                            + original.numero().getAsLong() + " du "
                            + original.date().format(DATE_FR);
                    contribuer(original, produits, refOriginal, -1, Optional.of(observation), balances);
                }
                continue;
            }
            contribuer(m, produits, ref, 1, Optional.empty(), balances);
            // Its accompanying document: a DAE for wine leaving under bond, a DSA for wine travelling duty-paid in
            // France
            // (petit vrac whose duty the DRM pays, bottles without capsules); family use needs none.
            Optional<TypeDocument> type = m.destination()
                    .flatMap(d -> d.sousDae()
                            ? Optional.of(TypeDocument.DAE)
                            : d == DestinationFiscale.CONSOMMATION_FAMILIALE
                                    ? Optional.<TypeDocument>empty()
                                    : Optional.of(TypeDocument.DSA));
            if (type.isPresent() && ref.numeroDocument().isPresent()) {
                documents.add(new DocumentSortie(
                        type.get(),
                        ref.numeroDocument().get(),
                        m.date(),
                        ref.pays(),
                        ref.acciseDestinataire(),
                        type.get() == TypeDocument.DAE ? ref.apurement() : Optional.empty(),
                        ref.nomAcheteur()));
            }
        }
        return new DeclarationDrm(
                declarant,
                mois,
                balances.suspendus(),
                balances.acquittes(),
                crd(domaineId, debut, fin, declarant.regimesCrd()),
                documents,
                false);
    }

    /**
     * The balances being built, by product: under bond, and on the duty-paid stock list for the
     * bottles held duty-paid.
     */
    private static final class Balances {
        private final Set<Compte> acquittes;
        private final Map<ProduitFiscal, Produit> suspendus = parLibelle();
        private final Map<ProduitFiscal, Produit> acquittees = parLibelle();

        Balances(Set<Compte> acquittes) {
            this.acquittes = acquittes;
        }

        private static Map<ProduitFiscal, Produit> parLibelle() {
            return new TreeMap<>(
                    Comparator.comparing(ProduitFiscal::libelleDouane).thenComparing(ProduitFiscal::toString));
        }

        Produit de(ProduitFiscal produit, boolean acquitte) {
            return (acquitte ? acquittees : suspendus).computeIfAbsent(produit, k -> new Produit());
        }

        boolean acquitte(Compte compte) {
            return acquittes.contains(compte);
        }

        List<BalanceProduit> suspendus() {
            List<BalanceProduit> b = new ArrayList<>();
            suspendus.forEach((produit, p) -> b.add(p.balance(produit)));
            return b;
        }

        List<BalanceProduit> acquittes() {
            List<BalanceProduit> b = new ArrayList<>();
            acquittees.forEach((produit, p) -> b.add(p.balance(produit)));
            return b;
        }
    }

    /**
     * A line of duty-paid bottles, as the duty-paid stock list files it: a purchase, a sale, or
     * another entry or exit (an inventory correction, a reversal).
     */
    private static LigneDrm enAcquittes(LigneDrm l) {
        CategorieDrm categorie = switch (l.nature().orElseThrow()) {
            case ACHAT -> CategorieDrm.ACQUITTES_ACHATS;
            case VENTE_CRD_ACQUITTES,
                    VENTE_BOUTEILLES_CRD,
                    VENTE_VRAC_FRANCE,
                    EXPORT,
                    LIVRAISON_UE,
                    VENTE_ENTREPOSITAIRE,
                    VENTE_ENTREPOSITAIRE_BOUTEILLES -> CategorieDrm.ACQUITTES_VENTES;
            default ->
                l.categorie().sens() == Sens.ENTREE
                        ? CategorieDrm.ACQUITTES_AUTRES_ENTREES
                        : CategorieDrm.ACQUITTES_AUTRES_SORTIES;
        };
        return LigneDrm.de(categorie, l.volume());
    }

    /**
     * Every stock account of the domaine with its fiscal product.
     *
     * @param acquittes filled with the accounts of the bouteille lots held duty-paid (bottles bought with their duty paid)
     */
    private Map<Compte, ProduitFiscal> produits(long domaineId, Set<Compte> acquittes) {
        Map<Compte, ProduitFiscal> produits = new HashMap<>();
        for (Lot lot : chai.registre().lots(domaineId)) {
            produits.put(new Compte.DeLot(lot.id()), lot.produit());
        }
        for (BouteilleLot b : chai.registre().bouteilleLots(domaineId)) {
            produits.put(new Compte.DeBouteilles(b.id()), b.produit());
            if (b.droitsAcquittes()) {
                acquittes.add(new Compte.DeBouteilles(b.id()));
            }
        }
        return produits;
    }

    /**
     * Adds a movement's lines to its products' balances: {@code signe} -1 cancels it; with an
     * observation, it is a reversal of an earlier month, declared as the opposite movement.
     */
    private static void contribuer(
            Mouvement m,
            Map<Compte, ProduitFiscal> produits,
            ReferenceSortie ref,
            int signe,
            Optional<String> contrePassation,
            Balances balances) {
        List<Contribution> contributions = contributions(m, produits, ref, balances);
        for (Contribution c : contributions) {
            Produit p = balances.de(c.produit(), c.acquitte());
            LigneDrm ligne = contrePassation.isEmpty() ? c.ligne() : inverse(c.ligne(), YearMonth.from(m.date()));
            ligne = c.acquitte() ? enAcquittes(ligne) : ligne;
            if (contrePassation.isEmpty()) {
                p.ajouter(ligne, signe);
                // A movement cancelled within the month takes its observation back with its lines.
                c.observation().ifPresent(o -> p.observer(o, signe));
            } else {
                p.ajouter(ligne, 1);
                p.observer(contrePassation.get(), 1);
            }
        }
    }

    /** A line declared by reversing it in a later month: a return, an excédent, a manquant. */
    private static LigneDrm inverse(LigneDrm l, YearMonth moisOrigine) {
        NatureDrm nature = switch (l.nature().orElseThrow()) { // the register's lines always know their type
            case VENTE_BOUTEILLES_CRD, VENTE_VRAC_FRANCE -> NatureDrm.RETOUR_TAXE;
            case VENTE_CRD_ACQUITTES,
                    EXPORT,
                    LIVRAISON_UE,
                    VENTE_ENTREPOSITAIRE,
                    VENTE_ENTREPOSITAIRE_BOUTEILLES,
                    CONSOMMATION_FAMILIALE,
                    DISTILLATION,
                    USAGE_INDUSTRIEL,
                    SORTIE_TRAVAIL_A_FACON -> NatureDrm.REINTEGRATION;
            case PERTE, MANQUANT -> NatureDrm.EXCEDENT;
            case RECOLTE, ACHAT, EXCEDENT, REINTEGRATION, RETOUR_TAXE, RETOUR_TRAVAIL_A_FACON -> NatureDrm.MANQUANT;
            case REPLI_ENTREE -> NatureDrm.REPLI_SORTIE;
            case REPLI_SORTIE -> NatureDrm.REPLI_ENTREE;
            case DECLASSEMENT_ENTREE -> NatureDrm.DECLASSEMENT_SORTIE;
            case DECLASSEMENT_SORTIE -> NatureDrm.DECLASSEMENT_ENTREE;
            case INTEGRATION_VCI -> NatureDrm.REVENDICATION_VCI;
            case REVENDICATION_VCI -> NatureDrm.INTEGRATION_VCI;
        };
        Optional<YearMonth> origine = nature == NatureDrm.RETOUR_TAXE ? Optional.of(moisOrigine) : Optional.empty();
        return new LigneDrm(nature, l.volume(), l.pays(), l.numeroContrat(), l.numeroDocument(), origine, l.acheteur());
    }

    /** A line a movement adds to a product, on the duty-paid stock list when {@code acquitte}. */
    private record Contribution(ProduitFiscal produit, LigneDrm ligne, Optional<String> observation, boolean acquitte) {

        Contribution(ProduitFiscal produit, LigneDrm ligne, Optional<String> observation) {
            this(produit, ligne, observation, false);
        }
    }

    /** The lines a movement adds to each product it touches, before any reversal. */
    private static List<Contribution> contributions(
            Mouvement m, Map<Compte, ProduitFiscal> produits, ReferenceSortie ref, Balances balances) {
        List<Contribution> resultat = new ArrayList<>();
        Optional<String> commentaire = m.commentaire().isBlank() ? Optional.empty() : Optional.of(m.commentaire());
        switch (m.type()) {
            case VENDANGE_VERS_CUVE, ENTREE, VENTE_SORTIE_STOCK, PERTE, AJUSTEMENT_INVENTAIRE -> {
                for (LigneMouvement l : m.lignes()) {
                    if (!l.compte().estStock()) {
                        continue;
                    }
                    ProduitFiscal produit = produits.get(l.compte());
                    Volume v = l.volume().abs();
                    LigneDrm ligne = switch (m.type()) {
                        case VENDANGE_VERS_CUVE -> LigneDrm.de(NatureDrm.RECOLTE, v);
                        case ENTREE ->
                            LigneDrm.de(
                                    m.lignes().stream().anyMatch(x -> x.compte().equals(TRAVAIL_A_FACON))
                                            ? NatureDrm.RETOUR_TRAVAIL_A_FACON
                                            : NatureDrm.ACHAT,
                                    v);
                        case PERTE -> LigneDrm.de(NatureDrm.PERTE, v);
                        case AJUSTEMENT_INVENTAIRE ->
                            LigneDrm.de(l.volume().estPositif() ? NatureDrm.EXCEDENT : NatureDrm.MANQUANT, v);
                        default -> sortie(m, l, v, ref);
                    };
                    // A loss carries its cause too: the portals ask for one at validation (docs/DRM.md §9).
                    Optional<String> observation = ligne.categorie().exigeObservation() || ligne.est(NatureDrm.PERTE)
                            ? commentaire
                            : Optional.empty();
                    resultat.add(new Contribution(produit, ligne, observation, balances.acquitte(l.compte())));
                }
            }
            case INTER_CUVES, ASSEMBLAGE, MISE_EN_BOUTEILLE -> interne(m, produits, resultat);
            case CONTRE_PASSATION -> throw new IllegalArgumentException("a reversal is declared through its movement");
        }
        return resultat;
    }

    private static LigneDrm sortie(Mouvement m, LigneMouvement l, Volume v, ReferenceSortie ref) {
        boolean bouteilles = l.compte() instanceof Compte.DeBouteilles;
        DestinationFiscale destination = m.destination().orElseThrow();
        NatureDrm nature = switch (destination) {
            case FRANCE_DROITS_SUSPENDUS -> bouteilles ? NatureDrm.VENTE_BOUTEILLES_CRD : NatureDrm.VENTE_VRAC_FRANCE;
            case FRANCE_DROITS_ACQUITTES -> NatureDrm.VENTE_CRD_ACQUITTES;
            case EXPORT -> NatureDrm.EXPORT;
            case LIVRAISON_UE -> NatureDrm.LIVRAISON_UE;
            case ENTREPOSITAIRE_AGREE ->
                bouteilles ? NatureDrm.VENTE_ENTREPOSITAIRE_BOUTEILLES : NatureDrm.VENTE_ENTREPOSITAIRE;
            case CONSOMMATION_FAMILIALE -> NatureDrm.CONSOMMATION_FAMILIALE;
            case DISTILLATION -> NatureDrm.DISTILLATION;
            case USAGE_INDUSTRIEL -> NatureDrm.USAGE_INDUSTRIEL;
            case TRAVAIL_A_FACON -> NatureDrm.SORTIE_TRAVAIL_A_FACON;
        };
        Optional<Acheteur> acheteur = ref.nomAcheteur()
                .map(nom ->
                        new Acheteur(nom, ref.acciseDestinataire(), ref.prixHl().orElseThrow()));
        return new LigneDrm(
                nature, v, ref.pays(), ref.numeroContrat(), ref.numeroDocument(), Optional.empty(), acheteur);
    }

    /**
     * A movement inside the cellar: its losses are declared on the product that receives the
     * wine; wine that changes product leaves its own (repli or déclassement) and enters the other.
     */
    private static void interne(Mouvement m, Map<Compte, ProduitFiscal> produits, List<Contribution> resultat) {
        ProduitFiscal destination = null;
        Map<ProduitFiscal, Volume> sorties = new LinkedHashMap<>();
        Volume pertes = Volume.ZERO;
        for (LigneMouvement l : m.lignes()) {
            if (l.compte().equals(new Compte.Externe(CompteExterne.PERTES))) {
                pertes = pertes.plus(l.volume());
            } else if (l.compte().estStock() && l.volume().estPositif()) {
                destination = produits.get(l.compte());
            } else if (l.compte().estStock()) {
                sorties.merge(produits.get(l.compte()), l.volume().abs(), Volume::plus);
            }
        }
        if (destination == null) {
            throw new IllegalStateException("internal movement without destination: " + m);
        }
        boolean declasse = destination.certification() == Certification.VSIG;
        for (Map.Entry<ProduitFiscal, Volume> e : sorties.entrySet()) {
            if (!e.getKey().equals(destination)) {
                boolean declassement = declasse && e.getKey().certification() != Certification.VSIG;
                // VCI joining a wine that is not VCI is claimed (revendiqué): customs have their own lines for it.
                boolean vci = e.getKey().genre() == Genre.VCI && destination.genre() != Genre.VCI;
                NatureDrm sortie = vci
                        ? NatureDrm.REVENDICATION_VCI
                        : declassement ? NatureDrm.DECLASSEMENT_SORTIE : NatureDrm.REPLI_SORTIE;
                NatureDrm entree = vci
                        ? NatureDrm.INTEGRATION_VCI
                        : declassement ? NatureDrm.DECLASSEMENT_ENTREE : NatureDrm.REPLI_ENTREE;
                resultat.add(new Contribution(e.getKey(), LigneDrm.de(sortie, e.getValue()), Optional.empty()));
                resultat.add(new Contribution(destination, LigneDrm.de(entree, e.getValue()), Optional.empty()));
            }
        }
        if (!pertes.estNul()) {
            String cause = m.commentaire().isBlank()
                    ? switch (m.type()) {
                        case ASSEMBLAGE -> "pertes à l'assemblage";
                        case MISE_EN_BOUTEILLE -> "pertes à la mise en bouteille";
                        default -> "pertes au soutirage (lies)";
                    }
                    : m.commentaire();
            resultat.add(new Contribution(destination, LigneDrm.de(NatureDrm.PERTE, pertes), Optional.of(cause)));
        }
    }

    private List<CompteCrdDrm> crd(long domaineId, LocalDate debut, LocalDate fin, Set<TypeCapsule> regimes) {
        Map<CompteCapsules, Long> avant = chai.capsules().soldes(domaineId, debut.minusDays(1));
        Map<CompteCapsules, Long> apres = chai.capsules().soldes(domaineId, fin);
        Map<CompteCapsules, EnumMap<NatureCrd, Long>> mouvements = new HashMap<>();
        Map<CompteCapsules, Set<String>> observations = new HashMap<>();
        for (MouvementCrd m : chai.capsules().mouvements(domaineId, debut, fin)) {
            mouvements
                    .computeIfAbsent(m.compte(), k -> new EnumMap<>(NatureCrd.class))
                    .merge(m.nature(), m.quantite(), Long::sum);
            if (!m.observation().isBlank()) {
                observations
                        .computeIfAbsent(m.compte(), k -> new LinkedHashSet<>())
                        .add(m.observation());
            }
        }
        List<CompteCrdDrm> comptes = new ArrayList<>();
        for (Map.Entry<CompteCapsules, Long> e : apres.entrySet()) {
            CompteCapsules compte = e.getKey();
            Map<NatureCrd, Long> duMois = mouvements.getOrDefault(compte, new EnumMap<>(NatureCrd.class));
            long debutCompte = avant.getOrDefault(compte, 0L);
            if (debutCompte != 0 || e.getValue() != 0 || !duMois.isEmpty()) {
                comptes.add(new CompteCrdDrm(
                        compte,
                        debutCompte,
                        duMois,
                        e.getValue(),
                        tronquer(String.join("; ", observations.getOrDefault(compte, Set.of())))));
            }
        }
        // Each declared regime appears, a zero line where nothing moved: the portal records the
        // estate's regimes from its files and refuses a movement under a regime it has not seen.
        for (TypeCapsule regime : TypeCapsule.values()) {
            if (regimes.contains(regime)
                    && comptes.stream().noneMatch(c -> c.compte().type() == regime)) {
                comptes.add(new CompteCrdDrm(
                        new CompteCapsules(CategorieCapsule.TRANQUILLE, regime, 750),
                        0,
                        new EnumMap<>(NatureCrd.class),
                        0,
                        ""));
            }
        }
        return comptes;
    }

    private static String tronquer(String texte) {
        return texte.length() <= OBSERVATIONS_MAX ? texte : texte.substring(0, OBSERVATIONS_MAX - 1) + "…";
    }

    /** A product's balance being built. */
    private static final class Produit {
        private Volume debut = Volume.ZERO;
        private Volume finRegistre = Volume.ZERO;
        private final Map<LigneDrm, Volume> lignes = new LinkedHashMap<>();
        private final Map<String, Integer> observations = new LinkedHashMap<>();

        void ajouter(LigneDrm ligne, int signe) {
            LigneDrm cle = ligne.avecVolume(Volume.ZERO);
            Volume v = signe > 0 ? ligne.volume() : ligne.volume().negation();
            lignes.merge(cle, v, Volume::plus);
        }

        void observer(String observation, int signe) {
            observations.merge(observation, signe, Integer::sum);
        }

        @SuppressWarnings("EnumOrdinal") // NatureDrm's, then CategorieDrm's, declaration order is the register's order
        BalanceProduit balance(ProduitFiscal produit) {
            List<LigneDrm> resultat = new ArrayList<>();
            lignes.forEach((cle, v) -> {
                if (v.estNegatif()) {
                    throw new IllegalStateException(
                            "negative DRM line " + cle.libelle() + " " + v + " for " + produit.libelleDouane());
                }
                if (!v.estNul()) {
                    resultat.add(cle.plus(v));
                }
            });
            // the register's order of types, then the lines known by their category alone (the duty-paid stock list's)
            resultat.sort(Comparator.comparing((LigneDrm l) -> l.nature()
                            .map(Enum::ordinal)
                            .orElse(NatureDrm.values().length + l.categorie().ordinal()))
                    .thenComparing(l -> l.pays().orElse(""))
                    .thenComparing(l -> l.numeroContrat().orElse(""))
                    .thenComparing(l -> l.numeroDocument().orElse(""))
                    .thenComparing(l -> l.moisOrigine().map(YearMonth::toString).orElse(""))
                    .thenComparing(l -> l.acheteur().map(Acheteur::nom).orElse("")));
            BalanceProduit b = new BalanceProduit(
                    produit,
                    debut,
                    resultat,
                    finRegistre,
                    tronquer(observations.entrySet().stream()
                            .filter(e -> e.getValue() > 0)
                            .map(Map.Entry::getKey)
                            .collect(java.util.stream.Collectors.joining("; "))));
            if (!b.equilibree()) {
                throw new IllegalStateException(
                        "the DRM of " + produit.libelleDouane() + " does not balance with the register: " + debut
                                + " + " + b.total(Sens.ENTREE) + " - " + b.total(Sens.SORTIE) + " != " + finRegistre);
            }
            return b;
        }
    }
}
