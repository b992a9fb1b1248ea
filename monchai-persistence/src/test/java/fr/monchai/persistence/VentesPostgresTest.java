package fr.monchai.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.monchai.core.MonChai;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.port.Stockage;
import fr.monchai.core.vente.Commande;
import fr.monchai.core.vente.Facture;
import fr.monchai.kit.Boutique;
import fr.monchai.kit.VentesContractTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The sales contract tests (numbering under concurrency included), on PostgreSQL. */
class VentesPostgresTest extends VentesContractTest {
    @Override
    protected Stockage nouveauxDepots() {
        return BaseDeTest.depotsVides();
    }

    @Test
    void la_base_refuse_elle_aussi_de_changer_une_facture_emise() throws SQLException {
        Boutique b = new Boutique(new MonChai(BaseDeTest.depotsVides()));
        Commande c = b.commande(b.caviste, b.muscadet, 6, DestinationFiscale.FRANCE_DROITS_ACQUITTES);
        b.chai.ventes().valider(b.d, c.id());
        Facture f = b.chai.factures()
                .emettre(
                        b.d,
                        b.chai.factures()
                                .facturer(b.d, c.id(), LocalDate.of(2026, 4, 30))
                                .id(),
                        LocalDate.of(2026, 4, 1),
                        Boutique.RENDU);
        try (Connection cx = BaseDeTest.pool().getConnection();
                Statement s = cx.createStatement()) {
            SQLException e = assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate("update facture set numero = 'F2026-999999' where id = " + f.id()));
            assertEquals("23514", e.getSQLState());
        }
        assertEquals(f, b.chai.factures().facture(b.d, f.id()).orElseThrow());
    }
}
