package fr.monchai.core.registre;

import fr.monchai.core.journal.ReferenceSortie;
import java.util.Map;
import java.util.Optional;

/** Stores the customs references of exit movements. */
public interface ReferencesSortie {

    /**
     * @param mouvementId an exit movement
     * @param reference its references, replacing any earlier ones
     */
    void enregistrer(long domaineId, long mouvementId, ReferenceSortie reference);

    /**
     * @param mouvementId a movement
     * @return its references, if any were recorded
     */
    Optional<ReferenceSortie> trouver(long domaineId, long mouvementId);

    /**
     * @param mouvementId a draft being deleted
     */
    void supprimer(long domaineId, long mouvementId);

    /**
     * @return the references of every movement that has some, by movement id
     */
    Map<Long, ReferenceSortie> toutes(long domaineId);
}
