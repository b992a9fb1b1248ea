package fr.monchai.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL is closed to the machine's other accounts: no password, no entry; no
 * socket in a shared folder; the application's role cannot run programs; binaries and secrets
 * in private files. Each of these was open before (trust authentication, a socket and the
 * binaries in the system's temporary folder, the application connected as superuser).
 */
class PostgresEmbarqueTest {

    @Test
    void sans_mot_de_passe_personne_n_entre_et_le_role_de_l_application_n_est_pas_superutilisateur() throws Exception {
        Path dossier = Files.createTempDirectory("pg-ferme");
        try (BaseDeDonnees base = BaseDeDonnees.embarquee(Optional.of(dossier))) {
            String url = base.jdbcUrl();
            // Any local account used to connect as superuser with any password, or none.
            for (String[] essai : List.of(
                    new String[] {"postgres", ""},
                    new String[] {"postgres", "postgres"},
                    new String[] {"monchai", "monchai"},
                    new String[] {"monchai", ""})) {
                SQLException refus = assertThrows(
                        SQLException.class,
                        () -> connecter(url, essai[0], essai[1]).close());
                assertTrue(
                        List.of("28P01", "28000", "08004").contains(refus.getSQLState()),
                        refus.getSQLState() + " " + refus.getMessage());
            }
            var acces = base.variablesConnexion();
            try (Connection c = connecter(url, acces.get("DATABASE_USER"), acces.get("DATABASE_PASSWORD"));
                    Statement s = c.createStatement()) {
                assertEquals("f", une(s, "select rolsuper from pg_roles where rolname = current_user"));
                // What a superuser could: write a file as the server's account, run a program.
                SQLException programme =
                        assertThrows(SQLException.class, () -> s.execute("copy (select 1) to program 'true'"));
                assertEquals("42501", programme.getSQLState());
                SQLException fichier =
                        assertThrows(SQLException.class, () -> s.execute("copy (select 1) to '/tmp/monchai-copie'"));
                assertEquals("42501", fichier.getSQLState());
                assertThrows(SQLException.class, () -> s.execute("alter role monchai superuser"));
                assertEquals("monchai", une(s, "select tableowner from pg_tables where tablename = 'mouvement'"));
            }
            try (Connection c = connecter(
                            url, "postgres", base.motDePasseSuperutilisateur().orElseThrow());
                    Statement s = c.createStatement()) {
                assertEquals("", une(s, "show unix_socket_directories"), "no socket in a shared folder");
                assertEquals("localhost", une(s, "show listen_addresses"));
                String port = une(s, "show port");
                assertFalse(Files.exists(Path.of(System.getProperty("java.io.tmpdir"), ".s.PGSQL." + port)));
                assertFalse(Files.exists(Path.of("/tmp", ".s.PGSQL." + port)));
            }
            Path secrets = dossier.resolve(PostgresEmbarque.SECRETS);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dossier)));
            Path prive = PostgresEmbarque.dossierPrive();
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(prive)));
            assertFalse(
                    prive.startsWith(Path.of(System.getProperty("java.io.tmpdir")))
                            && !prive.startsWith(Path.of(System.getProperty("user.home"))),
                    "binaries outside the shared temporary folder: " + prive);
            try (Stream<Path> pg = Files.list(prive.resolve("postgres"))) {
                assertTrue(
                        pg.anyMatch(p -> p.getFileName().toString().startsWith("PG-")),
                        "the binaries are in the private folder");
            }
        }
        // Restarted on the same folder: the same passwords open it, the data is there.
        try (BaseDeDonnees base = BaseDeDonnees.embarquee(Optional.of(dossier));
                PoolConnexions pool = base.pool(1);
                Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            assertEquals("monchai", une(s, "select current_user"));
        }
    }

    @Test
    void un_dossier_d_une_version_precedente_en_trust_est_ferme_a_son_premier_demarrage() throws Exception {
        Path dossier = Files.createTempDirectory("pg-ancien");
        // What earlier versions left: a cluster that trusts every local connection, its tables owned by the superuser.
        try (EmbeddedPostgres ancien = EmbeddedPostgres.builder()
                        .setDataDirectory(dossier)
                        .setCleanDataDirectory(false)
                        .start();
                Connection c = ancien.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table domaine_ancien (domaine_id bigint primary key, nom text)");
            s.execute("insert into domaine_ancien values (1, 'Domaine d''avant')");
        }
        try (BaseDeDonnees base = BaseDeDonnees.embarquee(Optional.of(dossier))) {
            SQLException refus = assertThrows(
                    SQLException.class,
                    () -> connecter(base.jdbcUrl(), "postgres", "postgres").close());
            assertEquals("28P01", refus.getSQLState(), refus.getMessage());
            try (PoolConnexions pool = base.pool(1);
                    Connection c = pool.getConnection();
                    Statement s = c.createStatement()) {
                assertEquals("Domaine d'avant", une(s, "select nom from public.domaine_ancien"));
                assertEquals("monchai", une(s, "select tableowner from pg_tables where tablename = 'domaine_ancien'"));
            }
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(dossier.resolve(PostgresEmbarque.SECRETS))) {
                p.load(in);
            }
            assertEquals(base.variablesConnexion().get("DATABASE_PASSWORD"), p.getProperty("monchai"));
        }
    }

    private static Connection connecter(String url, String utilisateur, String motDePasse) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", utilisateur);
        p.setProperty("password", motDePasse);
        return DriverManager.getConnection(url, p);
    }

    private static String une(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
