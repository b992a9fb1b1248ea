package fr.monchai.core.crd;

import java.time.LocalDate;
import java.util.List;

/** Stores the movements of a domaine's CRD capsule stock. */
public interface Capsules {

    /**
     * @param mouvement a movement with id 0
     * @return it with its new id
     */
    MouvementCrd inserer(MouvementCrd mouvement);

    /**
     * @param jusquAu the last day, included
     * @return its movements dated on or before that day, by date then id
     */
    List<MouvementCrd> jusquAu(long domaineId, LocalDate jusquAu);
}
