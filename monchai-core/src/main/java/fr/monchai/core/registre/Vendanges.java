package fr.monchai.core.registre;

import fr.monchai.core.chai.FiltreVendanges;
import fr.monchai.core.chai.Vendange;
import java.util.List;
import java.util.Optional;

/** Stores a domaine's vendanges. */
public interface Vendanges {

    /**
     * @param vendange a vendange with id 0
     * @return it with its new id
     */
    Vendange inserer(Vendange vendange);

    /** @param vendange a stored vendange, changed */
    void mettreAJour(Vendange vendange);

    /**
     * @param id the vendange
     * @return the vendange, if it exists in that domaine
     */
    Optional<Vendange> trouver(long domaineId, long id);

    /**
     * @param filtre which ones
     * @return the domaine's vendanges that pass the filter, by date then id
     */
    List<Vendange> lister(long domaineId, FiltreVendanges filtre);

    /**
     * @param mouvementId a {@code vendange_vers_cuve} movement
     * @return the vendange it puts in a cuve
     */
    Optional<Vendange> parMouvement(long domaineId, long mouvementId);
}
