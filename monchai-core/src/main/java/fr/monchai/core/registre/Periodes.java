package fr.monchai.core.registre;

import java.time.YearMonth;
import java.util.SortedSet;

/** Stores the declared (locked) months of a domaine. */
public interface Periodes {

    /**
     * @param mois a month to record as locked
     */
    void verrouiller(long domaineId, YearMonth mois);

    /**
     * @return its locked months
     */
    SortedSet<YearMonth> verrouillees(long domaineId);
}
