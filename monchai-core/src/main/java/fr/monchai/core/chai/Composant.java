package fr.monchai.core.chai;

import java.util.Comparator;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One origin of the wine in a lot: a vintage, a grape variety, a parcelle and an
 * appellation. A lot's {@link Composition} gives the volume of each.
 *
 * @param millesime the vintage, when known
 * @param cepage the grape variety (empty when unknown)
 * @param parcelleId the parcelle it was harvested on; empty for wine bought in
 * @param appellation the appellation (empty when unknown)
 */
public record Composant(OptionalInt millesime, String cepage, OptionalLong parcelleId, String appellation)
        implements Comparable<Composant> {

    /** Wine of unknown origin, such as an inventory surplus in an empty lot. */
    public static final Composant INDETERMINE = new Composant(OptionalInt.empty(), "", OptionalLong.empty(), "");

    private static final Comparator<Composant> ORDRE = Comparator.comparingInt(
                    (Composant c) -> c.millesime().orElse(0))
            .thenComparing(Composant::cepage)
            .thenComparingLong(c -> c.parcelleId().orElse(0))
            .thenComparing(Composant::appellation);

    @Override
    public int compareTo(Composant autre) {
        return ORDRE.compare(this, autre);
    }
}
