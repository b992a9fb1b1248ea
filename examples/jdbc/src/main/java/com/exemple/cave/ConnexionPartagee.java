package com.exemple.cave;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that always hands out the application's own connection, left open: Mon Chai, built on it, joins the
 * application's transaction (a connection with autocommit off) — each call in a savepoint, never committing it.
 */
public final class ConnexionPartagee implements DataSource {

    private final Connection connexion;

    /** @param connexion the application's connection, in its transaction */
    public ConnexionPartagee(Connection connexion) {
        this.connexion = connexion;
    }

    @Override
    public Connection getConnection() {
        // Closing the handed-out connection must not close the application's.
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, methode, args) ->
                        "close".equals(methode.getName()) ? null : methode.invoke(connexion, args));
    }

    @Override
    public Connection getConnection(String utilisateur, String motDePasse) {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int secondes) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
