package fr.monchai.drm.modele;

/**
 * What a line of the declaration is, finer than the customs category: interprofession portals
 * ask for it (their movement codes), customs only for the category.
 */
public enum NatureDrm {
    /** Harvest. */
    RECOLTE(CategorieDrm.VOLUME_PRODUIT, "récolte"),
    /** Purchase of bulk wine or bottles. */
    ACHAT(CategorieDrm.ACHATS_REINTEGRATIONS, "achat de vrac ou de bouteilles"),
    /** Wine of another product that joined this one, the lower appellation kept (repli). */
    REPLI_ENTREE(CategorieDrm.ENTREE_REPLIS_DECLASSEMENT_TRANSFERT, "entrée par repli"),
    /** Wine of an AOP or IGP product declassified into this one without IG. */
    DECLASSEMENT_ENTREE(CategorieDrm.ENTREE_REPLIS_DECLASSEMENT_TRANSFERT, "entrée par déclassement"),
    /** VCI claimed into this appellation from its VCI product (volume complémentaire individuel). */
    INTEGRATION_VCI(CategorieDrm.ENTREE_INTEGRATION_VCI, "intégration de VCI revendiqué"),
    /** Found in excess at inventory. */
    EXCEDENT(CategorieDrm.AUTRES_ENTREES, "excédent"),
    /** Goods that left under suspension and came back (a cancelled export, say). */
    REINTEGRATION(CategorieDrm.AUTRES_ENTREES, "réintégration"),
    /** Taxed goods that came back and are put back under suspension. */
    RETOUR_TAXE(CategorieDrm.REPLACEMENT_SUSPENSION, "retour de marchandises taxées"),
    /** Bottles sold in France under CRD bought in suspension. */
    VENTE_BOUTEILLES_CRD(CategorieDrm.VENTES_FRANCE_CRD_SUSPENDUS, "vente de bouteilles en France sous CRD"),
    /** Bulk sold in France to consumers or restaurants ("petit vrac", DSA, invoices). */
    VENTE_VRAC_FRANCE(CategorieDrm.VENTES_FRANCE_CRD_SUSPENDUS, "vente de vrac en France"),
    /** Bottles sold in France under collective CRD bought duty-paid. */
    VENTE_CRD_ACQUITTES(CategorieDrm.VENTES_FRANCE_CRD_ACQUITTES, "vente sous capsules acquittées"),
    /** Export outside the EU. */
    EXPORT(CategorieDrm.SORTIES_DEFINITIVES, "export"),
    /** Delivery to another EU member state under a DAE. */
    LIVRAISON_UE(CategorieDrm.SORTIES_DEFINITIVES, "livraison dans l'UE"),
    /** Bulk sale to another bonded warehouse (négoce), with or without an interprofession contract. */
    VENTE_ENTREPOSITAIRE(CategorieDrm.SORTIES_DEFINITIVES, "vente de vrac à un entrepositaire agréé"),
    /** Bottles sold under bond to another bonded warehouse (négoce: dressed or « tiré-bouché »). */
    VENTE_ENTREPOSITAIRE_BOUTEILLES(CategorieDrm.SORTIES_DEFINITIVES, "vente de bouteilles à un entrepositaire agréé"),
    /** Family consumption, tasting, samples. */
    CONSOMMATION_FAMILIALE(CategorieDrm.CONSOMMATION_FAMILIALE_DEGUSTATION, "consommation familiale, dégustation"),
    /** Wine of this product that joined another one (repli). */
    REPLI_SORTIE(CategorieDrm.SORTIE_REPLIS_DECLASSEMENT_TRANSFERT, "sortie par repli"),
    /** Wine of this product declassified into a product without IG. */
    DECLASSEMENT_SORTIE(CategorieDrm.SORTIE_REPLIS_DECLASSEMENT_TRANSFERT, "sortie par déclassement"),
    /** VCI of this VCI product claimed into its appellation. */
    REVENDICATION_VCI(CategorieDrm.SORTIE_REVENDICATION_VCI, "revendication de VCI"),
    /** Racking, lees and bottling losses. */
    PERTE(CategorieDrm.AUTRES_MOUVEMENTS_INTERNES, "pertes (lies, soutirage, mise en bouteille)"),
    /** Missing at inventory, destroyed. */
    MANQUANT(CategorieDrm.AUTRES_SORTIES, "manquant"),
    /** Wine or lees delivered to a distillery. */
    DISTILLATION(CategorieDrm.AUTRES_SORTIES, "distillation"),
    /** Wine or lees delivered for industrial use: vinegar making, food industry. */
    USAGE_INDUSTRIEL(CategorieDrm.AUTRES_SORTIES, "usage industriel (vinaigrerie, agroalimentaire)"),
    /** Wine sent to a provider for a while: bottling elsewhere, relogement, work or distillation à façon. */
    SORTIE_TRAVAIL_A_FACON(
            CategorieDrm.SORTIE_TRAVAIL_A_FACON, "sortie temporaire (embouteillage, relogement, travail à façon)"),
    /** Wine back from a provider. */
    RETOUR_TRAVAIL_A_FACON(
            CategorieDrm.ENTREE_TRAVAIL_A_FACON, "retour d'embouteillage, de relogement ou de travail à façon");

    private final CategorieDrm categorie;
    private final String libelle;

    NatureDrm(CategorieDrm categorie, String libelle) {
        this.categorie = categorie;
        this.libelle = libelle;
    }

    /** {@return what a winemaker calls it, in French, such as « vente sous capsules acquittées »} */
    public String libelle() {
        return libelle;
    }

    /** {@return its customs category} */
    public CategorieDrm categorie() {
        return categorie;
    }
}
