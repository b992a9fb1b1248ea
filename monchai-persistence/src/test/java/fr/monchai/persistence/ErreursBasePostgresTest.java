package fr.monchai.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Domaine;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.StockageException;
import fr.monchai.core.port.Stockage;
import fr.monchai.kit.Chai;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** What the database's own errors become: a clear domain error or a retryable failure, never half a write. */
class ErreursBasePostgresTest {

    @Test
    void une_contrainte_violee_devient_une_erreur_du_domaine_et_rien_n_est_ecrit() {
        Stockage depots = BaseDeTest.depotsVides();
        long d = new Chai(new MonChai(depots)).domaine;
        DomainException e = assertThrows(
                DomainException.class,
                () -> depots.transactions().executer(() -> {
                    depots.domaines().inserer(new Domaine(0, "Écrit puis annulé"));
                    return depots.lots().inserer(new Lot(0, d, 987_654_321L, "sans cuve", Chai.MUSCADET));
                }));
        assertEquals(CodeErreur.OPERATION_INCOHERENTE, e.code());
        assertTrue(e.getMessage().contains("rien n'a été enregistré"), e.getMessage());
        assertEquals(0, compter("select count(*) from domaine where nom = 'Écrit puis annulé'"));
    }

    @Test
    void une_connexion_perdue_en_pleine_transaction_est_une_panne_a_reessayer_sans_ecriture() {
        Stockage depots = BaseDeTest.depotsVides();
        StockageException e = assertThrows(
                StockageException.class,
                () -> depots.transactions().executer(() -> {
                    depots.domaines().inserer(new Domaine(0, "Perdu en route"));
                    executer("select pg_terminate_backend(pid) from pg_stat_activity "
                            + "where state = 'idle in transaction' and pid <> pg_backend_pid()");
                    return depots.domaines().inserer(new Domaine(0, "Jamais"));
                }));
        assertTrue(e.reessayable(), e.getMessage());
        assertEquals(0, compter("select count(*) from domaine where nom in ('Perdu en route', 'Jamais')"));
    }

    @Test
    void une_base_injoignable_est_une_panne_a_reessayer() throws Exception {
        int port;
        try (ServerSocket libre = new ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
        config.setUsername("postgres");
        config.setConnectionTimeout(250);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource injoignable = new HikariDataSource(config)) {
            MonChai chai = new MonChai(StockagePostgres.creer(injoignable));
            StockageException e =
                    assertThrows(StockageException.class, () -> chai.domaines().creer("Nulle part"));
            assertTrue(e.reessayable(), e.getMessage());
        }
    }

    private static long compter(String sql) {
        try (Connection c = BaseDeTest.pool().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void executer(String sql) {
        try (Connection c = BaseDeTest.pool().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
