package fr.monchai.core.registre;

import fr.monchai.core.chai.BouteilleLot;
import java.util.List;
import java.util.Optional;

/** Stores a domaine's bouteille lots. */
public interface BouteilleLots {

    /**
     * {@return it with its new id}
     *
     * @param bouteilleLot a bouteille lot with id 0
     */
    BouteilleLot inserer(BouteilleLot bouteilleLot);

    /**
     * {@return it, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the bouteille lot
     */
    Optional<BouteilleLot> trouver(long domaineId, long id);

    /**
     * {@return its bouteille lots, by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    List<BouteilleLot> lister(long domaineId);

    /**
     * Deletes a bouteille lot that a deleted draft had opened.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id a bouteille lot no movement refers to
     */
    void supprimer(long domaineId, long id);
}
