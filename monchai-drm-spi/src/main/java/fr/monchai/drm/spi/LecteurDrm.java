package fr.monchai.drm.spi;

import fr.monchai.core.commun.Artefact;
import fr.monchai.drm.modele.BalanceProduit;
import java.util.List;

/** Reads back the product balances from the files an exporter wrote. */
public interface LecteurDrm {

    /**
     * {@return the duty-suspended balances they declare, by customs label}
     *
     * @param artefacts the files, as {@link ExportateurDrm#exporter} wrote them
     * @throws IllegalArgumentException when the files are not in the plugin's format
     */
    List<BalanceProduit> lire(List<Artefact> artefacts);
}
