package fr.monchai.core.chai;

/**
 * The wine in one cuve: an account of the journal. Its volume and composition come from
 * the validated movements; the lot itself only says where it is and what it is.
 *
 * @param id the lot's id (0 before it is stored)
 * @param domaineId its domaine
 * @param cuveId the cuve that holds it
 * @param reference an internal reference, such as "Cuve 7 / 2026-09-18"
 * @param produit its fiscal product
 */
public record Lot(long id, long domaineId, long cuveId, String reference, ProduitFiscal produit) {

    /**
     * {@return this lot with that id}
     *
     * @param id the id the store gave it
     */
    public Lot avecId(long id) {
        return new Lot(id, domaineId, cuveId, reference, produit);
    }
}
