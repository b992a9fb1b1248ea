package fr.monchai.core.journal;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Where a validated movement stands in time: its date, then its register number among
 * movements of the same day. Balances hold at every position, not only at the end of the
 * journal.
 *
 * @param date the movement's date
 * @param numero its register number
 */
public record Position(LocalDate date, long numero) implements Comparable<Position> {

    private static final Comparator<Position> ORDRE =
            Comparator.comparing(Position::date).thenComparingLong(Position::numero);

    /**
     * {@return the position after every movement of that day}
     *
     * @param date a day
     */
    public static Position finDe(LocalDate date) {
        return new Position(date, Long.MAX_VALUE);
    }

    @Override
    public int compareTo(Position autre) {
        return ORDRE.compare(this, autre);
    }
}
