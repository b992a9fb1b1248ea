package fr.monchai.persistence;

import fr.monchai.comptes.Avis;
import fr.monchai.comptes.CompteService;
import fr.monchai.comptes.Expediteur;
import fr.monchai.comptes.Idempotence;
import fr.monchai.core.parametres.DocumentsParametres;
import fr.monchai.core.port.Stockage;
import fr.monchai.persistence.internal.Ports;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Everything Mon Chai keeps on PostgreSQL: the ledger's ports and the hosted product's
 * accounts, sharing one transaction manager. Several instances (several servers) may share one
 * database. A library user who only needs the ledger calls {@link #creer}.
 */
public final class StockagePostgres {

    private final Ports.Tous ports;
    private final DataSource dataSource;

    private StockagePostgres(Ports.Tous ports, DataSource dataSource) {
        this.ports = ports;
        this.dataSource = dataSource;
    }

    /**
     * The ledger's ports alone: {@code new MonChai(StockagePostgres.creer(pool))}.
     *
     * @param dataSource a pool (HikariCP) on a database that {@link Migrations#appliquer} has brought up to date
     * @return the ports
     */
    public static Stockage creer(DataSource dataSource) {
        return sur(dataSource).depots();
    }

    /**
     * {@return the store}
     *
     * @param dataSource a pool (HikariCP) on a database that {@link Migrations#appliquer} has brought up to date
     */
    public static StockagePostgres sur(DataSource dataSource) {
        return new StockagePostgres(Ports.creer(dataSource), dataSource);
    }

    /** {@return whether the database answers within two seconds, for a health check} */
    public boolean repond() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /** {@return the ledger's ports, for {@code new MonChai(...)}} */
    public Stockage depots() {
        return ports.depots();
    }

    /**
     * {@return the accounts: people, members of each domaine, sessions, API tokens}
     *
     * @param avis what mails a person their links
     * @param horloge the time
     */
    public CompteService comptes(Avis avis, Clock horloge) {
        return new CompteService(
                ports.depots().transactions(), ports.depots().domaines(), ports.comptes(), avis, horloge);
    }

    /** {@return the outbox: mails kept in the database, for a server with no SMTP server (a local run)} */
    public Expediteur boiteEnvoi() {
        return ports.boiteEnvoi();
    }

    /** {@return the answers of idempotent creations} */
    public Idempotence idempotence() {
        return ports.idempotence();
    }

    /** {@return each domaine's settings document} */
    public DocumentsParametres parametres() {
        return ports.parametres();
    }
}
