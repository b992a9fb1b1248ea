package fr.monchai.drm.loire;

import fr.monchai.drm.modele.CategorieDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.vingtquatrieme.CodesMouvements;
import fr.monchai.drm.vingtquatrieme.FormatTiers;

/**
 * InterLoire as a configuration of the 24ème format: its movement codes (its
 * {@code catalogue_mouvements.csv}, docs/DRM.md §5.3) and the generic 20 columns with the INAO code
 * in the label.
 */
final class PortailInterLoire {

    /**
     * Each national nature's code, then every other code of the portal's catalogue by its category;
     * an export also stands for an EU delivery (read back as an export).
     */
    static final CodesMouvements CODES = CodesMouvements.stocks("revendique", "revendique")
            .code(NatureDrm.RECOLTE, "revendique")
            .code(NatureDrm.ACHAT, "achatcrd")
            .code(NatureDrm.REPLI_ENTREE, "repli")
            .code(NatureDrm.DECLASSEMENT_ENTREE, "declassement")
            .code(NatureDrm.INTEGRATION_VCI, "vci")
            .code(NatureDrm.EXCEDENT, "excedents")
            .code(NatureDrm.REINTEGRATION, "retourmarchandisenontaxees")
            .code(NatureDrm.RETOUR_TAXE, "retourmarchandisetaxees")
            .code(NatureDrm.VENTE_BOUTEILLES_CRD, "ventefrancebouteillecrd")
            .code(NatureDrm.VENTE_VRAC_FRANCE, "vracsanscontrat")
            .code(NatureDrm.VENTE_CRD_ACQUITTES, "ventefrancebouteillecrdacquitte")
            .code(NatureDrm.EXPORT, "export")
            .code(NatureDrm.LIVRAISON_UE, "export")
            .code(NatureDrm.VENTE_ENTREPOSITAIRE, "vrac")
            .sansContrat(NatureDrm.VENTE_ENTREPOSITAIRE, "contrathorsinterpro")
            // The portal has no code of its own for bottles sold to négoce: the same as bulk.
            .code(NatureDrm.VENTE_ENTREPOSITAIRE_BOUTEILLES, "vrac")
            .sansContrat(NatureDrm.VENTE_ENTREPOSITAIRE_BOUTEILLES, "contrathorsinterpro")
            .code(NatureDrm.CONSOMMATION_FAMILIALE, "consommationfamilialedegustation")
            .code(NatureDrm.REPLI_SORTIE, "repli")
            .code(NatureDrm.DECLASSEMENT_SORTIE, "declassement")
            .code(NatureDrm.REVENDICATION_VCI, "vci")
            .code(NatureDrm.PERTE, "destructionperte")
            .code(NatureDrm.MANQUANT, "manquant")
            .code(NatureDrm.DISTILLATION, "distillation")
            .code(NatureDrm.USAGE_INDUSTRIEL, "usageindustriel")
            .code(NatureDrm.SORTIE_TRAVAIL_A_FACON, "travailafacon")
            .code(NatureDrm.RETOUR_TRAVAIL_A_FACON, "travailafacon")
            // The portal's other codes, read back by their customs category (a category-only line is
            // written with its category's nature code above, or the one code of its category).
            .categorie(CategorieDrm.ACHATS_REINTEGRATIONS, "reintegrationpetitvrac")
            .categorie(CategorieDrm.ENTREE_REPLIS_DECLASSEMENT_TRANSFERT, "transferts")
            .categorie(CategorieDrm.AUTRES_ENTREES, "manipulation")
            .categorie(CategorieDrm.REPLACEMENT_SUSPENSION, "retourmarchandisetaxeesacquitte")
            .categorie(CategorieDrm.VENTES_FRANCE_CRD_SUSPENDUS, "ventefrancebibcrd")
            .categorie(CategorieDrm.VENTES_FRANCE_CRD_ACQUITTES, "ventefrancebibcrdacquitte")
            .categorie(CategorieDrm.SORTIE_REPLIS_DECLASSEMENT_TRANSFERT, "transfertsinternes")
            .categorie(CategorieDrm.FABRICATION_AUTRE_PRODUIT, "fabricationautre")
            // the duty-paid stock list's codes
            .acquitte(CategorieDrm.ACQUITTES_ACHATS, "achat")
            .acquitte(CategorieDrm.ACQUITTES_AUTRES_ENTREES, "autre")
            .acquitte(CategorieDrm.ACQUITTES_VENTES, "vente")
            .acquitte(CategorieDrm.ACQUITTES_REPLACEMENT_SUSPENSION, "replacementsuspension")
            .acquitte(CategorieDrm.ACQUITTES_AUTRES_SORTIES, "autre")
            .construire();

    private PortailInterLoire() {}

    /** {@return the format with that catalogue} */
    static FormatTiers format(CatalogueInterLoire catalogue) {
        return FormatTiers.pour("interloire", catalogue.portail(), CODES);
    }
}
