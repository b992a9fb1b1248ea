package fr.monchai.core.registre;

import java.time.YearMonth;
import java.util.SortedSet;

/** Stores the declared (locked) months of a domaine. */
public interface Periodes {

    /**
     * Records a month as declared.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mois a month to record as locked
     */
    void verrouiller(long domaineId, YearMonth mois);

    /**
     * {@return its locked months}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    SortedSet<YearMonth> verrouillees(long domaineId);
}
