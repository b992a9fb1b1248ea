package com.exemple.cave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Volume;
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

    private static final ProduitFiscal MUSCADET = ProduitFiscal.aop("Muscadet Sèvre et Maine", Couleur.BLANC,
            "Muscadet Sèvre et Maine sur lie").mention("Sur lie");

    /** A harvest, its validation and a racking; returns what the second cuve holds. */
    private static Volume chaine(MonChai chai) {
        ChaiDomaine domaine = chai.creerDomaine("Domaine Tiers");
        var parcelle = domaine.creerParcelle(NouvelleParcelle.de("Les Tiers", "Melon B.", new BigDecimal("1.5")));
        var c1 = domaine.creerCuve(NouvelleCuve.de("Cuve 1", Volume.hl("50")));
        var c2 = domaine.creerCuve(NouvelleCuve.de("Cuve 2", Volume.hl("50")));
        var vendange = domaine.enregistrerVendange(NouvelleVendange.de(parcelle.id(), LocalDate.of(2026, 9, 12), Volume.hl("25.4"), c1.id())
                .dechets(Volume.hl("0.8")).produit(MUSCADET));
        long lot = domaine.valider(vendange.mouvementId().getAsLong()).lotDestination().getAsLong();
        domaine.enregistrerEtValider(d -> d.soutirer(Soutirage.de(lot, c2.id(), Volume.hl("10"), LocalDate.of(2026, 9, 20))));
        return domaine.etatCuve(c2.id()).volume();
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
