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
     * The ledger's ports in a schema of a host's database: {@code new MonChai(StockagePostgres.creer(ds, "monchai"))}.
     * Each transaction looks in that schema first, whatever the connections' own {@code search_path}; on a connection
     * already in the host's transaction, Mon Chai joins it (no commit, no retry) and puts the host's path back after
     * each call.
     *
     * @param dataSource the host's pool (Spring's {@code TransactionAwareDataSourceProxy} to join its transactions)
     * @param schema the schema {@link Migrations#appliquer(DataSource, String)} brought up to date
     * @return the ports
     */
    public static Stockage creer(DataSource dataSource, String schema) {
        Migrations.nomDeSchema(schema);
        verifierSchema(dataSource, java.util.Optional.of(schema));
        return new StockagePostgres(Ports.creer(dataSource, java.util.Optional.of(schema)), dataSource).depots();
    }

    /**
     * {@return the store}
     *
     * @param dataSource a pool (HikariCP) on a database that {@link Migrations#appliquer} has brought up to date
     * @throws fr.monchai.core.commun.StockageException when the database answers but lacks Mon Chai's schema, or some
     *     of its changesets: it names them and says to run the migrations (a database that does not answer yet is
     *     not checked: the first call will say so)
     */
    public static StockagePostgres sur(DataSource dataSource) {
        verifierSchema(dataSource, java.util.Optional.empty());
        return new StockagePostgres(Ports.creer(dataSource, java.util.Optional.empty()), dataSource);
    }

    private static void verifierSchema(DataSource dataSource, java.util.Optional<String> schema) {
        String table = schema.map(s -> s + ".").orElse("") + "monchai_migration";
        java.util.Set<String> appliques = new java.util.HashSet<>();
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.Statement st = c.createStatement()) {
            boolean migree;
            try (java.sql.ResultSet rs = st.executeQuery("select to_regclass('" + table + "') is not null")) {
                rs.next();
                migree = rs.getBoolean(1);
            }
            if (migree) {
                try (java.sql.ResultSet rs = st.executeQuery("select id from " + table)) {
                    while (rs.next()) {
                        appliques.add(rs.getString(1));
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            return;
        }
        java.util.List<String> manquants = Migrations.lire(Migrations.CHANGELOG).stream()
                .map(Migrations.Changeset::id)
                .filter(id -> !appliques.contains(id))
                .toList();
        if (!manquants.isEmpty()) {
            throw new fr.monchai.core.commun.StockageException(
                    (appliques.isEmpty()
                                    ? "cette base n'a pas le schéma de Mon Chai (ou il n'est pas dans son search_path)"
                                    : "le schéma de Mon Chai de cette base n'est pas à jour")
                            + " : appliquez d'abord Migrations.appliquer(dataSource) (changesets manquants : "
                            + String.join(", ", manquants) + ")",
                    false,
                    null);
        }
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
