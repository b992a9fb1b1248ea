package fr.monchai.drm.kit;

import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a plugin's sources into a jar with its {@code META-INF/services} entry, as a plugin
 * author's build would: for tests of what a server's plugins folder loads (a jar not on the
 * classpath, its own class loader). Needs a JDK, not a JRE.
 */
public final class JarDePlugin {

    private JarDePlugin() {}

    /**
     * {@return the jar written}
     *
     * @param dossier where to write the jar (a plugins folder, say)
     * @param nom the jar's file name, such as {@code mon-module.jar}
     * @param fabrique the fully qualified name of the plugin's {@link FabriqueExportateurDrm}
     * @param sources each class's fully qualified name and source
     * @throws IllegalStateException when the sources do not compile (the compiler's messages in it)
     */
    public static Path ecrire(Path dossier, String nom, String fabrique, Map<String, String> sources) {
        JavaCompiler compilateur = ToolProvider.getSystemJavaCompiler();
        if (compilateur == null) {
            throw new IllegalStateException("no Java compiler: run the tests on a JDK");
        }
        try {
            Path classes = Files.createTempDirectory("plugin-classes");
            List<JavaFileObject> unites = new ArrayList<>();
            sources.forEach((classe, source) -> unites.add(
                    new SimpleJavaFileObject(
                            URI.create("string:///" + classe.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignorerErreurs) {
                            return source;
                        }
                    }));
            java.io.StringWriter messages = new java.io.StringWriter();
            try (StandardJavaFileManager fichiers =
                    compilateur.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
                fichiers.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
                boolean ok = compilateur
                        .getTask(
                                messages,
                                fichiers,
                                null,
                                List.of("-classpath", System.getProperty("java.class.path"), "--release", "21"),
                                null,
                                unites)
                        .call();
                if (!ok) {
                    throw new IllegalStateException("the plugin does not compile:\n" + messages);
                }
            }
            Files.createDirectories(dossier);
            Path jar = dossier.resolve(nom);
            try (OutputStream sortie = Files.newOutputStream(jar);
                    JarOutputStream j = new JarOutputStream(sortie);
                    Stream<Path> compilees = Files.walk(classes)) {
                j.putNextEntry(new JarEntry("META-INF/services/" + FabriqueExportateurDrm.class.getName()));
                j.write((fabrique + "\n").getBytes(StandardCharsets.UTF_8));
                for (Path c : compilees.filter(Files::isRegularFile).toList()) {
                    j.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                    j.write(Files.readAllBytes(c));
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return the source of a minimal plugin}: one CSV line per product and month, no settings.
     *
     * @param paquet the package of its classes
     * @param id the plugin's id
     * @param versionSpi the SPI version it says it was built for ({@link FabriqueExportateurDrm#VERSION_SPI}, or another to
     *     try a refusal)
     */
    public static Map<String, String> pluginMinimal(String paquet, String id, int versionSpi) {
        String classe = paquet + ".Fabrique";
        String source = """
                package %s;

                import fr.monchai.core.commun.Artefact;
                import fr.monchai.drm.controle.Anomalie;
                import fr.monchai.drm.modele.DeclarationDrm;
                import fr.monchai.drm.spi.ExportateurDrm;
                import fr.monchai.drm.spi.FabriqueExportateurDrm;
                import java.nio.charset.StandardCharsets;
                import java.util.List;
                import java.util.Map;

                public final class Fabrique implements FabriqueExportateurDrm, ExportateurDrm {
                    public String id() { return "%s"; }
                    public String nom() { return "Module %s"; }
                    public int versionSpi() { return %d; }
                    public ExportateurDrm creer(Map<String, String> configuration) {
                        if (!configuration.isEmpty()) {
                            throw new IllegalArgumentException("réglage inconnu du module %s : " + configuration.keySet());
                        }
                        return this;
                    }
                    public List<Anomalie> verifier(DeclarationDrm drm) { return List.of(); }
                    public List<Artefact> exporter(DeclarationDrm drm) {
                        StringBuilder csv = new StringBuilder("produit,debut,fin\\n");
                        drm.droitsSuspendus().forEach(b -> csv.append(b.libelle()).append(',').append(b.stockDebut().enHl())
                                .append(',').append(b.stockFin().enHl()).append('\\n'));
                        return List.of(new Artefact("drm-%s-" + drm.periode() + ".csv", "text/csv; charset=utf-8",
                                csv.toString().getBytes(StandardCharsets.UTF_8)));
                    }
                }
                """.formatted(paquet, id, id, versionSpi, id, id);
        return Map.of(classe, source);
    }
}
