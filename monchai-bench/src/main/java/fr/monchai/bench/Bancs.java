package fr.monchai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs Mon Chai's benchmarks, each beside a reference measured in the same run on the same
 * machine, and prints their results as Markdown for {@code docs/BENCHMARKS.md} (also written
 * to {@code target/bancs/} under the working directory). Arguments name the benchmarks to run; none runs all.
 */
public final class Bancs {

    private static final Map<String, Supplier<Banc>> BANCS = new LinkedHashMap<>();

    static {
        // First, so that its "first invoice after start" runs in a cold JVM.
        BANCS.put("factures", FacturesBanc::new);
        BANCS.put("persistance", PersistanceBanc::new);
        BANCS.put("profil-validation", ProfilValidationBanc::new);
        BANCS.put("drm", DrmBanc::new);
        BANCS.put("serveur", ServeurBanc::new);
        BANCS.put("vendange-klm", VendangeKlmBanc::new);
    }

    private Bancs() {}

    /**
     * {@return whether {@code -Dmonchai.banc.rapide=true} asks for the quick mode}: every
     * benchmark prints the same ratios on smaller sizes, all of them in under two minutes, for a
     * check after a change (the figures of {@code docs/BENCHMARKS.md} come from the full sizes).
     */
    static boolean rapide() {
        return Boolean.getBoolean("monchai.banc.rapide");
    }

    /**
     * {@return a benchmark's size: the system property when given, else the full or the quick one}
     *
     * @param propriete the system property overriding it
     * @param complete the size of a full run
     * @param rapide the size of a quick run
     */
    static int taille(String propriete, int complete, int rapide) {
        return Integer.getInteger(propriete, rapide() ? rapide : complete);
    }

    /**
     * @param args benchmark names ({@code factures}, {@code persistance}, {@code drm}, {@code serveur}, {@code vendange-klm}); none for all
     * @throws Exception when a benchmark fails
     */
    public static void main(String[] args) throws Exception {
        List<String> noms = args.length == 0 ? List.copyOf(BANCS.keySet()) : List.of(args);
        Path sortie = Path.of("target", "bancs");
        Files.createDirectories(sortie);
        for (String nom : noms) {
            Supplier<Banc> banc = BANCS.get(nom);
            if (banc == null) {
                throw new IllegalArgumentException("unknown benchmark " + nom + "; known: " + BANCS.keySet());
            }
            StringBuilder rapport = new StringBuilder();
            rapport.append(Machine.decrire()).append('\n');
            if (rapide()) {
                rapport.append("Quick mode (`-Dmonchai.banc.rapide=true`): smaller sizes, for a check after a change; "
                        + "the ratios are indicative only.\n\n");
            }
            banc.get().executer(rapport);
            System.out.println(rapport);
            ecrire(sortie.resolve(nom + ".md"), rapport.toString());
        }
        System.exit(0);
    }

    private static void ecrire(Path fichier, String texte) throws IOException {
        Files.writeString(fichier, texte);
        System.out.println("written to " + fichier.toAbsolutePath());
    }

    /** One benchmark. */
    interface Banc {
        /**
         * @param rapport where to append its Markdown report
         * @throws Exception when it fails
         */
        void executer(StringBuilder rapport) throws Exception;
    }
}
