package fr.monchai.drm.spi;

import java.util.Map;

/**
 * A regional DRM plugin's entry point: one instance per JVM, found by {@link java.util.ServiceLoader}
 * or registered by hand.
 */
public interface FabriqueExportateurDrm {

    /** {@return a stable id, such as {@code interloire}: exports record it; two plugins never share one} */
    String id();

    /** {@return a name for people, such as « InterLoire (vinsvaldeloire.pro) »} */
    String nom();

    /**
     * {@return an exporter with those settings}
     *
     * @param configuration the plugin's settings (its own keys, such as a product catalogue's path)
     * @throws IllegalArgumentException when a setting is invalid
     */
    ExportateurDrm creer(Map<String, String> configuration);
}
