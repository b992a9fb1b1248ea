package fr.monchai.drm;

import fr.monchai.drm.modele.Declarant;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ServiceDrm#exporter(long, ExportDrm)} exports: a month, who declares, with which
 * plugin, as a trial or for good. Start with {@link #de(YearMonth, Declarant)}; each other
 * setting has a default and a method that returns a changed copy:
 * {@code ExportDrm.de(mois, declarant).plugin("bivc").definitif().par("alice@domaine.fr")}.
 *
 * @param mois the month declared
 * @param declarant who declares
 * @param plugin the DRM plugin's id; empty for the only plugin on the class path
 * @param configuration the plugin's settings (a key it does not read is refused)
 * @param estDefinitif true for the final export, which is recorded and locks the month; false
 *     (the default) for a trial, which replaces the month's previous trial and locks nothing
 * @param auteur who exports, recorded in the history
 * @param date when, recorded in the history (never in the files); empty for the moment of export
 */
public record ExportDrm(
        YearMonth mois,
        Declarant declarant,
        Optional<String> plugin,
        Map<String, String> configuration,
        boolean estDefinitif,
        String auteur,
        Optional<Instant> date) {

    /** Refuses a missing part, which would otherwise fail deep in the export. */
    public ExportDrm {
        Objects.requireNonNull(mois, "mois");
        Objects.requireNonNull(declarant, "declarant");
        Objects.requireNonNull(plugin, "plugin");
        configuration = Map.copyOf(configuration);
        Objects.requireNonNull(auteur, "auteur");
        Objects.requireNonNull(date, "date");
    }

    /**
     * {@return a trial export of that month, with the only plugin installed and its default settings}
     *
     * @param mois the month declared
     * @param declarant who declares
     */
    public static ExportDrm de(YearMonth mois, Declarant declarant) {
        return new ExportDrm(mois, declarant, Optional.empty(), Map.of(), false, "bibliothèque", Optional.empty());
    }

    /**
     * {@return this export, with that plugin}
     *
     * @param id the plugin's id, such as {@code bivc}
     */
    public ExportDrm plugin(String id) {
        return new ExportDrm(mois, declarant, Optional.of(id), configuration, estDefinitif, auteur, date);
    }

    /**
     * {@return this export, with those plugin settings}
     *
     * @param reglages the settings; a key the plugin does not read is refused at export
     */
    public ExportDrm configuration(Map<String, String> reglages) {
        return new ExportDrm(mois, declarant, plugin, reglages, estDefinitif, auteur, date);
    }

    /** {@return this export, final: recorded, and the month locked} */
    public ExportDrm definitif() {
        return new ExportDrm(mois, declarant, plugin, configuration, true, auteur, date);
    }

    /**
     * {@return this export, recorded as made by that person}
     *
     * @param qui who exports (an e-mail address, a name)
     */
    public ExportDrm par(String qui) {
        return new ExportDrm(mois, declarant, plugin, configuration, estDefinitif, qui, date);
    }

    /**
     * {@return this export, recorded at that instant}
     *
     * @param quand the instant the history shows
     */
    public ExportDrm le(Instant quand) {
        return new ExportDrm(mois, declarant, plugin, configuration, estDefinitif, auteur, Optional.of(quand));
    }
}
