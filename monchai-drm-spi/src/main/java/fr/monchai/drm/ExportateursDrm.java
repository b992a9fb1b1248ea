package fr.monchai.drm;

import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The DRM plugins known to the application: found on the classpath, in a plugins folder, registered
 * by hand, or all three. Immutable.
 */
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
     * @throws IllegalStateException when its id is already taken, is not lowercase letters, digits and
     *     dashes, or when it was built for another {@link FabriqueExportateurDrm#VERSION_SPI}
     */
    public ExportateursDrm avec(FabriqueExportateurDrm fabrique) {
        String id = fabrique.id();
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalStateException("DRM plugin " + fabrique.getClass().getName() + " has an invalid id: " + id
                    + " (lowercase letters, digits and dashes)");
        }
        int version;
        try {
            version = fabrique.versionSpi();
        } catch (AbstractMethodError e) {
            version = 1; // built before plugins said their version
        }
        if (version != FabriqueExportateurDrm.VERSION_SPI) {
            throw new IllegalStateException(
                    "le module DRM « " + id + " » (" + fabrique.getClass().getName()
                            + ") a été construit pour la version " + version + " de l'interface des modules DRM ; "
                            + "cette application offre la version " + FabriqueExportateurDrm.VERSION_SPI
                            + " : reconstruisez-le avec monchai-drm-spi de cette version");
        }
        FabriqueExportateurDrm deja = parId.get(id);
        if (deja != null) {
            throw new IllegalStateException("two DRM plugins share the id '" + id + "': "
                    + deja.getClass().getName() + " and " + fabrique.getClass().getName());
        }
        Map<String, FabriqueExportateurDrm> copie = new TreeMap<>(parId);
        copie.put(id, fabrique);
        return new ExportateursDrm(copie);
    }

    /**
     * {@return this registry with the plugins of each jar in that folder}: each jar gets its own
     * class loader, child of this library's, so a plugin sees the SPI and the model of the
     * application and not the other plugins' classes. A jar that cannot be loaded, a plugin built
     * for another SPI version or one whose id is taken is left out, and its reason given to
     * {@code refus}; the others load. A folder or a jar that another account could change
     * (writable by the group or others, owned by another user than this process's or root) is
     * not loaded at all: its code would run with the server's rights. No folder: this registry.
     *
     * @param dossier a folder of plugin jars (a server's {@code MONCHAI_PLUGINS})
     * @param refus told each jar or plugin left out, with its reason in French
     */
    public ExportateursDrm avecDossier(Path dossier, Consumer<String> refus) {
        if (!Files.isDirectory(dossier)) {
            return this;
        }
        Optional<String> ouvert = ouvertAuxAutres(dossier);
        if (ouvert.isPresent()) {
            // Whoever may write there may run code in this process: nothing of it is loaded.
            refus.accept("le dossier des modules DRM " + dossier + " n'est pas chargé : " + ouvert.get());
            return this;
        }
        List<Path> jars;
        try (Stream<Path> fichiers = Files.list(dossier)) {
            jars = fichiers.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            refus.accept("le dossier des modules DRM " + dossier + " est illisible : " + e.getMessage());
            return this;
        }
        ExportateursDrm registre = this;
        for (Path jar : jars) {
            Optional<String> jarOuvert = ouvertAuxAutres(jar);
            if (jarOuvert.isPresent()) {
                refus.accept("le module DRM " + jar.getFileName() + " n'est pas chargé : " + jarOuvert.get());
                continue;
            }
            List<FabriqueExportateurDrm> trouvees = new ArrayList<>();
            try {
                // Never closed: the plugin's classes stay in use for the application's life.
                URLClassLoader chargeur = new URLClassLoader(
                        "module DRM " + jar.getFileName(),
                        new URL[] {jar.toUri().toURL()},
                        FabriqueExportateurDrm.class.getClassLoader());
                ServiceLoader.load(FabriqueExportateurDrm.class, chargeur).stream()
                        .filter(p -> chargeur.equals(p.type().getClassLoader()))
                        .forEach(p -> trouvees.add(p.get()));
            } catch (IOException | ServiceConfigurationError | LinkageError e) {
                refus.accept("le module DRM " + jar.getFileName() + " n'a pas pu être chargé : " + e);
                continue;
            }
            if (trouvees.isEmpty()) {
                refus.accept(jar.getFileName() + " ne déclare aucun module DRM (META-INF/services/"
                        + FabriqueExportateurDrm.class.getName() + ")");
            }
            for (FabriqueExportateurDrm f : trouvees) {
                try {
                    registre = registre.avec(f);
                } catch (IllegalStateException | LinkageError e) {
                    refus.accept(jar.getFileName() + " : " + e.getMessage());
                }
            }
        }
        return registre;
    }

    /**
     * Says why a plugin's folder or jar could be changed by another account than this process's
     * (or root): written by the group or by anyone, or owned by someone else. Where POSIX
     * permissions are unknown (Windows), nothing is said.
     */
    private static Optional<String> ouvertAuxAutres(Path chemin) {
        try {
            java.nio.file.attribute.PosixFileAttributes a = Files.readAttributes(
                    chemin, java.nio.file.attribute.PosixFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink()) {
                return Optional.of("c'est un lien symbolique");
            }
            Set<java.nio.file.attribute.PosixFilePermission> p = a.permissions();
            if (p.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE)
                    || p.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)) {
                return Optional.of("d'autres comptes que le sien peuvent y écrire (chmod go-w " + chemin + ")");
            }
            int proprietaire = ((Number)
                            Files.getAttribute(chemin, "unix:uid", java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .intValue();
            long moi = new com.sun.security.auth.module.UnixSystem().getUid();
            if (proprietaire != moi && proprietaire != 0) {
                return Optional.of("il appartient à un autre compte (uid " + proprietaire
                        + ") que celui du serveur (uid " + moi + ")");
            }
            return Optional.empty();
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("ses droits sont illisibles : " + e.getMessage());
        }
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
