package fr.monchai.persistence;

import com.zaxxer.hikari.HikariConfig;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the ledger lives: an external PostgreSQL named by {@code DATABASE_URL}, or an
 * embedded one (a real PostgreSQL run from a JAR, no system service) whose data lives in a
 * folder, kept across restarts. It hands out HikariCP pools on a migrated database.
 */
public final class BaseDeDonnees implements AutoCloseable {

    private final String jdbcUrl;
    private final String utilisateur;
    private final String motDePasse;
    private final Optional<PostgresEmbarque> embarquee;
    private final Optional<Path> dossier;
    /** The schema its tables live in, once chosen ({@link #migree}). */
    private String schema = Migrations.SCHEMA_PAR_DEFAUT;

    private BaseDeDonnees(
            String jdbcUrl,
            String utilisateur,
            String motDePasse,
            Optional<PostgresEmbarque> embarquee,
            Optional<Path> dossier) {
        this.dossier = dossier;
        this.jdbcUrl = jdbcUrl;
        this.utilisateur = utilisateur;
        this.motDePasse = motDePasse;
        this.embarquee = embarquee;
    }

    /**
     * {@code DATABASE_URL} when set (either {@code postgres://user:password@host:port/base} or
     * a {@code jdbc:postgresql:} URL with {@code DATABASE_USER} and {@code DATABASE_PASSWORD}),
     * otherwise an embedded PostgreSQL keeping its data in {@code donnees}. The tables live in the
     * schema {@code DATABASE_SCHEMA} names; without it, in {@code public} for a database whose
     * tables are there already (an install from before schemas), in {@code monchai} otherwise.
     *
     * @param env the environment, such as {@code System.getenv()}
     * @param donnees the embedded database's folder
     * @return the database, migrated
     */
    public static BaseDeDonnees depuisEnvironnement(Map<String, String> env, Path donnees) {
        String url = env.get("DATABASE_URL");
        Optional<String> schema =
                Optional.ofNullable(env.get("DATABASE_SCHEMA")).filter(x -> !x.isBlank());
        if (url == null || url.isBlank()) {
            return migree(embarquer(Optional.of(donnees)), schema);
        }
        return migree(
                connue(url, env.getOrDefault("DATABASE_USER", ""), env.getOrDefault("DATABASE_PASSWORD", "")), schema);
    }

    /**
     * {@return the database, migrated}
     *
     * @param url {@code postgres://user:password@host:port/base} or a {@code jdbc:postgresql:} URL
     * @param utilisateur the user, when the URL does not name one
     * @param motDePasse the password, when the URL does not give one
     */
    public static BaseDeDonnees externe(String url, String utilisateur, String motDePasse) {
        return migree(connue(url, utilisateur, motDePasse), Optional.empty());
    }

    private static BaseDeDonnees connue(String url, String utilisateur, String motDePasse) {
        String jdbc = url;
        String user = utilisateur;
        String pass = motDePasse;
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            URI uri = URI.create(url);
            jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (uri.getRawUserInfo() != null) {
                String[] info = uri.getRawUserInfo().split(":", 2);
                user = URLDecoder.decode(info[0], StandardCharsets.UTF_8);
                pass = info.length > 1 ? URLDecoder.decode(info[1], StandardCharsets.UTF_8) : pass;
            }
        }
        return new BaseDeDonnees(jdbc, user, pass, Optional.empty(), Optional.empty());
    }

    /**
     * Starts an embedded PostgreSQL on a free port, closed to the machine's other users (see
     * {@code PostgresEmbarque}): password authentication on the loopback interface only, no Unix
     * socket, binaries in a private folder, and the application connected as a role that is no
     * superuser. Its two random passwords are kept, mode 0600, in the data folder.
     *
     * <p>With a data folder it is durable, as a user's data must be: {@code fsync} and {@code
     * synchronous_commit} on (the embedded starter turns both off by default), and a
     * PostgreSQL left running by a previous process that was killed (its {@code
     * postmaster.pid} still in the folder) is stopped first, or its stale lock file removed,
     * so a restart after a crash starts on the first try. A throw-away database (no folder)
     * keeps the fast, non-durable settings; so does a folder when the system property {@code
     * monchai.embarquee.durable} is {@code false}, which the project's own tests set.
     *
     * @param donnees its data folder, kept across restarts; empty for a throw-away one
     * @return the database, migrated
     * @throws UncheckedIOException when PostgreSQL cannot start
     */
    public static BaseDeDonnees embarquee(Optional<Path> donnees) {
        return migree(embarquer(donnees), Optional.empty());
    }

    private static BaseDeDonnees embarquer(Optional<Path> donnees) {
        PostgresEmbarque pg =
                PostgresEmbarque.demarrer(donnees, !"false".equals(System.getProperty("monchai.embarquee.durable")));
        return new BaseDeDonnees(pg.jdbcUrl(), PostgresEmbarque.ROLE, pg.motDePasse(), Optional.of(pg), donnees);
    }

    /**
     * Chooses the schema and migrates it: the ledger's tables and the hosted service's accounts. An install from
     * before schemas (its tables in {@code public}) stays there until its operator moves it (docs/UPGRADING.md).
     */
    private static BaseDeDonnees migree(BaseDeDonnees base, Optional<String> schema) {
        try (PoolConnexions ds = base.pool(1)) {
            base.schema = schema.orElseGet(() -> ancienneInstallation(ds) ? "public" : Migrations.SCHEMA_PAR_DEFAUT);
            Migrations.appliquerAvecComptes(ds, base.schema);
        }
        return base;
    }

    private static boolean ancienneInstallation(javax.sql.DataSource ds) {
        try (java.sql.Connection c = ds.getConnection();
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("select to_regclass('public.domaine') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (java.sql.SQLException e) {
            throw new fr.monchai.core.commun.StockageException(
                    "la base de données est injoignable : " + e.getMessage(), true, e);
        }
    }

    /** {@return the schema its tables live in} */
    public String schema() {
        return schema;
    }

    /**
     * A new connection pool on this database; the caller closes it.
     *
     * @param taille its maximum size
     * @return the pool
     */
    public PoolConnexions pool(int taille) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(utilisateur);
        config.setPassword(motDePasse);
        config.setMaximumPoolSize(taille);
        config.setPoolName("monchai");
        config.setSchema(schema);
        return new PoolHikari(config);
    }

    /**
     * Where the data lives, for people: the embedded database's folder, or the external
     * server's address (never its credentials).
     *
     * @return a short description
     */
    public String description() {
        return dossier.map(d -> "PostgreSQL embarqué dans " + d.toAbsolutePath().normalize())
                .orElseGet(() ->
                        embarquee.isPresent() ? "PostgreSQL embarqué temporaire" : jdbcUrl.replaceAll("[?].*$", ""));
    }

    /**
     * What another process needs to reach this database as the application does: {@code
     * DATABASE_URL}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD} and {@code DATABASE_SCHEMA}, as {@link
     * #depuisEnvironnement} reads them (a second server on the same embedded database, say).
     *
     * @return the four variables
     */
    public Map<String, String> variablesConnexion() {
        return Map.of(
                "DATABASE_URL",
                jdbcUrl,
                "DATABASE_USER",
                utilisateur,
                "DATABASE_PASSWORD",
                motDePasse,
                "DATABASE_SCHEMA",
                schema);
    }

    /** {@return the embedded cluster's superuser password, for the project's own tests (administration)} */
    Optional<String> motDePasseSuperutilisateur() {
        return embarquee.map(PostgresEmbarque::motDePasseSuperutilisateur);
    }

    /** {@return the JDBC URL (without credentials)} */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Stops the embedded PostgreSQL, if this is one. */
    @Override
    public void close() {
        embarquee.ifPresent(PostgresEmbarque::arreter);
    }
}
