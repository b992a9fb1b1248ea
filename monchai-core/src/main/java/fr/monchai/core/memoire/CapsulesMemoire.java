package fr.monchai.core.memoire;

import fr.monchai.core.crd.Capsules;
import fr.monchai.core.crd.MouvementCrd;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The capsules port in memory. */
final class CapsulesMemoire implements Capsules {

    private final Etat etat;
    private final Table<MouvementCrd> crd;

    CapsulesMemoire(Etat etat, Table<MouvementCrd> crd) {
        this.etat = etat;
        this.crd = crd;
    }

    @Override
    public MouvementCrd inserer(MouvementCrd m) {
        return crd.inserer(m.domaineId(), m::avecId);
    }

    @Override
    public List<MouvementCrd> jusquAu(long domaineId, LocalDate jusquAu) {
        return etat.lire(() -> crd.duDomaine(domaineId).stream()
                .filter(m -> !m.date().isAfter(jusquAu))
                .sorted(Comparator.comparing(MouvementCrd::date).thenComparingLong(MouvementCrd::id))
                .toList());
    }
}
