package fr.monchai.drm;

import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The DRM plugins known to the application: found on the classpath, registered by hand, or both. */
public final class ExportateursDrm {

    private final Map<String, FabriqueExportateurDrm> parId;

    private ExportateursDrm(Map<String, FabriqueExportateurDrm> parId) {
        this.parId = Collections.unmodifiableMap(parId);
    }

    /**
     * {@return every plugin listed in a {@code META-INF/services/fr.monchai.drm.spi.FabriqueExportateurDrm} of the classpath}
     *
     * @throws IllegalStateException when two plugins share an id
     */
    public static ExportateursDrm decouvrir() {
        return decouvrir(Thread.currentThread().getContextClassLoader());
    }

    /**
     * {@return every plugin it lists}
     *
     * @param chargeur where to look for plugins (a plugin folder's class loader, say)
     * @throws IllegalStateException when two plugins share an id
     */
    public static ExportateursDrm decouvrir(ClassLoader chargeur) {
        List<FabriqueExportateurDrm> trouvees = new ArrayList<>();
        ServiceLoader.load(FabriqueExportateurDrm.class, chargeur).forEach(trouvees::add);
        ExportateursDrm registre = new ExportateursDrm(new TreeMap<>());
        for (FabriqueExportateurDrm f : trouvees) {
            registre = registre.avec(f);
        }
        return registre;
    }

    /**
     * {@return a registry of exactly those}
     *
     * @param fabriques plugins registered by hand
     * @throws IllegalStateException when two share an id
     */
    public static ExportateursDrm de(FabriqueExportateurDrm... fabriques) {
        ExportateursDrm registre = new ExportateursDrm(new TreeMap<>());
        for (FabriqueExportateurDrm f : fabriques) {
            registre = registre.avec(f);
        }
        return registre;
    }

    /**
     * {@return a registry with it}
     *
     * @param fabrique one more plugin
     * @throws IllegalStateException when its id is already taken
     */
    public ExportateursDrm avec(FabriqueExportateurDrm fabrique) {
        String id = fabrique.id();
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalStateException("DRM plugin " + fabrique.getClass().getName() + " has an invalid id: " + id
                    + " (lowercase letters, digits and dashes)");
        }
        FabriqueExportateurDrm deja = parId.get(id);
        if (deja != null) {
            throw new IllegalStateException("two DRM plugins share the id '" + id + "': " + deja.getClass().getName() + " and "
                    + fabrique.getClass().getName());
        }
        Map<String, FabriqueExportateurDrm> copie = new TreeMap<>(parId);
        copie.put(id, fabrique);
        return new ExportateursDrm(copie);
    }

    /**
     * {@return that plugin, if known}
     *
     * @param id a plugin id
     */
    public Optional<FabriqueExportateurDrm> trouver(String id) {
        return Optional.ofNullable(parId.get(id));
    }

    /** {@return every plugin, by id} */
    public List<FabriqueExportateurDrm> toutes() {
        return List.copyOf(parId.values());
    }
}
