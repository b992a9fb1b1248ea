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
    public static final FiltreVendanges TOUT =
            new FiltreVendanges(OptionalLong.empty(), Optional.empty(), Optional.empty());

    /**
     * {@return this filter limited to that parcelle}
     *
     * @param parcelleId a parcelle
     */
    public FiltreVendanges parcelle(long parcelleId) {
        return new FiltreVendanges(OptionalLong.of(parcelleId), du, au);
    }

    /**
     * {@return this filter limited to that period}
     *
     * @param du first day
     * @param au last day
     */
    public FiltreVendanges periode(LocalDate du, LocalDate au) {
        return new FiltreVendanges(parcelleId, Optional.of(du), Optional.of(au));
    }

    /**
     * {@return this filter limited to that year's harvests}
     *
     * @param millesime a vintage year
     */
    public FiltreVendanges millesime(int millesime) {
        return periode(LocalDate.of(millesime, 1, 1), LocalDate.of(millesime, 12, 31));
    }

    /**
     * {@return whether it passes this filter}
     *
     * @param v a vendange
     */
    public boolean accepte(Vendange v) {
        return (parcelleId.isEmpty() || v.parcelleId() == parcelleId.getAsLong())
                && du.map(d -> !v.date().isBefore(d)).orElse(true)
                && au.map(d -> !v.date().isAfter(d)).orElse(true);
    }
}
