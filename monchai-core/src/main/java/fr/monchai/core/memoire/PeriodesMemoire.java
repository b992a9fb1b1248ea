package fr.monchai.core.memoire;

import fr.monchai.core.registre.Periodes;
import java.time.YearMonth;
import java.util.SortedSet;
import java.util.TreeSet;

/** The periodes port in memory. */
final class PeriodesMemoire implements Periodes {

    private final Etat etat;
    private final Table<SortedSet<YearMonth>> periodes;

    PeriodesMemoire(Etat etat, Table<SortedSet<YearMonth>> periodes) {
        this.etat = etat;
        this.periodes = periodes;
    }

    @Override
    public void verrouiller(long domaineId, YearMonth mois) {
        etat.ecrire(() -> {
            SortedSet<YearMonth> nouveau =
                    new TreeSet<>(periodes.trouver(domaineId, 0).orElseGet(TreeSet::new));
            nouveau.add(mois);
            periodes.mettre(domaineId, 0, nouveau);
        });
    }

    @Override
    public SortedSet<YearMonth> verrouillees(long domaineId) {
        return etat.lire(() -> new TreeSet<>(periodes.trouver(domaineId, 0).orElseGet(TreeSet::new)));
    }
}
