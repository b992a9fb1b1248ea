package fr.monchai.server.pages;

import java.time.YearMonth;
import java.util.Optional;

/** How many anomalies the DRM's checks find in a domaine's month, for the dashboard. */
@FunctionalInterface
public interface ControlesDrm {

    /**
     * {@return the number of anomalies, empty while the domaine's identity is not filled in or no DRM plugin applies}
     *
     * @param domaineId the domaine
     * @param mois the month to declare
     */
    Optional<Integer> anomalies(long domaineId, YearMonth mois);
}
