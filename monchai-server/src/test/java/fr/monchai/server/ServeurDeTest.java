package fr.monchai.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/** One server per test JVM, on a random port, with its own embedded PostgreSQL in a temporary folder. */
final class ServeurDeTest {

    private static Main.Demarre demarre;

    private ServeurDeTest() {}

    static synchronized Main.Demarre serveur() {
        if (demarre == null) {
            Map<String, String> env = new HashMap<>();
            env.put("PORT", "0");
            env.put("MONCHAI_MAX_BODY", "65536");
            // Each test client then has its own address, as real callers do: login throttling is per client.
            env.put("MONCHAI_TRUSTED_PROXIES", "127.0.0.1,::1");
            // Mails go to a real SMTP server whose mailbox the tests read.
            env.put("SMTP_URL", Courriels.smtp());
            try {
                env.put(
                        "MONCHAI_DATA",
                        Files.createTempDirectory("monchai-serveur").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            demarre = Main.demarrer(Configuration.depuis(env));
            Runtime.getRuntime().addShutdownHook(new Thread(demarre::close));
        }
        return demarre;
    }

    static String url() {
        return "http://localhost:" + serveur().port();
    }
}
