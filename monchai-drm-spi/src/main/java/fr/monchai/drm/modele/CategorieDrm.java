package fr.monchai.drm.modele;

/**
 * The customs categories of a droits-suspendus balance (docs/DRM.md §2.1), each with its path
 * under {@code balance-stocks} in the CIEL schema, then, {@linkplain #acquitte() prefixed
 * {@code ACQUITTES_}}, those of the duty-paid stock list ({@code droits-acquittes}).
 */
public enum CategorieDrm {
    /** Production: harvest, revendication. */
    VOLUME_PRODUIT(Sens.ENTREE, "entrees-periode/volume-produit", false, false, "volume produit"),
    /** Purchases of bulk or bottles, reintegrations. */
    ACHATS_REINTEGRATIONS(Sens.ENTREE, "entrees-periode/achats-reintegrations", false, false, "achats, réintégrations"),
    /** Returns from off-site bottling. */
    ENTREE_EMBOUTEILLAGE(
            Sens.ENTREE,
            "entrees-periode/mouvements-temporaires/embouteillage",
            false,
            false,
            "retour d'embouteillage"),
    /** Returns from relogement (wine kept in another cellar). */
    ENTREE_RELOGEMENT(
            Sens.ENTREE, "entrees-periode/mouvements-temporaires/relogement", false, false, "retour de relogement"),
    /** Returns from off-site bottling, relogement, contract work, when the portal does not tell them apart. */
    ENTREE_TRAVAIL_A_FACON(
            Sens.ENTREE,
            "entrees-periode/mouvements-temporaires/travail-a-facon",
            false,
            false,
            "retour de travail à façon"),
    /** Returns from distillation under contract. */
    ENTREE_DISTILLATION_A_FACON(
            Sens.ENTREE,
            "entrees-periode/mouvements-temporaires/distillation-a-facon",
            false,
            false,
            "retour de distillation à façon"),
    /** Entry of a repli, déclassement or transfer from another product. */
    ENTREE_REPLIS_DECLASSEMENT_TRANSFERT(
            Sens.ENTREE,
            "entrees-periode/mouvements-internes/replis-declassement-transfert-changement-appellation",
            false,
            false,
            "entrée par repli, déclassement, transfert"),
    /** Volume increase from an oenological practice. */
    MANIPULATIONS(Sens.ENTREE, "entrees-periode/mouvements-internes/manipulations", false, false, "manipulations"),
    /** VCI of the previous harvest claimed into this appellation (it must match the VCI product's exit). */
    ENTREE_INTEGRATION_VCI(
            Sens.ENTREE,
            "entrees-periode/mouvements-internes/integration-vci-agree",
            false,
            false,
            "intégration de VCI"),
    /** Excédents and other entries (observation required, RG25). */
    AUTRES_ENTREES(Sens.ENTREE, "entrees-periode/autres-entrees", false, true, "autres entrées"),
    /** Taxed goods put back under suspension (a duty credit; observation required, RG38). */
    REPLACEMENT_SUSPENSION(
            Sens.ENTREE,
            "entrees-periode/replacements/replacement-suspension",
            false,
            true,
            "replacement en suspension"),
    /** Sales in France under CRD bought in suspension: taxable. */
    VENTES_FRANCE_CRD_SUSPENDUS(
            Sens.SORTIE,
            "sorties-periode/ventes-france-crd-suspendus/annee-courante",
            true,
            false,
            "ventes en France sous CRD"),
    /** Sales in France under collective CRD bought duty-paid. */
    VENTES_FRANCE_CRD_ACQUITTES(
            Sens.SORTIE,
            "sorties-periode/ventes-france-crd-acquittes",
            false,
            false,
            "ventes en France sous CRD acquittées"),
    /** Definitive exits under suspension: export, EU deliveries, other bonded warehouses. */
    SORTIES_DEFINITIVES(
            Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/sorties-definitives",
            false,
            false,
            "sorties définitives"),
    /** Family consumption and on-site tasting. */
    CONSOMMATION_FAMILIALE_DEGUSTATION(
            Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/consommation-familiale-degustation",
            false,
            false,
            "consommation familiale, dégustation"),
    /** Wine put on the market in Corsica, which pays no duty on wine there. */
    MISE_SUR_MARCHE_CORSE(
            Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/mise-sur-marche-corse",
            false,
            false,
            "mise sur le marché en Corse"),
    /** Exits for off-site bottling. */
    SORTIE_EMBOUTEILLAGE(
            Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/mouvements-temporaires/embouteillage",
            false,
            false,
            "sortie pour embouteillage"),
    /** Exits for relogement in another cellar. */
    SORTIE_RELOGEMENT(
            Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/mouvements-temporaires/relogement",
            false,
            false,
            "sortie pour relogement"),
    /** Exits for off-site bottling, relogement or contract work, when the portal does not tell them apart. */
    SORTIE_TRAVAIL_A_FACON(
            Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/mouvements-temporaires/travail-a-facon",
            false,
            false,
            "sortie pour travail à façon"),
    /** Exits for distillation under contract. */
    SORTIE_DISTILLATION_A_FACON(
            Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/mouvements-temporaires/distillation-a-facon",
            false,
            false,
            "sortie pour distillation à façon"),
    /** Exit of a repli, déclassement or transfer to another product. */
    SORTIE_REPLIS_DECLASSEMENT_TRANSFERT(
            Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/mouvements-internes/replis-declassement-transfert-changement-appellation",
            false,
            false,
            "sortie par repli, déclassement, transfert"),
    /** Wine used to make another product (a vinegar, an aperitif) in the warehouse. */
    FABRICATION_AUTRE_PRODUIT(
            Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/mouvements-internes/fabrication-autre-produit",
            false,
            false,
            "fabrication d'un autre produit"),
    /** VCI claimed out of the VCI product into its appellation. */
    SORTIE_REVENDICATION_VCI(
            Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/mouvements-internes/revendication-vci",
            false,
            false,
            "revendication de VCI"),
    /** Losses of manipulations and racking (lees). */
    AUTRES_MOUVEMENTS_INTERNES(
            Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/mouvements-internes/autres-mouvements-internes",
            false,
            false,
            "autres mouvements internes (pertes)"),
    /** Destructions, manquants, distillation (observation required, RG26). */
    AUTRES_SORTIES(
            Sens.SORTIE, "sorties-periode/sorties-sans-paiement-droits/autres-sorties", false, true, "autres sorties"),
    /** Duty-paid stock: wine bought with its duty paid. */
    ACQUITTES_ACHATS(Sens.ENTREE, "entrees-periode/achats", false, false, "achats en droits acquittés"),
    /** Duty-paid stock: other entries (observation required). */
    ACQUITTES_AUTRES_ENTREES(
            Sens.ENTREE, "entrees-periode/autres-entrees", false, true, "autres entrées en droits acquittés"),
    /** Duty-paid stock: sales, their duty paid before. */
    ACQUITTES_VENTES(Sens.SORTIE, "sorties-periode/ventes", false, false, "ventes en droits acquittés"),
    /** Duty-paid stock: wine put back under bond (its duty credited on the suspended balance's replacement; observation required). */
    ACQUITTES_REPLACEMENT_SUSPENSION(
            Sens.SORTIE,
            "sorties-periode/replacement-suspension",
            false,
            true,
            "replacement en suspension de droits acquittés"),
    /** Duty-paid stock: other exits, losses (observation required). */
    ACQUITTES_AUTRES_SORTIES(
            Sens.SORTIE, "sorties-periode/autres-sorties", false, true, "autres sorties en droits acquittés");

    private final Sens sens;
    private final String chemin;
    private final boolean taxable;
    private final boolean observation;
    private final String libelle;

    CategorieDrm(Sens sens, String chemin, boolean taxable, boolean observation, String libelle) {
        this.sens = sens;
        this.chemin = chemin;
        this.taxable = taxable;
        this.observation = observation;
        this.libelle = libelle;
    }

    /**
     * {@return the duty-suspended category customs file at that path, if any}: the path as a portal's
     * movement catalogue gives it (column DOUANE), where a path below the category's (a replacement's
     * {@code …/replacement-suspension/volume}) is the category's too
     *
     * @param chemin a path under {@code balance-stocks}, such as {@code entrees-periode/autres-entrees}
     */
    public static java.util.Optional<CategorieDrm> deChemin(String chemin) {
        for (CategorieDrm c : values()) {
            if (!c.acquitte() && (chemin.equals(c.chemin) || chemin.startsWith(c.chemin + "/"))) {
                return java.util.Optional.of(c);
            }
        }
        // a portal may file sales under the suspended-CRD element itself, without the year
        return chemin.equals("sorties-periode/ventes-france-crd-suspendus")
                ? java.util.Optional.of(VENTES_FRANCE_CRD_SUSPENDUS)
                : java.util.Optional.empty();
    }

    /**
     * {@return whether it is a line of the duty-paid stock list ({@code droits-acquittes}), not of the
     * duty-suspended balance}: each balance takes its own categories only
     */
    public boolean acquitte() {
        return name().startsWith("ACQUITTES_");
    }

    /** {@return what it is, for people, in French} */
    public String libelle() {
        return libelle;
    }

    /** {@return entry or exit} */
    public Sens sens() {
        return sens;
    }

    /** {@return the element path under {@code balance-stocks} in the CIEL schema} */
    public String chemin() {
        return chemin;
    }

    /** {@return whether excise is due on it (a taxable exit)} */
    public boolean taxable() {
        return taxable;
    }

    /** {@return whether customs require the product's observations when it is not zero} */
    public boolean exigeObservation() {
        return observation;
    }
}
