package fr.monchai.core.registre;

import fr.monchai.core.chai.Cuve;
import java.util.List;
import java.util.Optional;

/** Stores a domaine's cuves. */
public interface Cuves {

    /**
     * {@return it with its new id}
     *
     * @param cuve a cuve with id 0
     */
    Cuve inserer(Cuve cuve);

    /**
     * Stores the changes to a cuve.
     *
     * @param cuve a stored cuve, changed (its id and domaine stay)
     */
    void mettreAJour(Cuve cuve);

    /**
     * Holds the cuve until the caller's transaction ends: two movements that would each open
     * a new lot in it (the first harvests, at once) then run one after the other, and the
     * second finds the first one's lot. A store whose transactions run one at a time does nothing.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param cuveId the cuve
     */
    default void verrouiller(long domaineId, long cuveId) {}

    /**
     * {@return the cuve, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the cuve
     */
    Optional<Cuve> trouver(long domaineId, long id);

    /**
     * {@return its cuves, by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    List<Cuve> lister(long domaineId);
}
