package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A user's run, killed under load: the server runs as its own process on a durable embedded
 * PostgreSQL (as the README starts it), is killed with SIGKILL while four clients harvest and
 * validate, and is started again on the same folder. It must start on the first try, and every
 * validation it answered with a 2xx must be in the register with the number it answered.
 */
class RedemarrageApresCrashTest {

    private static final Pattern ECOUTE = Pattern.compile("Mon Chai écoute sur http://localhost:(\\d+)/");
    private static final Map<String, Object> MUSCADET = Map.of(
            "certification",
            "AOP",
            "genre",
            "TRANQUILLE",
            "appellation",
            "Muscadet Sèvre et Maine",
            "mention",
            "Sur lie",
            "lieu",
            "",
            "couleur",
            "BLANC",
            "cepage",
            "",
            "libelle_douane",
            "Muscadet Sèvre et Maine sur lie");

    @TempDir
    Path donnees;

    /** A server process and what it printed. */
    private record Serveur(Process processus, int port, List<String> console, Thread lecteur) {}

    @ParameterizedTest(name = "PostgreSQL tué aussi : {0}")
    @ValueSource(booleans = {false, true})
    void chaque_validation_repondue_2xx_survit_au_kill_9(boolean tuerPostgres) throws Exception {
        Serveur premier = demarrer();
        Client admin = Client.inscrit("Domaine du Crash", premier.port());
        long parcelle = admin.post(
                        "/api/parcelles", Map.of("nom", "Les Carrières", "cepage", "Melon B.", "surface_ha", 1.2))
                .json()
                .get("id")
                .asLong();
        Map<Long, Long> valides = new ConcurrentHashMap<>();
        AtomicBoolean arret = new AtomicBoolean();
        CountDownLatch premieresValidations = new CountDownLatch(20);
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            long cuve = admin.post("/api/cuves", Map.of("nom", "Cuve " + t, "capacite_hl", 100000))
                    .json()
                    .get("id")
                    .asLong();
            Thread client = Thread.ofPlatform().start(() -> {
                while (!arret.get()) {
                    try {
                        Client.Reponse v = admin.post(
                                "/api/vendanges",
                                Map.of(
                                        "parcelle_id",
                                        parcelle,
                                        "date",
                                        "2026-09-12",
                                        "volume_hl",
                                        1,
                                        "cuve_id",
                                        cuve,
                                        "produit",
                                        MUSCADET));
                        if (v.statut() != 201) {
                            continue;
                        }
                        long mouvement = v.json().get("mouvement_id").asLong();
                        Client.Reponse r = admin.post("/api/mouvements/" + mouvement + "/valider", Map.of());
                        if (r.statut() / 100 == 2) {
                            valides.put(mouvement, r.json().get("numero").asLong());
                            premieresValidations.countDown();
                        }
                    } catch (RuntimeException e) {
                        return; // the server is gone: what it answered before is what counts
                    }
                }
            });
            clients.add(client);
        }
        assertTrue(premieresValidations.await(60, TimeUnit.SECONDS), "no validation under load");
        long postmaster = Long.parseLong(
                Files.readAllLines(donnees.resolve("postmaster.pid")).get(0).strip());
        premier.processus().destroyForcibly().waitFor();
        if (tuerPostgres) {
            ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
        }
        arret.set(true);
        for (Thread client : clients) {
            client.join(Duration.ofSeconds(30));
        }

        Serveur second = demarrer();
        try {
            Client apres = admin.versPort(second.port());
            for (Map.Entry<Long, Long> v : valides.entrySet()) {
                JsonNode m = apres.get("/api/mouvements/" + v.getKey()).json();
                assertEquals("VALIDE", m.get("statut").asText(), m.toString());
                assertEquals(v.getValue().longValue(), m.get("numero").asLong(), m.toString());
            }
            List<Long> numeros = new ArrayList<>();
            for (int page = 1; ; page++) {
                JsonNode registre = apres.get("/api/mouvements?statut=valide&taille=100&page=" + page)
                        .json();
                registre.get("elements")
                        .forEach(m -> numeros.add(m.get("numero").asLong()));
                if (numeros.size() >= registre.get("total").asLong()) {
                    break;
                }
            }
            assertTrue(
                    numeros.size() >= valides.size(), "validated " + valides.size() + ", registered " + numeros.size());
            assertEquals(
                    java.util.stream.LongStream.rangeClosed(1, numeros.size())
                            .boxed()
                            .toList(),
                    numeros.stream().sorted().toList(),
                    "the register is gap-free after the crash");
        } finally {
            arreter(second);
        }
    }

    private Serveur demarrer() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(
                        java,
                        "-Dmonchai.pbkdf2.iterations=1000",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName())
                .redirectErrorStream(true);
        pb.environment().put("PORT", "0");
        pb.environment().put("MONCHAI_DATA", donnees.toString());
        pb.environment().put("SMTP_URL", Courriels.smtp());
        pb.environment().remove("DATABASE_URL");
        Process p = pb.start();
        List<String> console = new ArrayList<>();
        LinkedBlockingQueue<Integer> port = new LinkedBlockingQueue<>();
        Thread lecteur = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String ligne = in.readLine(); ligne != null; ligne = in.readLine()) {
                    synchronized (console) {
                        console.add(ligne);
                    }
                    Matcher m = ECOUTE.matcher(ligne);
                    if (m.find()) {
                        port.add(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
        });
        Integer numero = port.poll(120, TimeUnit.SECONDS);
        if (numero == null) {
            p.destroyForcibly();
            synchronized (console) {
                throw new AssertionError("the server did not start on the first try:\n" + String.join("\n", console));
            }
        }
        return new Serveur(p, numero, console, lecteur);
    }

    private void arreter(Serveur s) throws IOException, InterruptedException {
        Path pid = donnees.resolve("postmaster.pid");
        long postmaster = Long.parseLong(Files.readAllLines(pid).get(0).strip());
        s.processus().destroy();
        if (!s.processus().waitFor(60, TimeUnit.SECONDS)) {
            s.processus().destroyForcibly();
        }
        // Whether or not the JVM ran its shutdown hooks, no PostgreSQL outlives the test.
        ProcessHandle.of(postmaster).ifPresent(p -> {
            p.destroy();
            p.onExit().join();
        });
        s.lecteur().join(Duration.ofSeconds(10));
    }
}
