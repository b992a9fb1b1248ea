package fr.monchai.drm.modele;

/**
 * What a line of the declaration is, finer than the customs category: interprofession portals
 * ask for it (their movement codes), customs only for the category.
 */
public enum NatureDrm {
    /** Harvest. */
    RECOLTE(CategorieDrm.VOLUME_PRODUIT),
    /** Purchase of bulk wine or bottles. */
    ACHAT(CategorieDrm.ACHATS_REINTEGRATIONS),
    /** Wine of another product that joined this one, the lower appellation kept (repli). */
    REPLI_ENTREE(CategorieDrm.ENTREE_REPLIS_DECLASSEMENT_TRANSFERT),
    /** Wine of an AOP or IGP product declassified into this one without IG. */
    DECLASSEMENT_ENTREE(CategorieDrm.ENTREE_REPLIS_DECLASSEMENT_TRANSFERT),
    /** Found in excess at inventory. */
    EXCEDENT(CategorieDrm.AUTRES_ENTREES),
    /** Goods that left under suspension and came back (a cancelled export, say). */
    REINTEGRATION(CategorieDrm.AUTRES_ENTREES),
    /** Taxed goods that came back and are put back under suspension. */
    RETOUR_TAXE(CategorieDrm.REPLACEMENT_SUSPENSION),
    /** Bottles sold in France under CRD bought in suspension. */
    VENTE_BOUTEILLES_CRD(CategorieDrm.VENTES_FRANCE_CRD_SUSPENDUS),
    /** Bulk sold in France to consumers or restaurants ("petit vrac", DSA, invoices). */
    VENTE_VRAC_FRANCE(CategorieDrm.VENTES_FRANCE_CRD_SUSPENDUS),
    /** Bottles sold in France under collective CRD bought duty-paid. */
    VENTE_CRD_ACQUITTES(CategorieDrm.VENTES_FRANCE_CRD_ACQUITTES),
    /** Export outside the EU. */
    EXPORT(CategorieDrm.SORTIES_DEFINITIVES),
    /** Delivery to another EU member state under a DAE. */
    LIVRAISON_UE(CategorieDrm.SORTIES_DEFINITIVES),
    /** Bulk sale to another bonded warehouse (négoce), with or without an interprofession contract. */
    VENTE_ENTREPOSITAIRE(CategorieDrm.SORTIES_DEFINITIVES),
    /** Bottles sold under bond to another bonded warehouse (négoce: dressed or « tiré-bouché »). */
    VENTE_ENTREPOSITAIRE_BOUTEILLES(CategorieDrm.SORTIES_DEFINITIVES),
    /** Family consumption, tasting, samples. */
    CONSOMMATION_FAMILIALE(CategorieDrm.CONSOMMATION_FAMILIALE_DEGUSTATION),
    /** Wine of this product that joined another one (repli). */
    REPLI_SORTIE(CategorieDrm.SORTIE_REPLIS_DECLASSEMENT_TRANSFERT),
    /** Wine of this product declassified into a product without IG. */
    DECLASSEMENT_SORTIE(CategorieDrm.SORTIE_REPLIS_DECLASSEMENT_TRANSFERT),
    /** Racking, lees and bottling losses. */
    PERTE(CategorieDrm.AUTRES_MOUVEMENTS_INTERNES),
    /** Missing at inventory, destroyed. */
    MANQUANT(CategorieDrm.AUTRES_SORTIES);

    private final CategorieDrm categorie;

    NatureDrm(CategorieDrm categorie) {
        this.categorie = categorie;
    }

    /** {@return its customs category} */
    public CategorieDrm categorie() {
        return categorie;
    }
}
