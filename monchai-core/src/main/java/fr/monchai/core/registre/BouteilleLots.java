package fr.monchai.core.registre;

import fr.monchai.core.chai.BouteilleLot;
import java.util.List;
import java.util.Optional;

/** Stores a domaine's bouteille lots. */
public interface BouteilleLots {

    /**
     * @param bouteilleLot a bouteille lot with id 0
     * @return it with its new id
     */
    BouteilleLot inserer(BouteilleLot bouteilleLot);

    /**
     * @param id the bouteille lot
     * @return it, if it exists in that domaine
     */
    Optional<BouteilleLot> trouver(long domaineId, long id);

    /**
     * @return its bouteille lots, by id
     */
    List<BouteilleLot> lister(long domaineId);

    /**
     * @param id a bouteille lot no movement refers to
     */
    void supprimer(long domaineId, long id);
}
