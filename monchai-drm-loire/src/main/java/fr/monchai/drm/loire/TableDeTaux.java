package fr.monchai.drm.loire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rates in €/hl by the date they apply from (excise duties change every 1 January, the
 * InterLoire CVO at the start of a campaign): a dated table, never a constant.
 */
public final class TableDeTaux {

    /** Excise on still wines (customs line L387), docs/DRM.md §3.1. */
    public static final TableDeTaux ACCISE_TRANQUILLES = new TableDeTaux(
            Map.of(
                    LocalDate.of(2015, 8, 1),
                    "3.75",
                    LocalDate.of(2016, 1, 1),
                    "3.77",
                    LocalDate.of(2018, 1, 1),
                    "3.78",
                    LocalDate.of(2019, 1, 1),
                    "3.82",
                    LocalDate.of(2020, 1, 1),
                    "3.88",
                    LocalDate.of(2021, 1, 1),
                    "3.91",
                    LocalDate.of(2022, 1, 1),
                    "3.92",
                    LocalDate.of(2023, 1, 1),
                    "3.98",
                    LocalDate.of(2024, 1, 1),
                    "4.05",
                    LocalDate.of(2025, 1, 1),
                    "4.12"),
            Map.of(LocalDate.of(2026, 1, 1), "4.19"));
    /** Excise on sparkling wines (customs line L385), docs/DRM.md §3.1. */
    public static final TableDeTaux ACCISE_MOUSSEUX = new TableDeTaux(
            Map.of(
                    LocalDate.of(2015, 8, 1),
                    "9.29",
                    LocalDate.of(2016, 1, 1),
                    "9.33",
                    LocalDate.of(2018, 1, 1),
                    "9.35",
                    LocalDate.of(2019, 1, 1),
                    "9.44",
                    LocalDate.of(2020, 1, 1),
                    "9.59",
                    LocalDate.of(2021, 1, 1),
                    "9.68",
                    LocalDate.of(2022, 1, 1),
                    "9.70",
                    LocalDate.of(2023, 1, 1),
                    "9.85",
                    LocalDate.of(2024, 1, 1),
                    "10.02",
                    LocalDate.of(2025, 1, 1),
                    "10.20"),
            Map.of(LocalDate.of(2026, 1, 1), "10.38"));
    /** InterLoire CVO on AOCs in its scope, docs/DRM.md §8.3. */
    public static final TableDeTaux CVO_AOC =
            new TableDeTaux(Map.of(LocalDate.of(2016, 1, 1), "2.50", LocalDate.of(2024, 8, 1), "3.25"), Map.of());
    /** InterLoire CVO on IGP Val de Loire, docs/DRM.md §8.3. */
    public static final TableDeTaux CVO_IGP =
            new TableDeTaux(Map.of(LocalDate.of(2017, 8, 1), "1.50", LocalDate.of(2024, 8, 1), "1.95"), Map.of());

    private final NavigableMap<LocalDate, BigDecimal> taux = new TreeMap<>();

    private TableDeTaux(Map<LocalDate, String> taux, Map<LocalDate, String> suite) {
        taux.forEach((d, t) -> this.taux.put(d, new BigDecimal(t)));
        suite.forEach((d, t) -> this.taux.put(d, new BigDecimal(t)));
    }

    /**
     * {@return the rate in force that day, if any was}
     *
     * @param date a day
     */
    public Optional<BigDecimal> taux(LocalDate date) {
        Map.Entry<LocalDate, BigDecimal> e = taux.floorEntry(date);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }
}
