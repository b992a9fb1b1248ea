package fr.monchai.persistence;

import fr.monchai.core.commun.StockageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Brings a database's schema up to date: the changesets of Mon Chai's changelogs not applied yet, in order, each in
 * its own transaction, recorded in {@code monchai_migration} with their SHA-256. No migration library is needed at
 * run time: a host application that runs Liquibase itself includes {@link #CHANGELOG} instead, and one that runs
 * Flyway uses the same SQL files (docs/UPGRADING.md).
 *
 * <p>Safe to call at every start and from several processes at once: one holds a PostgreSQL advisory lock while the
 * others wait, then find nothing left to do. A changeset that has landed is never edited: a different checksum for
 * an applied changeset stops the migration. A database migrated by Liquibase before (its {@code databasechangelog})
 * is taken as it is: its applied changesets are recorded once, not run again.
 */
public final class Migrations {

    /** The ledger's changelog, on the classpath: what a host application embedding the library applies. */
    public static final String CHANGELOG = "fr/monchai/persistence/changelog/monchai.xml";

    /** The hosted service's accounts, after the ledger's: applied by the server only. */
    public static final String CHANGELOG_COMPTES = "fr/monchai/persistence/changelog/comptes.xml";

    /** The schema a new database gets when nobody says otherwise. */
    public static final String SCHEMA_PAR_DEFAUT = "monchai";

    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");
    private static final Pattern CHANGESET = Pattern.compile("(?m)^--changeset\\s+([\\w-]+):([\\w.-]+).*$");
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** The key of the advisory lock that serialises migrations on one database. */
    private static final long VERROU = 0x6d6f6e6368616924L;

    private Migrations() {}

    /**
     * A changeset of a changelog.
     *
     * @param id its id, unique across Mon Chai's changelogs
     * @param fichier the file it is written in
     * @param sql its statements
     */
    record Changeset(String id, String fichier, String sql) {

        /** {@return the SHA-256 of its statements, in lowercase hexadecimal} */
        String somme() {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(sql.strip().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }
    }

    /**
     * Applies the ledger's changesets not applied yet, in the schema the connections use ({@code current_schema()}:
     * the host's {@code search_path}, {@code public} by default); applying again changes nothing.
     *
     * @param dataSource the database
     * @throws StockageException (retryable) when the database cannot be reached; (not retryable) when a changeset
     *     fails or an applied one was edited
     */
    public static void appliquer(DataSource dataSource) {
        appliquer(dataSource, null, List.of(CHANGELOG));
    }

    /**
     * Applies the ledger's changesets not applied yet in that schema, creating it if needed. The connections the
     * store uses must then look in it (HikariCP's {@code schema}, PostgreSQL's {@code currentSchema} or {@code
     * search_path}).
     *
     * @param dataSource the database
     * @param schema the schema, such as {@value #SCHEMA_PAR_DEFAUT}: lowercase letters, digits and {@code _}
     * @throws StockageException as {@link #appliquer(DataSource)}
     * @throws IllegalArgumentException when the schema's name is not a plain lowercase identifier
     */
    public static void appliquer(DataSource dataSource, String schema) {
        appliquer(dataSource, schema, List.of(CHANGELOG));
    }

    /**
     * Applies the ledger's changesets and the hosted service's accounts' (what the server does) in that schema.
     *
     * @param dataSource the database
     * @param schema the schema
     * @throws StockageException as {@link #appliquer(DataSource)}
     */
    public static void appliquerAvecComptes(DataSource dataSource, String schema) {
        appliquer(dataSource, schema, List.of(CHANGELOG, CHANGELOG_COMPTES));
    }

    /** {@return the schema's name, once it is a plain lowercase identifier (it is written into SQL)} */
    static String nomDeSchema(String schema) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("« " + schema + " » is not a schema name: lowercase letters, digits, _");
        }
        return schema;
    }

    private static void appliquer(DataSource dataSource, String schema, List<String> changelogs) {
        if (schema != null) {
            nomDeSchema(schema);
        }
        List<Changeset> changesets = new ArrayList<>();
        changelogs.forEach(c -> changesets.addAll(lire(c)));
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StockageException("la base de données est injoignable : " + e.getMessage(), true, e);
        }
        try (c;
                Statement st = c.createStatement()) {
            st.execute("select pg_advisory_lock(" + VERROU + ")");
            // The connection goes back to its pool: its search_path is put back as it was.
            String cheminAvant;
            try (ResultSet rs = st.executeQuery("select current_setting('search_path')")) {
                rs.next();
                cheminAvant = rs.getString(1);
            }
            try {
                if (schema != null) {
                    st.execute("create schema if not exists " + schema);
                    st.execute("set search_path to " + schema);
                }
                st.execute("create table if not exists monchai_migration (id text primary key, fichier text not null, "
                        + "somme text not null, applique_le timestamptz not null default now())");
                Map<String, String> appliques = appliques(c);
                for (Changeset cs : changesets) {
                    String somme = appliques.get(cs.id());
                    if (somme == null) {
                        executer(c, cs);
                    } else if (!somme.equals(cs.somme()) && !somme.equals("liquibase")) {
                        throw new StockageException(
                                "le changeset " + cs.id() + " (" + cs.fichier() + ") a changé depuis qu'il a été "
                                        + "appliqué : un changeset appliqué ne se modifie jamais, il s'en écrit un autre",
                                false,
                                null);
                    }
                }
            } finally {
                try (PreparedStatement remettre = c.prepareStatement("select set_config('search_path', ?, false)")) {
                    remettre.setString(1, cheminAvant);
                    remettre.execute();
                }
                st.execute("select pg_advisory_unlock(" + VERROU + ")");
            }
        } catch (SQLException e) {
            boolean injoignable = e.getSQLState() != null && e.getSQLState().startsWith("08");
            throw new StockageException("la migration du schéma a échoué : " + e.getMessage(), injoignable, e);
        }
    }

    /** The changesets applied, with their checksum; those Liquibase applied before are recorded once, as such. */
    private static Map<String, String> appliques(Connection c) throws SQLException {
        Map<String, String> appliques = new HashMap<>();
        try (Statement st = c.createStatement()) {
            boolean liquibase;
            try (ResultSet rs = st.executeQuery("select to_regclass('databasechangelog') is not null")) {
                rs.next();
                liquibase = rs.getBoolean(1);
            }
            if (liquibase) {
                st.execute("insert into monchai_migration (id, fichier, somme) "
                        + "select id, filename, 'liquibase' from databasechangelog where author = 'monchai' "
                        + "on conflict (id) do nothing");
            }
            try (ResultSet rs = st.executeQuery("select id, somme from monchai_migration")) {
                while (rs.next()) {
                    appliques.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return appliques;
    }

    private static void executer(Connection c, Changeset cs) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement();
                PreparedStatement note =
                        c.prepareStatement("insert into monchai_migration (id, fichier, somme) values (?, ?, ?)")) {
            st.execute(cs.sql());
            note.setString(1, cs.id());
            note.setString(2, cs.fichier());
            note.setString(3, cs.somme());
            note.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException(
                    "changeset " + cs.id() + " (" + cs.fichier() + "): " + e.getMessage(), e.getSQLState(), e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * {@return a changelog's changesets, in order}: the SQL files it includes, each cut at its {@code --changeset}
     * lines (Liquibase's formatted SQL)
     *
     * @param changelog a changelog on the classpath
     */
    static List<Changeset> lire(String changelog) {
        String dossier = changelog.substring(0, changelog.lastIndexOf('/') + 1);
        List<Changeset> changesets = new ArrayList<>();
        Matcher include = INCLUDE.matcher(ressource(changelog));
        while (include.find()) {
            String fichier = include.group(1);
            String sql = ressource(dossier + fichier);
            Matcher debut = CHANGESET.matcher(sql);
            List<int[]> bornes = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            while (debut.find()) {
                bornes.add(new int[] {debut.start(), debut.end()});
                ids.add(debut.group(2));
            }
            for (int i = 0; i < bornes.size(); i++) {
                int fin = i + 1 < bornes.size() ? bornes.get(i + 1)[0] : sql.length();
                changesets.add(new Changeset(ids.get(i), fichier, sql.substring(bornes.get(i)[1], fin)));
            }
        }
        return changesets;
    }

    private static String ressource(String chemin) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(chemin)) {
            if (in == null) {
                throw new IllegalStateException(chemin + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
