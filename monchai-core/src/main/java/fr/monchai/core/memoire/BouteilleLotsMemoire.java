package fr.monchai.core.memoire;

import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.registre.BouteilleLots;
import java.util.List;
import java.util.Optional;

/** The bouteillelots port in memory. */
final class BouteilleLotsMemoire implements BouteilleLots {

    private final Table<BouteilleLot> bouteilles;

    BouteilleLotsMemoire(Table<BouteilleLot> bouteilles) {
        this.bouteilles = bouteilles;
    }

    @Override
    public BouteilleLot inserer(BouteilleLot b) {
        return bouteilles.inserer(b.domaineId(), b::avecId);
    }

    @Override
    public Optional<BouteilleLot> trouver(long domaineId, long id) {
        return bouteilles.lire(domaineId, id);
    }

    @Override
    public List<BouteilleLot> lister(long domaineId) {
        return bouteilles.liste(domaineId);
    }

    @Override
    public void supprimer(long domaineId, long id) {
        bouteilles.effacer(domaineId, id);
    }
}
