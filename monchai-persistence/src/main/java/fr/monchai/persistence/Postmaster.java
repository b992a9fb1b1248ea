package fr.monchai.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a killed process leaves in an embedded PostgreSQL's folder. When the JVM that started it
 * is killed ({@code kill -9}), the postmaster goes on running on a port nobody knows, holding the
 * folder; when both are killed, its {@code postmaster.pid} stays behind. Either way the next
 * start would wait for a server that cannot come up.
 */
final class Postmaster {

    private static final Logger JOURNAL = LoggerFactory.getLogger(Postmaster.class);
    private static final Duration ATTENTE = Duration.ofSeconds(30);

    private Postmaster() {}

    /**
     * Stops the PostgreSQL that a previous process left running on this folder (a fast
     * shutdown: its clients are gone with the killed process, and what they committed is on
     * disk), or removes a lock file whose process is gone.
     */
    static void arreterSiOrphelin(Path dossier) {
        Path pid = dossier.resolve("postmaster.pid");
        Optional<Long> numero = lire(pid);
        if (numero.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> processus =
                ProcessHandle.of(numero.get()).filter(ProcessHandle::isAlive).filter(Postmaster::estPostgres);
        if (processus.isEmpty()) {
            // The postmaster died with the previous process: PostgreSQL would take a reused PID for a live server.
            JOURNAL.warn("removing the stale lock file of a PostgreSQL that is no longer running ({})", pid);
            supprimer(pid);
            return;
        }
        JOURNAL.warn("stopping the PostgreSQL (pid {}) left running on {} by a previous run", numero.get(), dossier);
        ProcessHandle p = processus.get();
        signal("INT", p.pid()); // fast shutdown: rolls back open transactions, checkpoints, removes its lock file
        if (!attendre(p, ATTENTE)) {
            p.destroyForcibly(); // crash recovery will replay the WAL at the next start
            attendre(p, ATTENTE);
            supprimer(pid);
        }
    }

    private static Optional<Long> lire(Path pid) {
        try {
            List<String> lignes = Files.readAllLines(pid, StandardCharsets.US_ASCII);
            return lignes.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lignes.get(0).strip()));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException | java.io.UncheckedIOException e) {
            return Optional.of(-1L);
        }
    }

    private static boolean estPostgres(ProcessHandle p) {
        return p.info()
                .command()
                .map(c -> Path.of(c).getFileName().toString().startsWith("postgres"))
                .orElse(false);
    }

    private static void signal(String nom, long pid) {
        try {
            new ProcessBuilder("kill", "-" + nom, Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy); // no kill command: SIGTERM, a smart shutdown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean attendre(ProcessHandle p, Duration duree) {
        try {
            p.onExit().get(duree.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void supprimer(Path pid) {
        try {
            Files.deleteIfExists(pid);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + pid, e);
        }
    }
}
