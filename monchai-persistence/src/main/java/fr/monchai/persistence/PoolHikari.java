package fr.monchai.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/** The pool behind {@link PoolConnexions}: HikariCP, kept out of the published signatures. */
final class PoolHikari implements PoolConnexions {

    private final HikariDataSource hikari;

    /**
     * Opens the pool.
     *
     * @param config its settings
     */
    PoolHikari(HikariConfig config) {
        this.hikari = new HikariDataSource(config);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return hikari.getConnection();
    }

    @Override
    public Connection getConnection(String utilisateur, String motDePasse) throws SQLException {
        return hikari.getConnection(utilisateur, motDePasse);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return hikari.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        hikari.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int secondes) throws SQLException {
        hikari.setLoginTimeout(secondes);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return hikari.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return hikari.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : hikari.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || hikari.isWrapperFor(type);
    }

    @Override
    public void close() {
        hikari.close();
    }
}
