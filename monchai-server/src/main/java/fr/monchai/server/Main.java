package fr.monchai.server;

import com.google.inject.Guice;
import com.google.inject.Injector;
import fr.monchai.comptes.CompteService;
import fr.monchai.core.MonChai;
import fr.monchai.persistence.BaseDeDonnees;
import fr.monchai.persistence.PoolConnexions;
import fr.monchai.server.api.Parametres;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Starts the Mon Chai server: one Guice injector, the HTTP verticle deployed from it, and a
 * graceful shutdown (in-flight requests finish, then the pool and the database close).
 * {@code --seed-demo} first creates the dev book's demo domaine.
 */
public final class Main {

    static {
        configurerJournal();
    }

    private static final Logger JOURNAL = Logger.getLogger("fr.monchai.server");

    private Main() {}

    /** A running server. */
    public record Demarre(Vertx vertx, ServeurHttp serveur, Injector injecteur) implements AutoCloseable {
        /** @return the bound port */
        public int port() {
            return serveur.port();
        }

        /** Stops accepting requests, lets in-flight ones finish and the mails in hand leave, then closes the pool and the database. */
        @Override
        public void close() {
            vertx.close().await();
            injecteur
                    .getInstance(fr.monchai.server.courrier.AvisParCourriel.class)
                    .close();
            injecteur.getInstance(PoolConnexions.class).close();
            injecteur.getInstance(BaseDeDonnees.class).close();
        }
    }

    /**
     * Starts a server: the database migrated, then the HTTP port opened.
     *
     * @param configuration the settings
     * @return the started server
     */
    public static Demarre demarrer(Configuration configuration) {
        return demarrer(configuration, false);
    }

    /**
     * Starts a server: the database migrated, the demo domaine created when asked, and only
     * then the HTTP port opened, so that {@code /healthz} answers once it is really ready.
     *
     * @param configuration the settings
     * @param demo whether to create the dev book's demo domaine first (once: a second start keeps it)
     * @return the started server
     */
    public static Demarre demarrer(Configuration configuration, boolean demo) {
        Injector injecteur = Guice.createInjector(new ModuleServeur(configuration));
        if (demo) {
            JOURNAL.info(Demo.semer(
                    injecteur.getInstance(MonChai.class),
                    injecteur.getInstance(CompteService.class),
                    injecteur.getInstance(Parametres.class)));
        }
        Vertx vertx = Vertx.vertx();
        ServeurHttp serveur = injecteur.getInstance(ServeurHttp.class);
        vertx.deployVerticle(serveur).await();
        return new Demarre(vertx, serveur, injecteur);
    }

    /**
     * Runs the server until Ctrl-C or SIGTERM.
     *
     * @param args {@code --seed-demo} to create the demo domaine first
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        Configuration configuration = Configuration.depuis(System.getenv());
        if (new com.sun.security.auth.module.UnixSystem().getUid() == 0) {
            // Root can read every file and, through a database's superuser, run programs: a flaw anywhere becomes the
            // machine's.
            System.out.println(
                    "Attention : Mon Chai tourne sous le compte root. Lancez-le sous un compte dédié, sans droits d'administration, "
                            + "ou donnez-lui une base PostgreSQL par DATABASE_URL (README, « Running it safely »).");
        }
        Demarre demarre = demarrer(configuration, List.of(args).contains("--seed-demo"));
        if (configuration.smtp().isEmpty()) {
            System.out.println(
                    "Aucun SMTP_URL : les courriels (confirmations, invitations, mots de passe oubliés) restent dans la boîte "
                            + "d'envoi de la base et s'affichent ici, avec leur lien. À réserver à un poste local (README, « Mail »).");
        }
        String donnees = demarre.injecteur().getInstance(BaseDeDonnees.class).description();
        System.out.println("Mon Chai écoute sur http://localhost:" + demarre.port() + "/ (données : " + donnees + ")");
        CountDownLatch fin = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Mon Chai s'arrête : les requêtes en cours se terminent…");
                            demarre.close();
                            System.out.println("Mon Chai est arrêté.");
                            fin.countDown();
                        },
                        "monchai-arret"));
        fin.await();
    }

    /** The console of {@code logging.properties}, unless the user named another configuration. */
    private static void configurerJournal() {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        try (InputStream in = Main.class.getResourceAsStream("logging.properties")) {
            LogManager.getLogManager().readConfiguration(in);
        } catch (IOException e) {
            throw new UncheckedIOException("logging.properties is missing from the server's jar", e);
        }
    }
}
