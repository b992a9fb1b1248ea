package fr.monchai.persistence;

import fr.monchai.core.port.Stockage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The one PostgreSQL of the test JVM: embedded by default, or the server named by {@code
 * MONCHAI_TEST_DATABASE_URL}. Tests reset its data, not its schema.
 */
public final class BaseDeTest {

    private static BaseDeDonnees base;
    private static PoolConnexions pool;

    private BaseDeTest() {}

    /** @return the database, started and migrated on first use */
    public static synchronized BaseDeDonnees base() {
        if (base == null) {
            String url = System.getenv("MONCHAI_TEST_DATABASE_URL");
            base = url == null || url.isBlank()
                    ? BaseDeDonnees.embarquee(Optional.empty())
                    : BaseDeDonnees.externe(url, "", "");
            pool = base.pool(16);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                pool.close();
                base.close();
            }));
        }
        return base;
    }

    /** @return the shared pool */
    public static PoolConnexions pool() {
        base();
        return pool;
    }

    /**
     * {@return a connection as the embedded cluster's superuser (the application's role cannot
     * create databases), or as the external server's user}
     */
    public static Connection administration() throws SQLException {
        base();
        java.util.Properties p = new java.util.Properties();
        p.setProperty(
                "user",
                base.motDePasseSuperutilisateur().isPresent()
                        ? "postgres"
                        : base.variablesConnexion().get("DATABASE_USER"));
        p.setProperty(
                "password",
                base.motDePasseSuperutilisateur()
                        .orElse(base.variablesConnexion().get("DATABASE_PASSWORD")));
        return java.sql.DriverManager.getConnection(base.jdbcUrl(), p);
    }

    /** Empties every table of the ledger. */
    public static void reinitialiser() {
        try (Connection c = pool().getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "truncate domaine, parcelle, cuve, lot, bouteille_lot, mouvement, ligne_mouvement, vendange, ecriture, solde_jour, solde_mois, "
                            + "compte_solde, compteur, periode_verrouillee, mouvement_crd, reference_sortie, export_declaration, "
                            + "artefact_declaration, client, produit, commande, ligne_commande, commande_mouvement, facture, "
                            + "ligne_facture, paiement, utilisateur, session_web, jeton_api, idempotence, parametres_domaine, personne, lien_courriel, courrier_sortant, contenance_domaine");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return new ports on an emptied database */
    public static Stockage depotsVides() {
        reinitialiser();
        return StockagePostgres.creer(pool());
    }
}
