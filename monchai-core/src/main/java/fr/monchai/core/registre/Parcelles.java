package fr.monchai.core.registre;

import fr.monchai.core.chai.Parcelle;
import java.util.List;
import java.util.Optional;

/** Stores a domaine's parcelles. */
public interface Parcelles {

    /**
     * {@return it with its new id}
     *
     * @param parcelle a parcelle with id 0
     */
    Parcelle inserer(Parcelle parcelle);

    /**
     * Stores the changes to a parcelle.
     *
     * @param parcelle a stored parcelle, changed (its id and domaine stay)
     */
    void mettreAJour(Parcelle parcelle);

    /**
     * {@return the parcelle, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the parcelle
     */
    Optional<Parcelle> trouver(long domaineId, long id);

    /**
     * Deletes a parcelle.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the parcelle to delete
     */
    void supprimer(long domaineId, long id);

    /**
     * {@return the matching parcelles, by name}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param texte part of the name, any case and accents; blank for all
     */
    List<Parcelle> rechercher(long domaineId, String texte);
}
