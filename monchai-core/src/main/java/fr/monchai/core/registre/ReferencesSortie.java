package fr.monchai.core.registre;

import fr.monchai.core.journal.ReferenceSortie;
import java.util.Map;
import java.util.Optional;

/** Stores the customs references of exit movements. */
public interface ReferencesSortie {

    /**
     * Records an exit's references (document, invoice).
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId an exit movement
     * @param reference its references, replacing any earlier ones
     */
    void enregistrer(long domaineId, long mouvementId, ReferenceSortie reference);

    /**
     * {@return its references, if any were recorded}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId a movement
     */
    Optional<ReferenceSortie> trouver(long domaineId, long mouvementId);

    /**
     * Deletes a draft's references.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId a draft being deleted
     */
    void supprimer(long domaineId, long mouvementId);

    /**
     * {@return the references of every movement that has some, by movement id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    Map<Long, ReferenceSortie> toutes(long domaineId);
}
