package fr.monchai.core.crd;

import java.time.LocalDate;
import java.util.List;

/** Stores the movements of a domaine's CRD capsule stock. */
public interface Capsules {

    /**
     * {@return it with its new id}
     *
     * @param mouvement a movement with id 0
     */
    MouvementCrd inserer(MouvementCrd mouvement);

    /**
     * {@return its movements dated on or before that day, by date then id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param jusquAu the last day, included
     */
    List<MouvementCrd> jusquAu(long domaineId, LocalDate jusquAu);
}
