package fr.monchai.core.chai;

import fr.monchai.core.commun.Volume;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * A harvest from one parcelle.
 *
 * @param id the vendange's id (0 before it is stored)
 * @param domaineId its domaine
 * @param parcelleId the parcelle harvested
 * @param date the harvest date
 * @param volume the gross volume harvested
 * @param dechets the part lost (sorting, lees) before the wine reaches the cuve
 * @param mouvementId the {@code vendange_vers_cuve} movement that puts it in a cuve, when a
 *     target cuve was given
 */
public record Vendange(
        long id,
        long domaineId,
        long parcelleId,
        LocalDate date,
        Volume volume,
        Volume dechets,
        OptionalLong mouvementId) {

    /**
     * {@return this vendange with that id}
     *
     * @param id the id the store gave it
     */
    public Vendange avecId(long id) {
        return new Vendange(id, domaineId, parcelleId, date, volume, dechets, mouvementId);
    }

    /** {@return this vendange without its movement (the draft was deleted)} */
    public Vendange sansMouvement() {
        return new Vendange(id, domaineId, parcelleId, date, volume, dechets, OptionalLong.empty());
    }
}
