package fr.monchai.core.commun;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The register's calendar: French time, the dates a register can hold, and the DRM's deadline.
 * Every layer asks here rather than keeping its own copy of a rule.
 */
public final class Calendrier {

    /** The customs' days and months run on French time, whatever the server's own zone. */
    public static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");

    /** The first year a register's date may fall in. */
    public static final int PREMIERE_ANNEE = 1900;

    /** The last year a register's date may fall in. */
    public static final int DERNIERE_ANNEE = 2100;

    /** The day of the following month by which a month's DRM is filed. */
    public static final int JOUR_ECHEANCE_DRM = 10;

    private Calendrier() {}

    /**
     * {@return today in France}
     *
     * @param horloge the clock (the system's, or a test's)
     */
    public static LocalDate aujourdhui(Clock horloge) {
        return LocalDate.now(horloge.withZone(FUSEAU));
    }

    /**
     * {@return this month in France}
     *
     * @param horloge the clock (the system's, or a test's)
     */
    public static YearMonth moisCourant(Clock horloge) {
        return YearMonth.from(aujourdhui(horloge));
    }

    /**
     * Why a date cannot be a register's date, if it cannot: a year mistyped (0202, 20260) is refused
     * rather than booked centuries away.
     *
     * @param date a date entered
     * @return the French reason, empty when the date is within {@value #PREMIERE_ANNEE}–{@value #DERNIERE_ANNEE}
     */
    public static Optional<String> horsPlage(LocalDate date) {
        return date.getYear() < PREMIERE_ANNEE || date.getYear() > DERNIERE_ANNEE
                ? Optional.of("doit être une date entre " + PREMIERE_ANNEE + " et " + DERNIERE_ANNEE)
                : Optional.empty();
    }

    /**
     * The next DRM deadline on or after a day: the {@value #JOUR_ECHEANCE_DRM}th of this month while it
     * has not passed (for last month's declaration), else of the next one.
     *
     * @param jour a day
     * @return the deadline's date
     */
    public static LocalDate prochaineEcheanceDrm(LocalDate jour) {
        return jour.getDayOfMonth() <= JOUR_ECHEANCE_DRM
                ? jour.withDayOfMonth(JOUR_ECHEANCE_DRM)
                : jour.plusMonths(1).withDayOfMonth(JOUR_ECHEANCE_DRM);
    }

    /**
     * {@return the month whose DRM is due on that deadline: the one before it}
     *
     * @param echeance a deadline of {@link #prochaineEcheanceDrm}
     */
    public static YearMonth moisDeclare(LocalDate echeance) {
        return YearMonth.from(echeance).minusMonths(1);
    }
}
