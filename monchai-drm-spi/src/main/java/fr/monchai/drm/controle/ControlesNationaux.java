package fr.monchai.drm.controle;

import fr.monchai.core.commun.Volume;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.crd.TypeCapsule;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CategorieDrm;
import fr.monchai.drm.modele.CompteCrdDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.modele.Sens;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The customs (CIEL) rules every DRM must pass, whatever the region (docs/DRM.md §9): balances
 * that hold, no negative stock, continuity with the previous month, unique labels,
 * observations where customs require them, replacements at most two years old, CRD accounts
 * that hold and follow on, repli / déclassement exits matched by entries, a VDN or VDL with its
 * strength (rule {@code TAV}), and a duty-paid stock list that holds, each balance with its own lines
 * (rule {@code REGIME}).
 */
public final class ControlesNationaux {

    private static final int OBSERVATIONS_MAX = 250;

    private ControlesNationaux() {}

    /**
     * {@return every anomaly found, in a stable order}
     *
     * @param drm the declaration to check
     * @param precedente the previous month's declaration, when there is one
     */
    public static List<Anomalie> verifier(DeclarationDrm drm, Optional<DeclarationDrm> precedente) {
        List<Anomalie> anomalies = new ArrayList<>();
        boolean ouvertureCampagne = drm.periode().getMonth() == Month.AUGUST;
        Set<String> libelles = new HashSet<>();
        for (BalanceProduit b : drm.droitsSuspendus()) {
            String p = b.libelle();
            balance(b, libelles, "", anomalies);
            for (LigneDrm l : b.lignes()) {
                if (l.categorie() == CategorieDrm.REPLACEMENT_SUSPENSION) {
                    YearMonth origine = l.moisOrigine().orElse(drm.periode());
                    if (l.moisOrigine().isEmpty()
                            || origine.isAfter(drm.periode())
                            || origine.isBefore(drm.periode().minusYears(2))) {
                        anomalies.add(bloquante(
                                p,
                                "RG40",
                                "un replacement en suspension doit citer le mois de la sortie taxée, "
                                        + "dans les deux ans",
                                "indiquez le mois d'origine de la vente reprise"));
                    }
                }
            }
        }
        regimes(drm, anomalies);
        repliesAppariees(drm, anomalies);
        precedente.ifPresent(avant -> continuite(drm, avant, ouvertureCampagne, anomalies));
        for (CompteCrdDrm c : drm.crd()) {
            String nom = fr.monchai.core.crd.CapsuleService.libelle(c.compte());
            if (!c.equilibre() || c.fin() < 0) {
                anomalies.add(bloquante(
                        nom,
                        "RG30",
                        "le compte CRD ne s'équilibre pas ou finit négatif",
                        "vérifiez les achats, utilisations et destructions de capsules"));
            }
            boolean autres = c.mouvements().getOrDefault(NatureCrd.AUTRE_ENTREE, 0L) > 0
                    || c.mouvements().getOrDefault(NatureCrd.AUTRE_SORTIE, 0L) > 0;
            if (autres && c.observations().isBlank()) {
                anomalies.add(bloquante(
                        nom,
                        "RG66/RG67",
                        "d'autres entrées ou sorties de capsules sont déclarées sans observation",
                        "expliquez-les"));
            }
        }
        regimesCrd(drm, anomalies);
        if (drm.stockEpuise()) {
            boolean vide =
                    drm.droitsSuspendus().stream().allMatch(b -> b.stockFin().estNul());
            if (!vide || ouvertureCampagne) {
                anomalies.add(bloquante(
                        "",
                        "RG49/RG50",
                        "le stock ne peut être déclaré épuisé que si tous les stocks de fin sont nuls, "
                                + "et jamais en août",
                        "retirez la déclaration de stock épuisé"));
            }
        }
        return anomalies;
    }

    /**
     * An exit under capsules needs the regime it uses among the declared ones, and a capsule
     * account is of a declared regime: the portal refuses the volume otherwise.
     */
    private static void regimesCrd(DeclarationDrm drm, List<Anomalie> anomalies) {
        Set<TypeCapsule> regimes = drm.declarant().regimesCrd();
        boolean suspendus = regimes.contains(TypeCapsule.PERSONNALISEES)
                || regimes.contains(TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS);
        for (BalanceProduit b : drm.droitsSuspendus()) {
            for (LigneDrm l : b.lignes()) {
                if (l.categorie() == CategorieDrm.VENTES_FRANCE_CRD_ACQUITTES
                        && !regimes.contains(TypeCapsule.COLLECTIVES_DROITS_ACQUITTES)) {
                    anomalies.add(bloquante(
                            b.libelle(),
                            "CRD-REGIME",
                            "une vente sous capsules collectives acquittées est déclarée, "
                                    + "mais le domaine ne déclare pas ce régime de CRD",
                            "ajoutez le régime « collectif acquitté » aux "
                                    + "paramètres du domaine, ou corrigez la destination fiscale de la vente"));
                }
                if (l.est(NatureDrm.VENTE_BOUTEILLES_CRD) && !suspendus) {
                    anomalies.add(bloquante(
                            b.libelle(),
                            "CRD-REGIME",
                            "une vente de bouteilles sous CRD est déclarée, mais le domaine "
                                    + "ne déclare aucun régime de capsules en droits suspendus",
                            "ajoutez le régime « personnalisé » ou "
                                    + "« collectif suspendu » aux paramètres du domaine"));
                }
            }
        }
        crdUtilisees(
                drm,
                anomalies,
                NatureDrm.VENTE_BOUTEILLES_CRD,
                Set.of(TypeCapsule.PERSONNALISEES, TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS),
                "en droits suspendus");
        for (CompteCrdDrm c : drm.crd()) {
            if (!regimes.contains(c.compte().type())) {
                anomalies.add(bloquante(
                        fr.monchai.core.crd.CapsuleService.libelle(c.compte()),
                        "CRD-REGIME",
                        "ce compte de capsules relève d'un régime que le domaine ne déclare pas",
                        "ajoutez ce régime aux paramètres du domaine"));
            }
        }
    }

    /**
     * Bottles that left under capsules used capsules: a warning when the month declares such
     * exits but no capsule of those regimes used (the capsule account was not kept up).
     */
    private static void crdUtilisees(
            DeclarationDrm drm, List<Anomalie> anomalies, NatureDrm sortie, Set<TypeCapsule> types, String regime) {
        boolean sorties = drm.droitsSuspendus().stream()
                .anyMatch(b -> b.lignes().stream()
                        .anyMatch(l -> l.est(sortie) && l.volume().estPositif()));
        long utilisees = drm.crd().stream()
                .filter(c -> types.contains(c.compte().type()))
                .mapToLong(c -> c.mouvements().getOrDefault(NatureCrd.UTILISATION, 0L))
                .sum();
        if (sorties && utilisees == 0) {
            anomalies.add(new Anomalie(
                    "",
                    "CRD-UTILISATION",
                    "des bouteilles sont sorties sous capsules " + regime
                            + " ce mois-ci, mais le compte CRD ne déclare aucune capsule utilisée",
                    "enregistrez l'utilisation des capsules posées sur ces bouteilles",
                    false));
        }
    }

    private static void repliesAppariees(DeclarationDrm drm, List<Anomalie> anomalies) {
        Volume[] replis = totaux(
                drm,
                CategorieDrm.ENTREE_REPLIS_DECLASSEMENT_TRANSFERT,
                CategorieDrm.SORTIE_REPLIS_DECLASSEMENT_TRANSFERT);
        if (!replis[0].equals(replis[1])) {
            anomalies.add(bloquante(
                    "",
                    "REPLIS",
                    "les entrées par repli, déclassement ou transfert (" + replis[0]
                            + ") ne correspondent pas aux sorties (" + replis[1] + ")",
                    "chaque entrée doit venir de la sortie d'un autre produit"));
        }
        Volume[] vci = totaux(drm, CategorieDrm.ENTREE_INTEGRATION_VCI, CategorieDrm.SORTIE_REVENDICATION_VCI);
        if (!vci[0].equals(vci[1])) {
            anomalies.add(bloquante(
                    "",
                    "VCI",
                    "le VCI intégré dans les appellations (" + vci[0]
                            + ") ne correspond pas au VCI revendiqué hors des produits VCI (" + vci[1] + ")",
                    "chaque intégration de VCI doit venir de la sortie d'un produit VCI"));
        }
    }

    /** The entries of one category and the exits of its counterpart, over every product. */
    private static Volume[] totaux(DeclarationDrm drm, CategorieDrm entree, CategorieDrm sortie) {
        Volume[] totaux = {Volume.ZERO, Volume.ZERO};
        for (BalanceProduit b : drm.droitsSuspendus()) {
            totaux[0] = totaux[0].plus(b.total(entree));
            totaux[1] = totaux[1].plus(b.total(sortie));
        }
        return totaux;
    }

    private static void continuite(
            DeclarationDrm drm, DeclarationDrm avant, boolean ouverture, List<Anomalie> anomalies) {
        Map<String, BalanceProduit> precedents = avant.droitsSuspendus().stream()
                .collect(Collectors.toMap(BalanceProduit::libelle, Function.identity(), (a, b) -> a));
        Set<String> presents = new HashSet<>();
        for (BalanceProduit b : drm.droitsSuspendus()) {
            presents.add(b.libelle());
            BalanceProduit p = precedents.get(b.libelle());
            Volume finAvant = p == null ? Volume.ZERO : p.stockFin();
            if (!ouverture && !finAvant.equals(b.stockDebut())) {
                anomalies.add(bloquante(
                        b.libelle(),
                        "RG14",
                        "le stock début (" + b.stockDebut() + ") diffère du stock fin déclaré le mois " + "précédent ("
                                + finAvant + ")",
                        "déclarez les mois dans l'ordre, sans modifier un mois déclaré"));
            }
            if (p != null && !p.produit().equals(b.produit())) {
                anomalies.add(bloquante(
                        b.libelle(),
                        "RG37",
                        "le même libellé désigne un autre produit que le mois précédent",
                        "gardez à chaque produit son libellé douane"));
            }
        }
        for (BalanceProduit p : avant.droitsSuspendus()) {
            if (!p.stockFin().estNul() && !presents.contains(p.libelle())) {
                anomalies.add(bloquante(
                        p.libelle(),
                        "RG24",
                        "le produit avait du stock en fin de mois précédent mais est absent",
                        "déclarez-le avec son stock"));
            }
        }
        Map<String, Long> crdAvant = avant.crd().stream()
                .collect(Collectors.toMap(
                        c -> fr.monchai.core.crd.CapsuleService.libelle(c.compte()), CompteCrdDrm::fin, Long::sum));
        for (CompteCrdDrm c : drm.crd()) {
            String nom = fr.monchai.core.crd.CapsuleService.libelle(c.compte());
            if (!ouverture && crdAvant.getOrDefault(nom, 0L) != c.debut()) {
                anomalies.add(bloquante(
                        nom,
                        "RG39",
                        "le stock de capsules en début de mois diffère de la fin du mois précédent",
                        "déclarez les mois dans l'ordre"));
            }
        }
    }

    /**
     * The duty-paid stock list: each balance passes what a suspended one does; and each balance takes
     * only its own regime's lines (rule {@code REGIME}).
     */
    private static void regimes(DeclarationDrm drm, List<Anomalie> anomalies) {
        Set<String> libelles = new HashSet<>();
        for (BalanceProduit b : drm.droitsAcquittes()) {
            balance(b, libelles, "droits acquittés : ", anomalies);
        }
        for (boolean acquittes : new boolean[] {false, true}) {
            for (BalanceProduit b : acquittes ? drm.droitsAcquittes() : drm.droitsSuspendus()) {
                b.lignes().stream()
                        .filter(l -> l.categorie().acquitte() != acquittes)
                        .findFirst()
                        .ifPresent(l -> anomalies.add(bloquante(
                                b.libelle(),
                                "REGIME",
                                "une ligne « " + l.libelle() + " » n'a pas sa place dans la balance en droits "
                                        + (acquittes ? "acquittés" : "suspendus"),
                                "déclarez-la dans l'autre balance")));
            }
        }
    }

    /**
     * What each product's balance must pass, in either list: a unique label of 1 to 100 characters
     * (RG23), a balance that holds (RG16), nothing negative (RG18), a VDN/VDL with its strength (TAV),
     * observations where customs want them and no longer than they take.
     *
     * @param liste how the messages name the list, empty for the suspended balance
     */
    private static void balance(BalanceProduit b, Set<String> libelles, String liste, List<Anomalie> anomalies) {
        String p = b.libelle();
        if (!libelles.add(p)) {
            anomalies.add(bloquante(
                    p,
                    "RG23",
                    liste + "le libellé personnalisé apparaît deux fois dans la balance",
                    "donnez à chaque produit fiscal un libellé douane distinct"));
        }
        if (p.isBlank() || p.length() > 100) {
            anomalies.add(bloquante(
                    p,
                    "RG23",
                    liste + "le libellé personnalisé doit compter de 1 à 100 caractères",
                    "raccourcissez le libellé douane du produit"));
        }
        if (!b.equilibree()) {
            anomalies.add(bloquante(
                    p,
                    "RG16",
                    liste + "stock fin (" + b.stockFin() + ") ≠ stock début (" + b.stockDebut() + ") + entrées ("
                            + b.total(Sens.ENTREE) + ") − sorties (" + b.total(Sens.SORTIE) + ")",
                    "corrigez les lignes de la balance"));
        }
        if (b.stockFin().estNegatif()
                || b.stockDebut().estNegatif()
                || b.lignes().stream().anyMatch(l -> l.volume().estNegatif())) {
            anomalies.add(bloquante(
                    p, "RG18", liste + "un stock ou un volume est négatif", "vérifiez les mouvements du mois"));
        }
        if (b.produit().certification() == fr.monchai.core.chai.Certification.VDN_VDL
                && b.produit().tav().isEmpty()) {
            anomalies.add(bloquante(
                    p,
                    "TAV",
                    liste + "le titre alcoométrique (TAV) d'un VDN ou VDL est obligatoire : la douane le taxe "
                            + "au-dessus ou au-dessous de 18 % vol.",
                    "donnez le TAV du produit fiscal de ses lots"));
        }
        if (b.lignes().stream()
                        .anyMatch(l ->
                                l.categorie().exigeObservation() && l.volume().estPositif())
                && b.observations().isBlank()) {
            anomalies.add(bloquante(
                    p,
                    "RG25/RG26/RG38",
                    liste
                            + "des autres entrées, autres sorties ou un replacement en suspension sont déclarés sans observation",
                    "commentez l'ajustement d'inventaire ou le mouvement concerné"));
        }
        if (b.observations().length() > OBSERVATIONS_MAX) {
            anomalies.add(
                    bloquante(p, "OBSERVATIONS", liste + "les observations dépassent 250 caractères", "abrégez-les"));
        }
    }

    private static Anomalie bloquante(String produit, String regle, String message, String correction) {
        return new Anomalie(produit, regle, message, correction, true);
    }
}
