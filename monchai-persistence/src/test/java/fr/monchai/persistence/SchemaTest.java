package fr.monchai.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema, read back from PostgreSQL's own catalog. */
class SchemaTest {

    /**
     * Liquibase's own tables, and the hosted product's tables that belong to no domaine: a person
     * (one address for several domaines), the links mailed to them (a sign-up's comes before its
     * domaine) and the outbox. With Citus these are reference tables, copied to every node.
     */
    private static final String TABLES_LIQUIBASE =
            "('monchai_migration', 'personne', 'lien_courriel', 'courrier_sortant')";

    private static List<String> lignes(Connection c, String sql) throws SQLException {
        List<String> resultat = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                resultat.add(sb.toString());
            }
        }
        return resultat;
    }

    @Test
    void chaque_table_porte_domaine_id_dans_ses_cles_primaires_uniques_et_etrangeres() throws SQLException {
        try (Connection c = BaseDeTest.pool().getConnection()) {
            List<String> tables = lignes(
                    c,
                    "select relname from pg_class where relkind = 'r' and relnamespace = current_schema()::regnamespace "
                            + "and relname not in " + TABLES_LIQUIBASE);
            assertTrue(tables.size() >= 12, tables.toString());
            List<String> sansCle = lignes(
                    c,
                    "select relname from pg_class t where relkind = 'r' and relnamespace = current_schema()::regnamespace "
                            + "and relname not in " + TABLES_LIQUIBASE
                            + " and not exists (select 1 from pg_constraint k where k.conrelid = t.oid and k.contype = 'p')");
            assertEquals(List.of(), sansCle, "tables without a primary key");
            // Primary and unique keys must include domaine_id; foreign keys must map domaine_id to domaine_id.
            assertEquals(List.of(), fautives(c), "keys without domaine_id");
            assertTrue(Integer.parseInt(lignes(
                                    c,
                                    "select count(*) from pg_constraint where contype = 'f' "
                                            + "and connamespace = current_schema()::regnamespace")
                            .get(0))
                    >= 8);

            // The check itself sees a table that breaks the rule.
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("create table mauvaise (id bigint primary key, cuve_id bigint, domaine_id bigint, "
                        + "foreign key (domaine_id, cuve_id) references cuve (id, domaine_id))");
                assertEquals(
                        List.of("mauvaise mauvaise_domaine_id_cuve_id_fkey", "mauvaise mauvaise_pkey"), fautives(c));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static List<String> fautives(Connection c) throws SQLException {
        return lignes(c, """
                    select k.conrelid::regclass || ' ' || k.conname
                    from pg_constraint k
                    where k.connamespace = current_schema()::regnamespace
                      and k.conrelid::regclass::text not in %s
                      and k.contype in ('p', 'u', 'f')
                      and not exists (
                        select 1 from unnest(k.conkey) with ordinality as a(attnum, i)
                        join pg_attribute col on col.attrelid = k.conrelid and col.attnum = a.attnum
                        where col.attname = 'domaine_id'
                          and (k.contype <> 'f' or exists (
                            select 1 from pg_attribute ref
                            where ref.attrelid = k.confrelid and ref.attnum = k.confkey[a.i] and ref.attname = 'domaine_id')))
                    order by 1
                    """.formatted(TABLES_LIQUIBASE));
    }

    @Test
    void le_changelog_s_applique_a_une_base_vide_et_deux_fois_ne_change_rien() throws SQLException {
        try (Connection c = BaseDeTest.administration();
                Statement s = c.createStatement()) {
            s.execute("drop database if exists migration_vide");
            s.execute("create database migration_vide");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(BaseDeTest.base().jdbcUrl().replaceFirst("/postgres(\\?|$)", "/migration_vide$1"));
        config.setUsername("postgres");
        config.setPassword(BaseDeTest.base().motDePasseSuperutilisateur().orElse(""));
        config.setMaximumPoolSize(2);
        String schema = """
                select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
                from information_schema.columns where table_schema = current_schema() order by 1""";
        String contraintes =
                "select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint "
                        + "where connamespace = current_schema()::regnamespace order by 1";
        try (HikariDataSource vide = new HikariDataSource(config)) {
            try (Connection c = vide.getConnection()) {
                assertEquals(List.of(), lignes(c, schema), "the new database is empty");
            }
            Migrations.appliquerAvecComptes(vide, "public");
            List<String> colonnes;
            List<String> cles;
            List<String> journal;
            try (Connection c = vide.getConnection()) {
                colonnes = lignes(c, schema);
                cles = lignes(c, contraintes);
                journal = lignes(c, "select id, fichier, somme from monchai_migration order by applique_le, id");
            }
            assertTrue(colonnes.size() > 60, colonnes.toString());
            Migrations.appliquerAvecComptes(vide, "public");
            try (Connection c = vide.getConnection()) {
                assertEquals(colonnes, lignes(c, schema));
                assertEquals(cles, lignes(c, contraintes));
                assertEquals(
                        journal,
                        lignes(c, "select id, fichier, somme from monchai_migration order by applique_le, id"));
            }
        }
    }
}
