package fr.monchai.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;

/** Brings a database's schema up to date with Liquibase (analytics off). */
public final class Migrations {

    /** The root changelog, on the classpath. */
    public static final String CHANGELOG = "fr/monchai/persistence/changelog/monchai.xml";

    private Migrations() {}

    /**
     * Applies every changeset not applied yet; applying again changes nothing.
     *
     * @param dataSource the database
     */
    public static void appliquer(DataSource dataSource) {
        try (Connection connexion = dataSource.getConnection()) {
            Database base = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connexion));
            Scope.child(Map.of("liquibase.analytics.enabled", Boolean.FALSE, "liquibase.showBanner", Boolean.FALSE), () ->
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, base)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .execute());
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
        }
    }
}
