package fr.monchai.server;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import fr.monchai.core.MonChai;
import fr.monchai.persistence.BaseDeDonnees;
import fr.monchai.server.comptes.Comptes;
import fr.monchai.server.comptes.Parametres;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * Starts the Mon Chai server: one Guice injector, the HTTP verticle deployed from it, and a
 * graceful shutdown (in-flight requests finish, then the pool and the database close).
 * {@code --seed-demo} first creates the dev book's demo domaine.
 */
public final class Main {

    static {
        // Log lines are the JSON the server writes, one per line, nothing around them.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%6$s%n");
        }
    }

    private static final Logger JOURNAL = Logger.getLogger("fr.monchai.server");

    private Main() {}

    /** A running server. */
    public record Demarre(Vertx vertx, ServeurHttp serveur, Injector injecteur) implements AutoCloseable {
        /** @return the bound port */
        public int port() {
            return serveur.port();
        }

        /** Stops accepting requests, lets in-flight ones finish, then closes the pool and the database. */
        @Override
        public void close() {
            vertx.close().await();
            injecteur.getInstance(HikariDataSource.class).close();
            injecteur.getInstance(BaseDeDonnees.class).close();
        }
    }

    /**
     * @param configuration the settings
     * @return the started server
     */
    public static Demarre demarrer(Configuration configuration) {
        Injector injecteur = Guice.createInjector(new ModuleServeur(configuration));
        Vertx vertx = Vertx.vertx();
        ServeurHttp serveur = injecteur.getInstance(ServeurHttp.class);
        vertx.deployVerticle(serveur).await();
        return new Demarre(vertx, serveur, injecteur);
    }

    /**
     * @param args {@code --seed-demo} to create the demo domaine first
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        Configuration configuration = Configuration.depuis(System.getenv());
        Demarre demarre = demarrer(configuration);
        if (List.of(args).contains("--seed-demo")) {
            String message = Demo.semer(demarre.injecteur().getInstance(MonChai.class), demarre.injecteur().getInstance(Comptes.class),
                    demarre.injecteur().getInstance(Parametres.class));
            JOURNAL.info(message);
        }
        JOURNAL.info("{\"event\":\"started\",\"port\":" + demarre.port() + "}");
        System.out.println("Mon Chai listens on http://localhost:" + demarre.port() + "/ (GET /healthz, /api/openapi.json)");
        CountDownLatch fin = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            demarre.close();
            fin.countDown();
        }));
        fin.await();
    }
}
