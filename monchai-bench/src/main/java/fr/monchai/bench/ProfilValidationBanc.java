package fr.monchai.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.persistence.Migrations;
import fr.monchai.persistence.StockagePostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a validation's time goes on PostgreSQL: validates 2,500 drafts on an embedded server
 * with {@code pg_stat_statements} (planning tracked) and prints, per statement, its calls and
 * server time (planning included), beside the validation's wall-clock time. What the server
 * does not account for is round trips and the JVM.
 */
final class ProfilValidationBanc implements Bancs.Banc {

    @Override
    public void executer(StringBuilder r) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track_planning", "on")
                .start()) {
            HikariConfig cfg = new HikariConfig();
            cfg.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            cfg.setUsername("postgres");
            cfg.setPassword("postgres");
            cfg.setMaximumPoolSize(4);
            try (HikariDataSource pool = new HikariDataSource(cfg)) {
                Migrations.appliquer(pool);
                try (Connection c = pool.getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("create extension pg_stat_statements");
                }
                MonChai chai = new MonChai(StockagePostgres.creer(pool));
                long d = chai.domaines().creer("E").id();
                long p = chai.parcelles()
                        .creer(
                                d,
                                new NouvelleParcelle(
                                        "P", "M", BigDecimal.ONE, Optional.empty(), Optional.empty(), Optional.empty()))
                        .id();
                long ca = chai.cuves()
                        .creer(d, new NouvelleCuve("A", new BigDecimal("1000000"), Optional.empty()))
                        .id();
                long cb = chai.cuves()
                        .creer(d, new NouvelleCuve("B", new BigDecimal("1000000"), Optional.empty()))
                        .id();
                ProduitFiscal pf = new ProduitFiscal(
                        Certification.AOP, Genre.TRANQUILLE, "Anjou", "", "", Couleur.ROUGE, "", "Anjou rouge");
                var v = chai.vendanges()
                        .enregistrer(
                                d,
                                new NouvelleVendange(
                                        p,
                                        LocalDate.of(2026, 1, 1),
                                        new BigDecimal("500000"),
                                        Optional.empty(),
                                        ca,
                                        Optional.of(pf)));
                Mouvement m = chai.mouvements().valider(d, v.mouvementId().getAsLong());
                long lot = ((Compte.DeLot) m.lignes().get(1).compte()).lotId();
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < 3000; i++) {
                    ids.add(chai.mouvements()
                            .soutirer(
                                    d,
                                    new Soutirage(
                                            lot,
                                            cb,
                                            new BigDecimal("0.01"),
                                            Optional.empty(),
                                            LocalDate.of(2026, 1, 2),
                                            Optional.empty(),
                                            Optional.empty()))
                            .id());
                }
                for (int i = 0; i < 500; i++) {
                    chai.mouvements().valider(d, ids.get(i));
                }
                try (Connection c = pool.getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("select pg_stat_statements_reset()");
                }
                long t0 = System.nanoTime();
                for (int i = 500; i < 3000; i++) {
                    chai.mouvements().valider(d, ids.get(i));
                }
                long us = (System.nanoTime() - t0) / 2500 / 1000;
                r.append(
                                "### Where a validation's time goes\n\n2,500 validations of an `inter_cuves` draft on one thread: **")
                        .append(us)
                        .append(
                                " µs each** (wall clock). Server time per statement, from `pg_stat_statements` with planning tracked:\n\n")
                        .append("| calls | server µs per call: plan + execute | statement |\n|---|---|---|\n");
                long serveur = 0;
                try (Connection c = pool.getConnection();
                        Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery(
                                "select calls, round((mean_exec_time + mean_plan_time)::numeric * 1000), "
                                        + "round(mean_plan_time::numeric * 1000), round(mean_exec_time::numeric * 1000), "
                                        + "left(regexp_replace(query, '\\s+', ' ', 'g'), 90) from pg_stat_statements where calls >= 2500 "
                                        + "order by total_exec_time + total_plan_time desc")) {
                    while (rs.next()) {
                        serveur += rs.getLong(1) * rs.getLong(2) / 2500;
                        r.append("| ")
                                .append(rs.getLong(1))
                                .append(" | ")
                                .append(rs.getLong(3))
                                .append(" + ")
                                .append(rs.getLong(4))
                                .append(" | `")
                                .append(rs.getString(5).replace("|", "\\|"))
                                .append("…` |\n");
                    }
                }
                r.append("\nThe server spends about ")
                        .append(serveur)
                        .append(" µs of each validation's ")
                        .append(us)
                        .append(
                                " µs; the rest is the round trips between the JVM and PostgreSQL and the JVM's own work.\n\n");
            }
        }
    }
}
