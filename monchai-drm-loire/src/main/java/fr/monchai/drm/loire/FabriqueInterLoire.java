package fr.monchai.drm.loire;

import fr.monchai.core.commun.Reglages;
import fr.monchai.drm.spi.ExportateurDrm;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import fr.monchai.drm.spi.ReglageDrm;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The InterLoire DRM plugin (id {@code interloire}). Setting {@code catalogue}: the path of
 * the portal's full {@code catalogue_produits.csv}; without it, the built-in catalogue of the
 * main InterLoire products.
 */
public final class FabriqueInterLoire implements FabriqueExportateurDrm {

    /** Found by {@link java.util.ServiceLoader}; the library never needs it built by hand. */
    public FabriqueInterLoire() {}

    /** The setting naming the portal's product catalogue file. */
    public static final String CATALOGUE = "catalogue";

    /**
     * The setting holding the portal's product catalogue itself ({@code catalogue_produits.csv}'s
     * content): what a hosted server keeps per domaine.
     */
    public static final String CATALOGUE_PRODUITS = "catalogue_produits";

    @Override
    public String id() {
        return "interloire";
    }

    @Override
    public String nom() {
        return "InterLoire (vinsvaldeloire.pro) : CSV logiciel tiers, XML CIEL, récapitulatif PDF";
    }

    @Override
    public int versionSpi() {
        return VERSION_SPI;
    }

    /**
     * {@return the portal's catalogue, as a document}: a server keeps it per domaine. The file path
     * ({@link #CATALOGUE}) is for an application on its own machine, not offered to a server's users.
     */
    @Override
    public List<ReglageDrm> reglages() {
        return List.of(new ReglageDrm(
                CATALOGUE_PRODUITS,
                "Catalogue des produits du portail (catalogue_produits.csv)",
                ReglageDrm.Type.DOCUMENT,
                "",
                false));
    }

    @Override
    public ExportateurDrm creer(Map<String, String> configuration) {
        Reglages.exigerConnues(configuration, java.util.Set.of(CATALOGUE, CATALOGUE_PRODUITS), id());
        String fichier = configuration.getOrDefault(CATALOGUE, "");
        String contenu = configuration.getOrDefault(CATALOGUE_PRODUITS, "");
        if (!fichier.isBlank() && !contenu.isBlank()) {
            throw new IllegalArgumentException("le catalogue InterLoire se donne soit par son fichier (" + CATALOGUE
                    + "), soit par son contenu (" + CATALOGUE_PRODUITS + "), pas les deux");
        }
        return new ExportateurInterLoire(
                !contenu.isBlank()
                        ? CatalogueInterLoire.depuisTexte(contenu)
                        : !fichier.isBlank()
                                ? CatalogueInterLoire.charger(Path.of(fichier))
                                : CatalogueInterLoire.integre());
    }
}
