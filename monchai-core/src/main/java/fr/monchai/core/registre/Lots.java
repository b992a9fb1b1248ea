package fr.monchai.core.registre;

import fr.monchai.core.chai.Lot;
import java.util.List;
import java.util.Optional;

/** Stores a domaine's lots. */
public interface Lots {

    /**
     * @param lot a lot with id 0
     * @return it with its new id
     */
    Lot inserer(Lot lot);

    /**
     * @param id the lot
     * @return the lot, if it exists in that domaine
     */
    Optional<Lot> trouver(long domaineId, long id);

    /**
     * @param cuveId a cuve
     * @return the lots that cuve has held, by id
     */
    List<Lot> parCuve(long domaineId, long cuveId);

    /**
     * @return its lots, by id
     */
    List<Lot> lister(long domaineId);

    /**
     * @param id a lot no movement refers to
     */
    void supprimer(long domaineId, long id);
}
