package fr.monchai.core.registre;

import fr.monchai.core.chai.Domaine;
import java.util.Optional;

/** Stores domaines. */
public interface Domaines {

    /**
     * @param domaine a domaine with id 0
     * @return it with its new id
     */
    Domaine inserer(Domaine domaine);

    /**
     * @param id a domaine id
     * @return the domaine, if it exists
     */
    Optional<Domaine> trouver(long id);
}
