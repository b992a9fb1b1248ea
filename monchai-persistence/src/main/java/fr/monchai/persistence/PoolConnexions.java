package fr.monchai.persistence;

import javax.sql.DataSource;

/**
 * A pool of connections to the database, as {@link BaseDeDonnees#pool(int)} opens it: a plain
 * {@link DataSource} for {@link StockagePostgres} and {@link Migrations}, which its owner closes.
 * Safe to share between threads.
 */
public interface PoolConnexions extends DataSource, AutoCloseable {

    /** Closes every connection; a connection still borrowed is closed when it is given back. */
    @Override
    void close();
}
