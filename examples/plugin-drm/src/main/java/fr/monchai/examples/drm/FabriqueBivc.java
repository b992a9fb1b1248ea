package fr.monchai.examples.drm;

import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Artefact;
import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.modele.CategorieDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.spi.ExportateurDrm;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import fr.monchai.drm.spi.LecteurDrm;
import fr.monchai.drm.spi.ReglageDrm;
import fr.monchai.drm.vingtquatrieme.CataloguePortail;
import fr.monchai.drm.vingtquatrieme.CodesMouvements;
import fr.monchai.drm.vingtquatrieme.FormatTiers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The DRM plugin of the BIVC (Bureau interprofessionnel des vins du Centre: Sancerre, Pouilly-Fumé,
 * Menetou-Salon, Quincy, Reuilly…), portal declaration.vins-centre-loire.com: the 24ème format with
 * the portal's movement codes, its three buyer columns, labels without INAO code, and its products.
 * Setting {@code catalogue_produits}: the portal's full {@code catalogue_produits.csv}; without it,
 * the built-in Centre-Loire products.
 */
public final class FabriqueBivc implements FabriqueExportateurDrm {

    /** The setting holding the portal's product catalogue. */
    public static final String CATALOGUE_PRODUITS = "catalogue_produits";

    /**
     * The portal's movement codes (its {@code catalogue_mouvements.csv}). It has none for sales under
     * collective capsules bought duty-paid: those are refused. It files lees with definitive exits and
     * returns of untaxed goods with purchases, where the national model says internal movements and
     * other entries: the portal decides the customs category from its code.
     */
    static final CodesMouvements CODES = CodesMouvements.stocks("initial", "final")
            .code(NatureDrm.RECOLTE, "recolte")
            .code(NatureDrm.ACHAT, "achatnoncrd")
            .code(NatureDrm.REPLI_ENTREE, "transfertcomptamatierecession")
            .code(NatureDrm.DECLASSEMENT_ENTREE, "declassement")
            .code(NatureDrm.INTEGRATION_VCI, "vci")
            .code(NatureDrm.EXCEDENT, "regularisation")
            .code(NatureDrm.REINTEGRATION, "retourmarchandisenontaxees")
            .code(NatureDrm.RETOUR_TAXE, "retourmarchandisetaxees")
            .code(NatureDrm.VENTE_BOUTEILLES_CRD, "ventefrancecrd")
            .code(NatureDrm.VENTE_VRAC_FRANCE, "vracsanscontratacquitte")
            .code(NatureDrm.EXPORT, "export")
            .code(NatureDrm.LIVRAISON_UE, "export")
            .code(NatureDrm.VENTE_ENTREPOSITAIRE, "creationvrac")
            .code(NatureDrm.VENTE_ENTREPOSITAIRE_BOUTEILLES, "creationvractirebouche")
            .code(NatureDrm.CONSOMMATION_FAMILIALE, "consommationfamilialedegustation")
            .code(NatureDrm.REPLI_SORTIE, "transfertcomptamatiere")
            .code(NatureDrm.DECLASSEMENT_SORTIE, "declassement")
            .code(NatureDrm.REVENDICATION_VCI, "vci")
            .code(NatureDrm.PERTE, "destructionperte")
            .code(NatureDrm.MANQUANT, "manquant")
            .code(NatureDrm.SORTIE_TRAVAIL_A_FACON, "travailafacon")
            .code(NatureDrm.RETOUR_TRAVAIL_A_FACON, "travailafacon")
            // the duty-paid stock list's codes
            .acquitte(CategorieDrm.ACQUITTES_ACHATS, "achat")
            .acquitte(CategorieDrm.ACQUITTES_AUTRES_ENTREES, "autre")
            .acquitte(CategorieDrm.ACQUITTES_VENTES, "vente")
            .acquitte(CategorieDrm.ACQUITTES_REPLACEMENT_SUSPENSION, "replacementsuspension")
            .acquitte(CategorieDrm.ACQUITTES_AUTRES_SORTIES, "autre")
            .construire();

    /**
     * The movements the portal has no code for: sales under duty-paid capsules, deliveries to a distillery or for
     * industrial use (its one code for lees, « lies/destruction », is filed under definitive exits, not « autres
     * sorties »).
     */
    public static final Set<NatureDrm> REFUSEES =
            Set.of(NatureDrm.VENTE_CRD_ACQUITTES, NatureDrm.DISTILLATION, NatureDrm.USAGE_INDUSTRIEL);

    /** The portal's header: the generic 20 columns, then the contract price and the buyer. */
    static final String EN_TETE =
            "#TYPE,PERIODE,IDENTIFIANT,ACCISE,CERTIFICATION / COULEUR CAPSULE, GENRE / TYPE PRODUIT, "
                    + "APPELLATION / CENTILISATION,MENTION,LIEU,COULEUR,CEPAGE,COMPLEMENT,LIBELLE,TYPE_DRM,CATEGORIE MOUVEMENT / TYPE DOCUMENT,"
                    + "TYPE MOUVEMENT,VOLUME / QUANTITE / OBSERVATIONS,PAYS EXPORT / DATE NON APUREMENT / PERIODE SUSPENSION CRD,"
                    + "NUMERO CONTRAT / NUMERO ACCISE DESTINATAIRE NON APUREMENT,NUMERO DOCUMENT ACCOMPAGNEMENT,PRIX CONTRAT,ACCISES ACHETEUR,"
                    + "NOM ACHETEUR";

    /** Found by {@link java.util.ServiceLoader}. */
    public FabriqueBivc() {}

    @Override
    public String id() {
        return "bivc";
    }

    @Override
    public String nom() {
        return "BIVC – Vins du Centre-Loire (declaration.vins-centre-loire.com) : CSV logiciel tiers";
    }

    @Override
    public int versionSpi() {
        return VERSION_SPI;
    }

    @Override
    public List<ReglageDrm> reglages() {
        return List.of(new ReglageDrm(
                CATALOGUE_PRODUITS,
                "Catalogue des produits du portail du BIVC (catalogue_produits.csv)",
                ReglageDrm.Type.DOCUMENT,
                "",
                false));
    }

    @Override
    public ExportateurDrm creer(Map<String, String> configuration) {
        for (String cle : configuration.keySet()) {
            if (!cle.equals(CATALOGUE_PRODUITS)) {
                throw new IllegalArgumentException("réglage inconnu du module bivc : « " + cle + " » (réglage connu : "
                        + CATALOGUE_PRODUITS + ")");
            }
        }
        String contenu = configuration.getOrDefault(CATALOGUE_PRODUITS, "");
        CataloguePortail catalogue = contenu.isBlank() ? Integre.CATALOGUE : CataloguePortail.depuisTexte(contenu);
        return new Exportateur(FormatTiers.pour("bivc", catalogue, CODES)
                .avecColonnesAcheteur(EN_TETE)
                .sansCodeInaoDansLibelle()
                .capsulesTranquilles("TRANQ"));
    }

    /** The built-in products, read once when first asked: every preview, export and harvest form creates an exporter. */
    private static final class Integre {
        private static final CataloguePortail CATALOGUE =
                CataloguePortail.ressource(FabriqueBivc.class, "produits-bivc.csv");
    }

    /** The format's checks and file: the BIVC asks nothing beyond them. */
    private record Exportateur(FormatTiers format) implements ExportateurDrm {

        @Override
        public List<ProduitFiscal> produits() {
            return format.catalogue().produitsFiscaux();
        }

        @Override
        public List<Anomalie> verifier(DeclarationDrm drm) {
            return format.anomalies(drm);
        }

        @Override
        public List<Artefact> exporter(DeclarationDrm drm) {
            return List.of(format.ecrire(
                    drm,
                    String.format(
                            "drm-bivc-%04d%02d-%s.csv",
                            drm.periode().getYear(),
                            drm.periode().getMonthValue(),
                            drm.declarant().numeroAccise())));
        }

        @Override
        public Optional<LecteurDrm> lecteur() {
            return Optional.of(format);
        }
    }
}
