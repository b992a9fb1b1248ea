package fr.monchai.core.registre;

import fr.monchai.core.chai.Domaine;
import java.util.Optional;

/** Stores domaines. */
public interface Domaines {

    /**
     * {@return it with its new id}
     *
     * @param domaine a domaine with id 0
     */
    Domaine inserer(Domaine domaine);

    /**
     * {@return the domaine, if it exists}
     *
     * @param id a domaine id
     */
    Optional<Domaine> trouver(long id);
}
