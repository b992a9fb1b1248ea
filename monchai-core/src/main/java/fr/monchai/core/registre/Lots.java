package fr.monchai.core.registre;

import fr.monchai.core.chai.Lot;
import java.util.List;
import java.util.Optional;

/** Stores a domaine's lots. */
public interface Lots {

    /**
     * {@return it with its new id}
     *
     * @param lot a lot with id 0
     */
    Lot inserer(Lot lot);

    /**
     * {@return the lot, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the lot
     */
    Optional<Lot> trouver(long domaineId, long id);

    /**
     * {@return the lots that cuve has held, by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param cuveId a cuve
     */
    List<Lot> parCuve(long domaineId, long cuveId);

    /**
     * {@return its lots, by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    List<Lot> lister(long domaineId);

    /**
     * Deletes a lot that a deleted draft had opened.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id a lot no movement refers to
     */
    void supprimer(long domaineId, long id);
}
