package com.exemple.cave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.persistence.BaseDeDonnees;
import fr.monchai.persistence.Migrations;
import fr.monchai.persistence.StockagePostgres;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The chain a third party writes with the library: in memory, then on PostgreSQL, from the BOM alone. */
class ChaineTierceTest {

    private static final ProduitFiscal MUSCADET = new ProduitFiscal(Certification.AOP, Genre.TRANQUILLE, "Muscadet Sèvre et Maine",
            "Sur lie", "", Couleur.BLANC, "", "Muscadet Sèvre et Maine sur lie");

    /** A harvest, its validation and a racking; returns what the second cuve holds. */
    private static Volume chaine(MonChai chai) {
        long domaine = chai.domaines().creer("Domaine Tiers").id();
        var parcelle = chai.parcelles().creer(domaine, new NouvelleParcelle("Les Tiers", "Melon B.", new BigDecimal("1.5"),
                Optional.empty(), Optional.empty(), Optional.empty()));
        var c1 = chai.cuves().creer(domaine, new NouvelleCuve("Cuve 1", new BigDecimal("50"), Optional.empty()));
        var c2 = chai.cuves().creer(domaine, new NouvelleCuve("Cuve 2", new BigDecimal("50"), Optional.empty()));
        var vendange = chai.vendanges().enregistrer(domaine, new NouvelleVendange(parcelle.id(), LocalDate.of(2026, 9, 12),
                new BigDecimal("25.4"), Optional.of(new BigDecimal("0.8")), Optional.of(c1.id()), Optional.of(MUSCADET)));
        chai.mouvements().valider(domaine, vendange.mouvementId().getAsLong());
        long lot = chai.registre().lotsDisponibles(domaine).get(0).lot().id();
        Mouvement soutirage = chai.mouvements().soutirer(domaine, new Soutirage(lot, c2.id(), new BigDecimal("10"), Optional.empty(),
                LocalDate.of(2026, 9, 20), Optional.empty(), Optional.empty()));
        chai.mouvements().valider(domaine, soutirage.id());
        return chai.registre().cuve(domaine, c2.id()).volume();
    }

    @Test
    void en_memoire() {
        assertEquals(Volume.hl("10"), chaine(MonChai.enMemoire()));
    }

    @Test
    void sur_postgresql_celui_que_le_projet_teste() throws Exception {
        try (BaseDeDonnees base = BaseDeDonnees.embarquee(Optional.empty()); var pool = base.pool(4)) {
            DataSource ds = pool;
            Migrations.appliquer(ds);
            assertEquals(Volume.hl("10"), chaine(new MonChai(StockagePostgres.creer(ds))));
            try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("show server_version")) {
                rs.next();
                assertTrue(rs.getString(1).startsWith("17."), "the BOM brings the PostgreSQL the project tests: " + rs.getString(1));
            }
        }
    }
}
