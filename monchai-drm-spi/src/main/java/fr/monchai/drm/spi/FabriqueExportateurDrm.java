package fr.monchai.drm.spi;

import java.util.List;
import java.util.Map;

/**
 * A regional DRM plugin's entry point: one instance per JVM, found by {@link java.util.ServiceLoader}
 * (on the classpath or in a server's plugins folder) or registered by hand.
 *
 * <p>Calls, in order: {@link #id()} and {@link #versionSpi()} once when the plugin is loaded;
 * {@link #creer} for each preview or export, with the domaine's settings (a server also calls it to
 * check settings before it keeps them); then {@link ExportateurDrm#verifier} on every declaration
 * and {@link ExportateurDrm#exporter} only on one whose blocking anomalies are none. See docs/PLUGINS.md.
 */
public interface FabriqueExportateurDrm {

    /**
     * The version of this interface and of the model it carries. A plugin returns it from
     * {@link #versionSpi()}: the constant is copied into the plugin when it is compiled, so a
     * plugin built for another version is refused when it is loaded, rather than failing on
     * a declaration. Version 3: lines keyed by customs category (their nature optional), the
     * product's INAO code, strength and premix, capsules' container and colour, the duty-paid
     * stock list ({@code LecteurDrm.lireAcquittes}), a document's consignee.
     */
    int VERSION_SPI = 3;

    /** {@return a stable id, such as {@code bivc}: lowercase letters, digits and dashes; exports record it; two plugins never share one} */
    String id();

    /** {@return a name for people, such as « BIVC – Vins du Centre-Loire (declaration.vins-centre-loire.com) »} */
    String nom();

    /**
     * {@return the SPI version the plugin was compiled against}: write
     * {@code return FabriqueExportateurDrm.VERSION_SPI;}
     */
    int versionSpi();

    /**
     * {@return the settings a domaine may give it, described for a form}: empty for a plugin that
     * takes none. A server refuses any other key.
     */
    default List<ReglageDrm> reglages() {
        return List.of();
    }

    /**
     * {@return an exporter with those settings}
     *
     * @param configuration the plugin's settings (its own keys, such as a product catalogue's content)
     * @throws IllegalArgumentException when a setting is invalid, with a French message naming it
     */
    ExportateurDrm creer(Map<String, String> configuration);
}
