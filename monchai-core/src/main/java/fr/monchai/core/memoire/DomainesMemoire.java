package fr.monchai.core.memoire;

import fr.monchai.core.chai.Domaine;
import fr.monchai.core.registre.Domaines;
import java.util.Optional;

/** The domaines port in memory. */
final class DomainesMemoire implements Domaines {

    private final Etat etat;
    private final Table<Domaine> domaines;
    private final Table<Integer> contenances;

    DomainesMemoire(Etat etat, Table<Domaine> domaines) {
        this.etat = etat;
        this.domaines = domaines;
        this.contenances = new Table<>(etat);
    }

    @Override
    public Domaine inserer(Domaine d) {
        return etat.transaction(() -> {
            Domaine stocke = new Domaine(domaines.nouvelId(), d.nom());
            domaines.mettre(0, stocke.id(), stocke);
            return stocke;
        });
    }

    @Override
    public Optional<Domaine> trouver(long id) {
        return domaines.lire(0, id);
    }

    @Override
    public java.util.List<Integer> contenances(long domaineId) {
        return etat.lire(
                () -> contenances.duDomaine(domaineId).stream().sorted().toList());
    }

    @Override
    public void ajouterContenance(long domaineId, int contenanceMl) {
        etat.transaction(() -> {
            contenances.mettre(domaineId, contenanceMl, contenanceMl);
            return null;
        });
    }
}
