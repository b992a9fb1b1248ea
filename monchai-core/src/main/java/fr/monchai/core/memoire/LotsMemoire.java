package fr.monchai.core.memoire;

import fr.monchai.core.chai.Lot;
import fr.monchai.core.registre.Lots;
import java.util.List;
import java.util.Optional;

/** The lots port in memory. */
final class LotsMemoire implements Lots {

    private final Etat etat;
    private final Table<Lot> lots;

    LotsMemoire(Etat etat, Table<Lot> lots) {
        this.etat = etat;
        this.lots = lots;
    }

    @Override
    public Lot inserer(Lot l) {
        return lots.inserer(l.domaineId(), l::avecId);
    }

    @Override
    public Optional<Lot> trouver(long domaineId, long id) {
        return lots.lire(domaineId, id);
    }

    @Override
    public List<Lot> parCuve(long domaineId, long cuveId) {
        return etat.lire(() -> lots.duDomaine(domaineId).stream()
                .filter(l -> l.cuveId() == cuveId)
                .toList());
    }

    @Override
    public List<Lot> lister(long domaineId) {
        return lots.liste(domaineId);
    }

    @Override
    public void supprimer(long domaineId, long id) {
        lots.effacer(domaineId, id);
    }
}
