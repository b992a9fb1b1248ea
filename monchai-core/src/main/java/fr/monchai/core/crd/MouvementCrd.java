package fr.monchai.core.crd;

import java.time.LocalDate;

/**
 * A movement of the CRD capsule stock.
 *
 * @param id its id (0 before it is stored)
 * @param domaineId its domaine
 * @param date the day
 * @param compte which capsules
 * @param nature what happened to them
 * @param quantite how many capsules, above zero
 * @param observation why (mandatory for other entries and exits), possibly empty
 */
public record MouvementCrd(
        long id,
        long domaineId,
        LocalDate date,
        CompteCapsules compte,
        NatureCrd nature,
        long quantite,
        String observation) {

    /**
     * {@return this movement with that id}
     *
     * @param id the id the store gave it
     */
    public MouvementCrd avecId(long id) {
        return new MouvementCrd(id, domaineId, date, compte, nature, quantite, observation);
    }

    /** {@return the signed effect on the stock} */
    public long effet() {
        return nature.signe() * quantite;
    }
}
