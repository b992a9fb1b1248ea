package fr.monchai.persistence;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An embedded PostgreSQL closed to the other users of the machine. The starter it runs on
 * initialises a cluster that trusts every local connection, listens on a socket in the
 * system's temporary folder and extracts its binaries into a world-writable folder there; any
 * local account could then connect as superuser, or swap the binaries the next start runs.
 * Here instead:
 *
 * <ul>
 *   <li>the binaries are extracted under a private folder of the user ({@code
 *       $XDG_CACHE_HOME/monchai}, else {@code ~/.cache/monchai}, mode 0700, refused when another
 *       account owns it);
 *   <li>the cluster asks for a password (SCRAM-SHA-256) on the loopback interface only, with no
 *       Unix socket at all;
 *   <li>two random passwords, the superuser's and the application's, are kept in {@value #SECRETS}
 *       in the data folder, mode 0600;
 *   <li>the application connects as {@value #ROLE}, which owns its tables but is no superuser:
 *       it cannot read other databases' files, run programs ({@code COPY … TO PROGRAM}) or
 *       change roles.
 * </ul>
 *
 * <p>A data folder made by an earlier version (trust, no secrets file) is brought to this
 * state at its first start: passwords set, the tables given to the application's role, and
 * the trust lines replaced.
 */
final class PostgresEmbarque {

    /** The application's role: owns the schema's objects, no superuser. */
    static final String ROLE = "monchai";
    /** The file of the data folder holding both passwords. */
    static final String SECRETS = "monchai-secrets.properties";

    private static final String SUPERUTILISATEUR = "postgres";
    private static final SecureRandom ALEA = new SecureRandom();
    private static final Set<PosixFilePermission> PRIVE = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> SECRET = PosixFilePermissions.fromString("rw-------");
    private static final String HBA = """
            # Mon Chai: a password (SCRAM-SHA-256) on the loopback interface only; no Unix socket
            # (unix_socket_directories is empty), so no local account connects without it.
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private final EmbeddedPostgres pg;
    private final Path donnees;
    private final boolean temporaire;
    private final Properties secrets;

    private PostgresEmbarque(EmbeddedPostgres pg, Path donnees, boolean temporaire, Properties secrets) {
        this.pg = pg;
        this.donnees = donnees;
        this.temporaire = temporaire;
        this.secrets = secrets;
    }

    /**
     * Starts the cluster of that folder (initialising it when empty), or a throw-away one.
     *
     * @param dossier the data folder, kept across restarts; empty for a throw-away cluster
     * @param durable whether to keep fsync and synchronous commits on (the starter turns them off)
     * @return the running cluster, its application role ready
     * @throws UncheckedIOException when PostgreSQL cannot start, or a folder is not private
     */
    static PostgresEmbarque demarrer(Optional<Path> dossier, boolean durable) {
        try {
            Path prive = dossierPrive();
            // The starter reads this property for the folder of its binaries (and of its throw-away clusters).
            if (System.getProperty("ot.epg.working-dir") == null) {
                System.setProperty(
                        "ot.epg.working-dir", prive.resolve("postgres").toString());
            }
            Path donnees = dossier.isPresent()
                    ? dossier.get().toAbsolutePath().normalize()
                    : Files.createTempDirectory(prive, "base-");
            boolean neuve = !Files.exists(donnees.resolve("postgresql.conf"));
            if (dossier.isPresent()) {
                Postmaster.arreterSiOrphelin(donnees);
            }
            Path secretsFichier = donnees.resolve(SECRETS);
            Properties secrets = neuve || !Files.exists(secretsFichier) ? nouveauxSecrets() : lire(secretsFichier);
            boolean ancienne = !neuve && !Files.exists(secretsFichier);

            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(donnees)
                    .setCleanDataDirectory(dossier.isEmpty())
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", secrets.getProperty(SUPERUTILISATEUR));
            if (dossier.isPresent() && durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            Path motDePasse = null;
            if (neuve) {
                // initdb sets the superuser's password from a file and writes the SCRAM lines itself.
                motDePasse = Files.createTempFile(prive, "pw-", ".txt");
                Files.writeString(motDePasse, secrets.getProperty(SUPERUTILISATEUR) + "\n", StandardCharsets.UTF_8);
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", motDePasse.toString());
            }
            builder.setDataDirectoryCustomizer(d -> {
                // Before the server starts: our secrets and, unless a trusting cluster still needs its
                // passwords set at this start, the password-only access rules.
                ecrireSecrets(d.toPath().resolve(SECRETS), secrets);
                if (!ancienne) {
                    ecrire(d.toPath().resolve("pg_hba.conf"), HBA);
                }
            });
            EmbeddedPostgres pg;
            try {
                pg = builder.start();
            } finally {
                if (motDePasse != null) {
                    Files.deleteIfExists(motDePasse);
                }
            }
            PostgresEmbarque base = new PostgresEmbarque(pg, donnees, dossier.isEmpty(), secrets);
            base.preparerRole(ancienne);
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
        }
    }

    /** {@return the JDBC URL of the application's database} */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + SUPERUTILISATEUR;
    }

    /** {@return the application's password} */
    String motDePasse() {
        return secrets.getProperty(ROLE);
    }

    /** {@return the superuser's password: administration and the project's own tests only} */
    String motDePasseSuperutilisateur() {
        return secrets.getProperty(SUPERUTILISATEUR);
    }

    /** {@return the data folder} */
    Path donnees() {
        return donnees;
    }

    /** {@return whether the data folder goes with the cluster} */
    boolean temporaire() {
        return temporaire;
    }

    /** Stops the cluster (and removes a throw-away one's folder). */
    void arreter() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the application's role or resets its password, gives it the schema and, for a
     * cluster made by an earlier version, its tables; then only passwords open the cluster.
     */
    private void preparerRole(boolean ancienne) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(pg.getJdbcUrl(SUPERUTILISATEUR, SUPERUTILISATEUR));
        ds.setPassword(secrets.getProperty(SUPERUTILISATEUR));
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            boolean existe;
            try (PreparedStatement p = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                p.setString(1, ROLE);
                try (ResultSet rs = p.executeQuery()) {
                    existe = rs.next();
                }
            }
            String mot = litteral(secrets.getProperty(ROLE));
            s.execute((existe ? "alter role " : "create role ") + ROLE
                    + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password " + mot);
            s.execute("alter role " + SUPERUTILISATEUR + " with password "
                    + litteral(secrets.getProperty(SUPERUTILISATEUR)));
            s.execute("alter schema public owner to " + ROLE);
            // Its own schema (ADR 0010): the role may create it, or the one DATABASE_SCHEMA names.
            s.execute("grant create on database postgres to " + ROLE);
            List<String> transferts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view'
                                          else 'table' end || ' public.' || quote_ident(c.relname)
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p', 'S', 'v', 'm')
                      and pg_get_userbyid(c.relowner) <> 'monchai'
                      and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')))""")) {
                while (rs.next()) {
                    transferts.add("alter " + rs.getString(1) + " owner to " + ROLE);
                }
            }
            for (String t : transferts) {
                s.execute(t);
            }
            if (ancienne) {
                ecrire(donnees.resolve("pg_hba.conf"), HBA);
                s.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "the embedded PostgreSQL's application role could not be prepared: " + e.getMessage(), e);
        }
    }

    private static String litteral(String texte) {
        return "'" + texte.replace("'", "''") + "'";
    }

    /**
     * The user's private folder for the binaries and throw-away clusters: created 0700, tightened
     * when it is ours and too open, refused when another account owns it.
     */
    static Path dossierPrive() throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path prive = base.resolve("monchai").toAbsolutePath().normalize();
        Files.createDirectories(prive.getParent());
        if (!Files.exists(prive, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(prive, PosixFilePermissions.asFileAttribute(PRIVE));
        }
        PosixFileAttributeView vue =
                Files.getFileAttributeView(prive, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes attributs = vue.readAttributes();
        long proprietaire = ((Number) Files.getAttribute(prive, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
        if (!attributs.isDirectory() || proprietaire != new UnixSystem().getUid()) {
            throw new IOException(
                    prive + " must be a folder of this process's user (it holds the PostgreSQL binaries it runs)");
        }
        if (!attributs.permissions().equals(PRIVE)) {
            vue.setPermissions(PRIVE);
        }
        return prive;
    }

    private static Properties nouveauxSecrets() {
        Properties p = new Properties();
        p.setProperty(SUPERUTILISATEUR, aleatoire());
        p.setProperty(ROLE, aleatoire());
        return p;
    }

    private static String aleatoire() {
        byte[] octets = new byte[32];
        ALEA.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }

    private static Properties lire(Path fichier) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(fichier, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        if (p.getProperty(SUPERUTILISATEUR) == null || p.getProperty(ROLE) == null) {
            throw new IOException(fichier + " lacks the passwords of " + SUPERUTILISATEUR + " and " + ROLE);
        }
        return p;
    }

    private static void ecrireSecrets(Path fichier, Properties secrets) {
        StringBuilder texte = new StringBuilder(
                "# The passwords of this embedded PostgreSQL, drawn at random by Mon Chai. Keep private.\n");
        texte.append(SUPERUTILISATEUR)
                .append('=')
                .append(secrets.getProperty(SUPERUTILISATEUR))
                .append('\n');
        texte.append(ROLE).append('=').append(secrets.getProperty(ROLE)).append('\n');
        try {
            if (!Files.exists(fichier)) {
                Files.createFile(fichier, PosixFilePermissions.asFileAttribute(SECRET));
            }
            Files.setPosixFilePermissions(fichier, SECRET);
            Files.writeString(fichier, texte, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fichier, e);
        }
    }

    private static void ecrire(Path fichier, String texte) {
        try {
            Files.writeString(fichier, texte, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fichier, e);
        }
    }
}
