package fr.monchai.drm.loire;

import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.drm.vingtquatrieme.CataloguePortail;
import fr.monchai.drm.vingtquatrieme.ProduitPortail;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The InterLoire product catalogue: a built-in set of the main products, or the portal's full
 * {@code catalogue_produits.csv}; and, for each product, whether InterLoire collects a CVO on it.
 */
public final class CatalogueInterLoire {

    /**
     * The AOCs in InterLoire's scope (docs/DRM.md §8.1, the portal's {@code AOC_INTERLOIRE}), by
     * the start of their normalised name: the portal's catalogue also lists other regions'.
     */
    private static final List<String> AOC_INTERLOIRE = List.of(
            "muscadet",
            "gros plant",
            "coteaux d'ancenis",
            "rose de loire",
            "cremant de loire",
            "anjou",
            "rose d'anjou",
            "cabernet d'anjou",
            "saumur",
            "cabernet de saumur",
            "coteaux de saumur",
            "coteaux du layon",
            "coteaux de l'aubance",
            "bonnezeaux",
            "quarts de chaume",
            "savennieres",
            "touraine",
            "vouvray",
            "chinon",
            "saint-nicolas-de-bourgueil",
            "st nicolas de bourgueil",
            "jasnieres",
            "coteaux du loir",
            "coteaux du vendomois",
            "haut-poitou");

    private final CataloguePortail portail;

    private CatalogueInterLoire(CataloguePortail portail) {
        this.portail = portail;
    }

    /** {@return the built-in catalogue of the main InterLoire products} */
    public static CatalogueInterLoire integre() {
        return Integre.CATALOGUE;
    }

    /** Read once, when first asked: every preview, export and harvest form creates an exporter. */
    private static final class Integre {
        private static final CatalogueInterLoire CATALOGUE = new CatalogueInterLoire(
                CataloguePortail.ressource(CatalogueInterLoire.class, "produits-interloire.csv"));
    }

    /**
     * {@return that catalogue}
     *
     * @param fichier the portal's {@code catalogue_produits.csv} (columns CERTIFICATION … IDENTIFIANT INAO)
     * @throws IllegalArgumentException when the file is not such a catalogue
     */
    public static CatalogueInterLoire charger(Path fichier) {
        return new CatalogueInterLoire(CataloguePortail.charger(fichier));
    }

    /**
     * {@return that catalogue}
     *
     * @param contenu the portal's {@code catalogue_produits.csv}, as text
     * @throws IllegalArgumentException when the text is not such a catalogue
     */
    public static CatalogueInterLoire depuisTexte(String contenu) {
        return new CatalogueInterLoire(CataloguePortail.depuisTexte(contenu));
    }

    /** {@return the products, as the 24ème format reads them} */
    public CataloguePortail portail() {
        return portail;
    }

    /** {@return its products as fiscal products, in the file's order (see {@link CataloguePortail#produitsFiscaux})} */
    public List<ProduitFiscal> produitsFiscaux() {
        return portail.produitsFiscaux();
    }

    /** {@return its products, in the file's order} */
    public List<ProduitPortail> produits() {
        return portail.produits();
    }

    /** {@return how many products it holds} */
    public int taille() {
        return portail.taille();
    }

    /**
     * {@return the portal's product for a fiscal product, if there is exactly one (see {@link CataloguePortail#trouver})}
     *
     * @param p a fiscal product
     */
    public Optional<ProduitPortail> trouver(ProduitFiscal p) {
        return portail.trouver(p);
    }

    /**
     * {@return whether InterLoire collects a CVO on that product, and at which rate}
     *
     * @param p a product of the catalogue
     */
    public static PerimetreCvo perimetre(ProduitPortail p) {
        if (CataloguePortail.normaliser(p.genre()).equals("vci")) {
            return PerimetreCvo.HORS_CVO;
        }
        String appellation = CataloguePortail.normaliser(p.appellation());
        return switch (CataloguePortail.certification(p.certification()).orElse(Certification.VSIG)) {
            case AOP ->
                AOC_INTERLOIRE.stream().anyMatch(appellation::startsWith)
                        ? PerimetreCvo.AOC_INTERLOIRE
                        : PerimetreCvo.HORS_CVO;
            case IGP -> appellation.equals("val de loire") ? PerimetreCvo.IGP_VAL_DE_LOIRE : PerimetreCvo.HORS_CVO;
            case VSIG, VDN_VDL -> PerimetreCvo.HORS_CVO;
        };
    }
}
