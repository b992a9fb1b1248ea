package fr.monchai.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.monchai.core.MonChai;
import fr.monchai.core.commun.StockageException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.registre.NouvelleCuve;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.Test;

/**
 * The schema as a host application meets it: in its own schema, applied by Mon Chai's runner or by the host's own
 * Liquibase from the same changelog, a database without it refused with what to do, an edited changeset refused.
 */
class MigrationsTest {

    private static HikariDataSource nouvelleBase(String nom, String schema) throws SQLException {
        try (Connection c = BaseDeTest.administration();
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + nom);
            s.execute("create database " + nom);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(BaseDeTest.base().jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + nom + "$1"));
        config.setUsername("postgres");
        config.setPassword(BaseDeTest.base().motDePasseSuperutilisateur().orElse(""));
        config.setMaximumPoolSize(2);
        if (schema != null) {
            config.setSchema(schema);
        }
        return new HikariDataSource(config);
    }

    private static List<String> lignes(Connection c, String sql) throws SQLException {
        List<String> resultat = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                resultat.add(rs.getString(1));
            }
        }
        return resultat;
    }

    @Test
    void le_registre_vit_dans_son_schema_et_une_base_sans_lui_dit_quoi_faire() throws SQLException {
        try (HikariDataSource ds = nouvelleBase("hote_schema", "monchai")) {
            StockageException sans = assertThrows(StockageException.class, () -> StockagePostgres.creer(ds));
            assertTrue(sans.getMessage().contains("Migrations.appliquer"), sans.getMessage());
            assertTrue(sans.getMessage().contains("001-registre"), sans.getMessage());
            assertFalse(sans.reessayable());

            Migrations.appliquer(ds, "monchai");
            try (Connection c = ds.getConnection()) {
                assertEquals(
                        List.of(),
                        lignes(
                                c,
                                "select relname from pg_class where relkind = 'r' "
                                        + "and relnamespace = 'public'::regnamespace"),
                        "nothing in the host's public schema");
                assertTrue(lignes(
                                c,
                                "select relname from pg_class where relkind = 'r' "
                                        + "and relnamespace = 'monchai'::regnamespace")
                        .contains("facture"));
                assertFalse(
                        lignes(c, "select relname from pg_class where relnamespace = 'monchai'::regnamespace")
                                .contains("session_web"),
                        "the hosted service's accounts are the server's, not the library's");
            }
            MonChai chai = new MonChai(StockagePostgres.creer(ds));
            var d = chai.creerDomaine("Domaine de l'Hôte");
            assertEquals(
                    "Cuve 1",
                    d.creerCuve(NouvelleCuve.de("Cuve 1", Volume.hl("10"))).nom());
            Migrations.appliquer(ds, "monchai"); // again: nothing to do
        }
    }

    @Test
    void une_base_migree_par_liquibase_est_reprise_telle_quelle() throws Exception {
        try (HikariDataSource ds = nouvelleBase("hote_liquibase", null)) {
            // A host that runs Liquibase itself includes the ledger's changelog, as earlier versions did.
            try (Connection c = ds.getConnection()) {
                Database base = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                Scope.child(
                        Map.of("liquibase.analytics.enabled", false, "liquibase.showBanner", false),
                        () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, base)
                                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, Migrations.CHANGELOG)
                                .execute());
            }
            List<String> avant;
            try (Connection c = ds.getConnection()) {
                avant = lignes(
                        c,
                        "select table_name from information_schema.tables "
                                + "where table_schema = 'public' order by 1");
            }
            Migrations.appliquer(ds);
            try (Connection c = ds.getConnection()) {
                List<String> apres = lignes(
                        c,
                        "select table_name from information_schema.tables "
                                + "where table_schema = 'public' and table_name <> 'monchai_migration' order by 1");
                assertEquals(avant, apres, "nothing applied twice");
                assertEquals(
                        Migrations.lire(Migrations.CHANGELOG).size(),
                        lignes(c, "select id from monchai_migration where somme = 'liquibase'")
                                .size());
            }
            new MonChai(StockagePostgres.creer(ds)).creerDomaine("Domaine repris");
        }
    }

    @Test
    void un_changeset_modifie_apres_coup_arrete_la_migration() throws SQLException {
        try (HikariDataSource ds = nouvelleBase("hote_modifie", null)) {
            Migrations.appliquer(ds);
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("update monchai_migration set somme = 'autre' where id = '007-dae'");
            }
            StockageException e = assertThrows(StockageException.class, () -> Migrations.appliquer(ds));
            assertTrue(e.getMessage().contains("007-dae"), e.getMessage());
        }
    }

    @Test
    void une_base_injoignable_se_dit_et_peut_se_reessayer() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/personne");
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(250);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            StockageException e = assertThrows(StockageException.class, () -> Migrations.appliquer(ds));
            assertTrue(e.reessayable());
        }
    }
}
