package fr.monchai.core.chai;

import fr.monchai.core.commun.Volume;

/**
 * A tank (or barrel, amphora…) of the cellar.
 *
 * @param id the cuve's id (0 before it is stored)
 * @param domaineId its domaine
 * @param nom its internal name, such as "Cuve 7"
 * @param capacite what it holds at most, above zero
 * @param materiau what it is made of (inox, béton, bois…), possibly empty
 */
public record Cuve(long id, long domaineId, String nom, Volume capacite, String materiau) {

    /**
     * {@return this cuve with that id}
     *
     * @param id the id the store gave it
     */
    public Cuve avecId(long id) {
        return new Cuve(id, domaineId, nom, capacite, materiau);
    }
}
