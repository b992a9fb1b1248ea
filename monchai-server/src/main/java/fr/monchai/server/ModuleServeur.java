package fr.monchai.server;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.zaxxer.hikari.HikariDataSource;
import fr.monchai.core.MonChai;
import fr.monchai.persistence.BaseDeDonnees;
import fr.monchai.persistence.PostgresDepots;
import fr.monchai.server.api.Api;
import fr.monchai.server.api.Ressources;
import fr.monchai.server.comptes.Comptes;
import fr.monchai.server.comptes.Parametres;
import java.sql.Connection;
import java.sql.SQLException;

/** The server's wiring: the database, the register on it, the accounts and settings, the API. */
public final class ModuleServeur extends AbstractModule {

    /** Connections in the pool, and workers running requests. */
    public static final int TAILLE_POOL = 16;

    private final Configuration configuration;

    /** @param configuration the settings */
    public ModuleServeur(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected void configure() {
        bind(Configuration.class).toInstance(configuration);
    }

    @Provides
    @Singleton
    BaseDeDonnees base() {
        return BaseDeDonnees.depuisEnvironnement(configuration.env(), configuration.donnees());
    }

    @Provides
    @Singleton
    HikariDataSource pool(BaseDeDonnees base) {
        return base.pool(TAILLE_POOL);
    }

    @Provides
    @Singleton
    MonChai chai(HikariDataSource pool) {
        return new MonChai(PostgresDepots.creer(pool));
    }

    @Provides
    @Singleton
    Comptes comptes(HikariDataSource pool) {
        return new Comptes(pool);
    }

    @Provides
    @Singleton
    Parametres parametres(HikariDataSource pool) {
        return new Parametres(pool);
    }

    @Provides
    @Singleton
    Api api(MonChai chai, Comptes comptes, Parametres parametres, HikariDataSource pool) {
        Ressources ressources = new Ressources(chai, comptes, parametres, () -> {
            try (Connection c = pool.getConnection()) {
                return c.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        });
        return new Api(ressources.routes(), comptes, pool, configuration.cookiesSecurises(), configuration.tailleCorpsMax());
    }

    @Provides
    ServeurHttp serveur(Api api) {
        return new ServeurHttp(api, configuration.port(), TAILLE_POOL);
    }
}
