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

    /**
     * {@return the container sizes the domaine added to the legal ones, in millilitres}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    java.util.List<Integer> contenances(long domaineId);

    /**
     * Adds a container size the domaine really uses (adding it twice changes nothing).
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param contenanceMl the size, in millilitres
     */
    void ajouterContenance(long domaineId, int contenanceMl);
}
