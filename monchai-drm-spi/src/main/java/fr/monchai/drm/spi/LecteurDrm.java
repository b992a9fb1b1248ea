package fr.monchai.drm.spi;

import fr.monchai.core.commun.Artefact;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CompteCrdDrm;
import java.util.List;

/** Reads back, from the files an exporter wrote, the product balances and the capsule accounts. */
public interface LecteurDrm {

    /**
     * {@return the duty-suspended balances they declare, by customs label}
     *
     * @param artefacts the files, as {@link ExportateurDrm#exporter} wrote them
     * @throws IllegalArgumentException when the files are not in the plugin's format
     */
    List<BalanceProduit> lire(List<Artefact> artefacts);

    /**
     * {@return the duty-paid stock list they declare, by customs label}: none unless the format carries one
     *
     * @param artefacts the files, as {@link ExportateurDrm#exporter} wrote them
     * @throws IllegalArgumentException when the files are not in the plugin's format
     */
    default List<BalanceProduit> lireAcquittes(List<Artefact> artefacts) {
        return List.of();
    }

    /**
     * {@return the capsule accounts they declare: for each regime, category, container, size and colour,
     * the opening stock, each movement's quantity and the closing stock}
     *
     * @param artefacts the files, as {@link ExportateurDrm#exporter} wrote them
     * @throws IllegalArgumentException when the files are not in the plugin's format
     */
    List<CompteCrdDrm> lireCapsules(List<Artefact> artefacts);
}
