package fr.monchai.persistence;

import fr.monchai.core.port.Depots;
import fr.monchai.persistence.internal.Ports;
import javax.sql.DataSource;

/**
 * The ledger's ports on PostgreSQL. Give it a pooled {@link DataSource} on a database that
 * {@link Migrations#appliquer} has brought up to date, then {@code new MonChai(depots)}.
 * Several instances (several servers) may share one database.
 */
public final class PostgresDepots {

    private PostgresDepots() {}

    /**
     * @param dataSource a pool (HikariCP) on a migrated database
     * @return the ports, ready for {@code new MonChai(...)}
     */
    public static Depots creer(DataSource dataSource) {
        return Ports.creer(dataSource).depots();
    }
}
