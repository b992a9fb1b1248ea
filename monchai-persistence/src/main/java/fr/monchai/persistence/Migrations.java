package fr.monchai.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.ui.LoggerUIService;

/** Brings a database's schema up to date with Liquibase (analytics off, nothing printed to stdout). */
public final class Migrations {

    /** The root changelog, on the classpath. */
    public static final String CHANGELOG = "fr/monchai/persistence/changelog/monchai.xml";

    /**
     * Liquibase logs through java.util.logging; a library user's console gets its warnings only,
     * unless they configured that logger themselves. Held here: a logger nobody references may
     * be collected, and its level with it.
     */
    private static final java.util.logging.Logger LIQUIBASE = java.util.logging.Logger.getLogger("liquibase");

    static {
        if (LIQUIBASE.getLevel() == null) {
            LIQUIBASE.setLevel(java.util.logging.Level.WARNING);
        }
    }

    private Migrations() {}

    /**
     * Applies every changeset not applied yet; applying again changes nothing.
     *
     * @param dataSource the database
     */
    public static void appliquer(DataSource dataSource) {
        try (Connection connexion = dataSource.getConnection()) {
            Database base =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connexion));
            // Liquibase prints its update summary to stdout unless its UI goes to the log (at INFO, which a run keeps
            // quiet).
            Scope.child(
                    Map.of(
                            "liquibase.analytics.enabled",
                            false,
                            "liquibase.showBanner",
                            false,
                            Scope.Attr.ui.name(),
                            new LoggerUIService()),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, base)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                            .execute());
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
        }
    }
}
