package fr.monchai.core.journal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Which movements of the journal to list. Every criterion is optional.
 *
 * @param du first day, inclusive
 * @param au last day, inclusive
 * @param type only this type
 * @param statut only this status
 * @param lots only movements with a leg on one of these lots (empty: every lot)
 */
public record FiltreJournal(
        Optional<LocalDate> du,
        Optional<LocalDate> au,
        Optional<TypeMouvement> type,
        Optional<StatutMouvement> statut,
        Set<Long> lots) {

    /** Every movement. */
    public static final FiltreJournal TOUT =
            new FiltreJournal(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of());

    /** Keeps the lots immutable. */
    public FiltreJournal {
        lots = Set.copyOf(lots);
    }

    /**
     * {@return this filter limited to that period}
     *
     * @param du first day
     * @param au last day
     */
    public FiltreJournal periode(LocalDate du, LocalDate au) {
        return new FiltreJournal(Optional.of(du), Optional.of(au), type, statut, lots);
    }

    /**
     * {@return this filter limited to movements dated on or before that day}
     *
     * @param au last day
     */
    public FiltreJournal jusquAu(LocalDate au) {
        return new FiltreJournal(du, Optional.of(au), type, statut, lots);
    }

    /**
     * {@return this filter limited to that type}
     *
     * @param type a type
     */
    public FiltreJournal type(TypeMouvement type) {
        return new FiltreJournal(du, au, Optional.of(type), statut, lots);
    }

    /**
     * {@return this filter limited to that status}
     *
     * @param statut a status
     */
    public FiltreJournal statut(StatutMouvement statut) {
        return new FiltreJournal(du, au, type, Optional.of(statut), lots);
    }

    /**
     * {@return this filter limited to movements on that lot}
     *
     * @param lotId a lot
     */
    public FiltreJournal lot(long lotId) {
        return new FiltreJournal(du, au, type, statut, Set.of(lotId));
    }

    /**
     * {@return this filter limited to movements on any of these lots (those a cuve held, say)}; none: no movement
     *
     * @param ids lots
     */
    public FiltreJournal lots(Set<Long> ids) {
        return new FiltreJournal(du, au, type, statut, ids.isEmpty() ? Set.of(-1L) : ids);
    }

    /**
     * {@return whether it passes this filter}
     *
     * @param m a movement
     */
    public boolean accepte(Mouvement m) {
        return du.map(d -> !m.date().isBefore(d)).orElse(true)
                && au.map(d -> !m.date().isAfter(d)).orElse(true)
                && type.map(t -> m.type() == t).orElse(true)
                && statut.map(s -> m.statut() == s).orElse(true)
                && (lots.isEmpty()
                        || m.lignes().stream()
                                .anyMatch(l -> l.compte() instanceof Compte.DeLot lot && lots.contains(lot.lotId())));
    }
}
