package fr.monchai.drm.spi;

import fr.monchai.core.commun.Artefact;
import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.modele.DeclarationDrm;
import java.util.List;
import java.util.Optional;

/** Turns a national DRM into an interprofession's files, after its own checks. */
public interface ExportateurDrm {

    /**
     * {@return the fiscal products its portal knows, spelt as the portal spells them}: what a
     * winemaker chooses a new lot's product from, so the label they sign is the one customs
     * hold. Empty for a plugin without a product catalogue.
     */
    default java.util.List<fr.monchai.core.chai.ProduitFiscal> produits() {
        return java.util.List.of();
    }

    /**
     * The plugin's own checks, on top of the national ones (which the caller runs).
     *
     * @param drm the declaration
     * @return what the portal would reject or question
     */
    List<Anomalie> verifier(DeclarationDrm drm);

    /**
     * Produces the files. The same declaration must always give byte-identical files: no
     * clock, no random, no map order in them.
     *
     * @param drm a declaration that passed the checks
     * @return one or more named files
     */
    List<Artefact> exporter(DeclarationDrm drm);

    /** {@return a reader of the files it writes, when it has one (the test kit reads them back)} */
    default Optional<LecteurDrm> lecteur() {
        return Optional.empty();
    }
}
