package fr.monchai.core.chai;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which vendanges to list. Every criterion is optional; {@link #TOUT} lists them all.
 *
 * @param parcelleId only the harvests of this parcelle
 * @param du first day, inclusive
 * @param au last day, inclusive
 */
public record FiltreVendanges(OptionalLong parcelleId, Optional<LocalDate> du, Optional<LocalDate> au) {

    /** Every vendange. */
    public static final FiltreVendanges TOUT = new FiltreVendanges(OptionalLong.empty(), Optional.empty(), Optional.empty());

    /**
     * @param parcelleId a parcelle
     * @return this filter limited to that parcelle
     */
    public FiltreVendanges parcelle(long parcelleId) {
        return new FiltreVendanges(OptionalLong.of(parcelleId), du, au);
    }

    /**
     * @param du first day
     * @param au last day
     * @return this filter limited to that period
     */
    public FiltreVendanges periode(LocalDate du, LocalDate au) {
        return new FiltreVendanges(parcelleId, Optional.of(du), Optional.of(au));
    }

    /**
     * @param millesime a vintage year
     * @return this filter limited to that year's harvests
     */
    public FiltreVendanges millesime(int millesime) {
        return periode(LocalDate.of(millesime, 1, 1), LocalDate.of(millesime, 12, 31));
    }

    /**
     * @param v a vendange
     * @return whether it passes this filter
     */
    public boolean accepte(Vendange v) {
        return (parcelleId.isEmpty() || v.parcelleId() == parcelleId.getAsLong())
                && du.map(d -> !v.date().isBefore(d)).orElse(true)
                && au.map(d -> !v.date().isAfter(d)).orElse(true);
    }
}
