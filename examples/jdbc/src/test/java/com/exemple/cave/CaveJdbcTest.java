package com.exemple.cave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
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
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Mon Chai on plain JDBC: the application's own data source, Mon Chai's schema migrated into its own PostgreSQL
 * schema, its calls in their own transactions — or in the application's, on the application's connection.
 */
class CaveJdbcTest {

    private static final ProduitFiscal MUSCADET = ProduitFiscal.aop(
                    "Muscadet Sèvre et Maine", Couleur.BLANC, "Muscadet Sèvre et Maine sur lie blanc")
            .mention("Sur lie");

    @Test
    void sur_la_source_de_donnees_de_l_application_puis_dans_sa_transaction() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource ds = pg.getPostgresDatabase(); // a plain PGSimpleDataSource, no pool
            Migrations.appliquer(ds, "cave");
            MonChai chai = new MonChai(StockagePostgres.creer(ds, "cave"));

            ChaiDomaine domaine = chai.creerDomaine("Domaine JDBC");
            var parcelle = domaine.creerParcelle(NouvelleParcelle.de("Les Tiers", "Melon B.", new BigDecimal("1.5")));
            var c1 = domaine.creerCuve(NouvelleCuve.de("Cuve 1", Volume.hl("50")));
            var c2 = domaine.creerCuve(NouvelleCuve.de("Cuve 2", Volume.hl("50")));
            var vendange = domaine.enregistrerVendange(
                    NouvelleVendange.de(parcelle.id(), LocalDate.of(2026, 9, 12), Volume.hl("25.4"), c1.id())
                            .produit(MUSCADET));
            long lot = domaine.valider(vendange.mouvementId().getAsLong()).lotDestination().getAsLong();

            // The application's transaction: its row, and a racking in Mon Chai, committed together.
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("create table if not exists public.expedition (id bigint primary key, note text)");
                    s.execute("insert into public.expedition values (1, 'soutirage avant expédition')");
                }
                ChaiDomaine dansLaTransaction =
                        new MonChai(StockagePostgres.creer(new ConnexionPartagee(c), "cave")).domaine(domaine.id());
                dansLaTransaction.enregistrerEtValider(
                        d -> d.soutirer(Soutirage.de(lot, c2.id(), Volume.hl("10"), LocalDate.of(2026, 9, 20))));
                // A refused call inside it writes nothing, and the transaction goes on.
                assertThrows(
                        DomainException.class,
                        () -> dansLaTransaction.enregistrerEtValider(d -> d.soutirer(
                                Soutirage.de(lot, c2.id(), Volume.hl("500"), LocalDate.of(2026, 9, 21)))));
                c.commit();
            }
            assertEquals(Volume.hl("10"), domaine.etatCuve(c2.id()).volume());
            assertEquals(Volume.hl("15.4"), domaine.solde(new Compte.DeLot(lot)));
            try (Connection c = ds.getConnection();
                    ResultSet rs = c.createStatement().executeQuery("select count(*) from public.expedition")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
            // Mon Chai's tables are in its schema, none in the application's.
            try (Connection c = ds.getConnection();
                    ResultSet rs = c.createStatement()
                            .executeQuery("select count(*) from pg_tables where schemaname = 'cave'")) {
                rs.next();
                assertTrue(rs.getInt(1) > 20);
            }
        }
    }
}
