package fr.monchai.core.chai;

import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * Bottles of one bottling (or one purchase of bottles): an account of the journal, counted
 * in bottles and in volume.
 *
 * @param id the bouteille lot's id (0 before it is stored)
 * @param domaineId its domaine
 * @param sourceLotId the lot it was bottled from; empty for bottles bought in
 * @param nbBouteilles how many bottles it started with (its stock is in the journal)
 * @param contenanceMl the capacity of one bottle, such as 750
 * @param date the bottling (or purchase) date
 * @param reference the internal reference of the bottling
 * @param produit its fiscal product
 * @param droitsAcquittes whether it is held with its duty paid (bottles bought duty-paid): on the DRM's duty-paid
 *     stock list, leaving duty-paid only
 */
public record BouteilleLot(
        long id,
        long domaineId,
        OptionalLong sourceLotId,
        long nbBouteilles,
        int contenanceMl,
        LocalDate date,
        String reference,
        ProduitFiscal produit,
        boolean droitsAcquittes) {

    /**
     * Bottles held under bond.
     *
     * @param id the bouteille lot's id (0 before it is stored)
     * @param domaineId its domaine
     * @param sourceLotId the lot it was bottled from; empty for bottles bought in
     * @param nbBouteilles how many bottles it started with
     * @param contenanceMl the capacity of one bottle
     * @param date the bottling (or purchase) date
     * @param reference the internal reference
     * @param produit its fiscal product
     */
    public BouteilleLot(
            long id,
            long domaineId,
            OptionalLong sourceLotId,
            long nbBouteilles,
            int contenanceMl,
            LocalDate date,
            String reference,
            ProduitFiscal produit) {
        this(id, domaineId, sourceLotId, nbBouteilles, contenanceMl, date, reference, produit, false);
    }

    /**
     * {@return this bouteille lot with that id}
     *
     * @param id the id the store gave it
     */
    public BouteilleLot avecId(long id) {
        return new BouteilleLot(
                id, domaineId, sourceLotId, nbBouteilles, contenanceMl, date, reference, produit, droitsAcquittes);
    }
}
