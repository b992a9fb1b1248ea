package fr.monchai.drm.modele;

/**
 * The customs categories of a droits-suspendus balance (docs/DRM.md §2.1), each with its path
 * under {@code balance-stocks} in the CIEL schema.
 */
public enum CategorieDrm {
    /** Production: harvest, revendication. */
    VOLUME_PRODUIT(Sens.ENTREE, "entrees-periode/volume-produit", false, false),
    /** Purchases of bulk or bottles, reintegrations. */
    ACHATS_REINTEGRATIONS(Sens.ENTREE, "entrees-periode/achats-reintegrations", false, false),
    /** Returns from off-site bottling, relogement, contract work. */
    ENTREE_TRAVAIL_A_FACON(Sens.ENTREE, "entrees-periode/mouvements-temporaires/travail-a-facon", false, false),
    /** Entry of a repli, déclassement or transfer from another product. */
    ENTREE_REPLIS_DECLASSEMENT_TRANSFERT(Sens.ENTREE,
            "entrees-periode/mouvements-internes/replis-declassement-transfert-changement-appellation", false, false),
    /** VCI of the previous harvest claimed into this appellation (it must match the VCI product's exit). */
    ENTREE_INTEGRATION_VCI(Sens.ENTREE, "entrees-periode/mouvements-internes/integration-vci-agree", false, false),
    /** Volume increase from an oenological practice. */
    MANIPULATIONS(Sens.ENTREE, "entrees-periode/mouvements-internes/manipulations", false, false),
    /** Excédents and other entries (observation required, RG25). */
    AUTRES_ENTREES(Sens.ENTREE, "entrees-periode/autres-entrees", false, true),
    /** Taxed goods put back under suspension (a duty credit; observation required, RG38). */
    REPLACEMENT_SUSPENSION(Sens.ENTREE, "entrees-periode/replacements/replacement-suspension", false, true),
    /** Sales in France under CRD bought in suspension: taxable. */
    VENTES_FRANCE_CRD_SUSPENDUS(Sens.SORTIE, "sorties-periode/ventes-france-crd-suspendus/annee-courante", true, false),
    /** Sales in France under collective CRD bought duty-paid. */
    VENTES_FRANCE_CRD_ACQUITTES(Sens.SORTIE, "sorties-periode/ventes-france-crd-acquittes", false, false),
    /** Definitive exits under suspension: export, EU deliveries, other bonded warehouses. */
    SORTIES_DEFINITIVES(Sens.SORTIE, "sorties-periode/sorties-sans-paiement-droits/sorties-definitives", false, false),
    /** Family consumption and on-site tasting. */
    CONSOMMATION_FAMILIALE_DEGUSTATION(Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/consommation-familiale-degustation", false, false),
    /** Exits for off-site bottling or contract work. */
    SORTIE_TRAVAIL_A_FACON(Sens.SORTIE, "sorties-periode/sorties-sans-paiement-droits/mouvements-temporaires/travail-a-facon",
            false, false),
    /** Exit of a repli, déclassement or transfer to another product. */
    SORTIE_REPLIS_DECLASSEMENT_TRANSFERT(Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/mouvements-internes/replis-declassement-transfert-changement-appellation",
            false, false),
    /** VCI claimed out of the VCI product into its appellation. */
    SORTIE_REVENDICATION_VCI(Sens.SORTIE, "sorties-periode/sorties-sans-paiement-droits/mouvements-internes/revendication-vci", false,
            false),
    /** Losses of manipulations and racking (lees). */
    AUTRES_MOUVEMENTS_INTERNES(Sens.SORTIE,
            "sorties-periode/sorties-sans-paiement-droits/mouvements-internes/autres-mouvements-internes", false, false),
    /** Destructions, manquants, distillation (observation required, RG26). */
    AUTRES_SORTIES(Sens.SORTIE, "sorties-periode/sorties-sans-paiement-droits/autres-sorties", false, true);

    private final Sens sens;
    private final String chemin;
    private final boolean taxable;
    private final boolean observation;

    CategorieDrm(Sens sens, String chemin, boolean taxable, boolean observation) {
        this.sens = sens;
        this.chemin = chemin;
        this.taxable = taxable;
        this.observation = observation;
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
