package fr.monchai.core.memoire;

import fr.monchai.core.chai.Cuve;
import fr.monchai.core.registre.Cuves;
import java.util.List;
import java.util.Optional;

/** The cuves port in memory. */
final class CuvesMemoire implements Cuves {

    private final Table<Cuve> cuves;

    CuvesMemoire(Table<Cuve> cuves) {
        this.cuves = cuves;
    }

    @Override
    public Cuve inserer(Cuve c) {
        return cuves.inserer(c.domaineId(), c::avecId);
    }

    @Override
    public void mettreAJour(Cuve c) {
        cuves.remplacer(c.domaineId(), c.id(), c);
    }

    @Override
    public Optional<Cuve> trouver(long domaineId, long id) {
        return cuves.lire(domaineId, id);
    }

    @Override
    public List<Cuve> lister(long domaineId) {
        return cuves.liste(domaineId);
    }
}
