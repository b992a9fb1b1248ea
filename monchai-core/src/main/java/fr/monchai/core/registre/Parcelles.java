package fr.monchai.core.registre;

import fr.monchai.core.chai.Parcelle;
import java.util.List;
import java.util.Optional;

/** Stores a domaine's parcelles. */
public interface Parcelles {

    /**
     * @param parcelle a parcelle with id 0
     * @return it with its new id
     */
    Parcelle inserer(Parcelle parcelle);

    /** @param parcelle a stored parcelle, changed (its id and domaine stay) */
    void mettreAJour(Parcelle parcelle);

    /**
     * @param id the parcelle
     * @return the parcelle, if it exists in that domaine
     */
    Optional<Parcelle> trouver(long domaineId, long id);

    /**
     * @param id the parcelle to delete
     */
    void supprimer(long domaineId, long id);

    /**
     * @param texte part of the name, any case and accents; blank for all
     * @return the matching parcelles, by name
     */
    List<Parcelle> rechercher(long domaineId, String texte);
}
