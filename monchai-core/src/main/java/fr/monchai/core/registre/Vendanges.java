package fr.monchai.core.registre;

import fr.monchai.core.chai.FiltreVendanges;
import fr.monchai.core.chai.Vendange;
import java.util.List;
import java.util.Optional;

/** Stores a domaine's vendanges. */
public interface Vendanges {

    /**
     * {@return it with its new id}
     *
     * @param vendange a vendange with id 0
     */
    Vendange inserer(Vendange vendange);

    /**
     * Stores the changes to a vendange.
     *
     * @param vendange a stored vendange, changed
     */
    void mettreAJour(Vendange vendange);

    /**
     * {@return the vendange, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the vendange
     */
    Optional<Vendange> trouver(long domaineId, long id);

    /**
     * {@return the domaine's vendanges that pass the filter, by date then id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param filtre which ones
     */
    List<Vendange> lister(long domaineId, FiltreVendanges filtre);

    /**
     * {@return the vendange it puts in a cuve}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId a {@code vendange_vers_cuve} movement
     */
    Optional<Vendange> parMouvement(long domaineId, long mouvementId);
}
