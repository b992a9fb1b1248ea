package fr.monchai.core.journal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which movements of the journal to list. Every criterion is optional.
 *
 * @param du first day, inclusive
 * @param au last day, inclusive
 * @param type only this type
 * @param statut only this status
 * @param lotId only movements with a leg on this lot
 */
public record FiltreJournal(
        Optional<LocalDate> du,
        Optional<LocalDate> au,
        Optional<TypeMouvement> type,
        Optional<StatutMouvement> statut,
        OptionalLong lotId) {

    /** Every movement. */
    public static final FiltreJournal TOUT =
            new FiltreJournal(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty());

    /**
     * @param du first day
     * @param au last day
     * @return this filter limited to that period
     */
    public FiltreJournal periode(LocalDate du, LocalDate au) {
        return new FiltreJournal(Optional.of(du), Optional.of(au), type, statut, lotId);
    }

    /**
     * @param au last day
     * @return this filter limited to movements dated on or before that day
     */
    public FiltreJournal jusquAu(LocalDate au) {
        return new FiltreJournal(du, Optional.of(au), type, statut, lotId);
    }

    /**
     * @param type a type
     * @return this filter limited to that type
     */
    public FiltreJournal type(TypeMouvement type) {
        return new FiltreJournal(du, au, Optional.of(type), statut, lotId);
    }

    /**
     * @param statut a status
     * @return this filter limited to that status
     */
    public FiltreJournal statut(StatutMouvement statut) {
        return new FiltreJournal(du, au, type, Optional.of(statut), lotId);
    }

    /**
     * @param lotId a lot
     * @return this filter limited to movements on that lot
     */
    public FiltreJournal lot(long lotId) {
        return new FiltreJournal(du, au, type, statut, OptionalLong.of(lotId));
    }

    /**
     * @param m a movement
     * @return whether it passes this filter
     */
    public boolean accepte(Mouvement m) {
        return du.map(d -> !m.date().isBefore(d)).orElse(true)
                && au.map(d -> !m.date().isAfter(d)).orElse(true)
                && type.map(t -> m.type() == t).orElse(true)
                && statut.map(s -> m.statut() == s).orElse(true)
                && (lotId.isEmpty() || m.lignes().stream().anyMatch(l -> l.compte().equals(new Compte.DeLot(lotId.getAsLong()))));
    }
}
