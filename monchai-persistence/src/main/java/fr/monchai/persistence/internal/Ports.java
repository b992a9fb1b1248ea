package fr.monchai.persistence.internal;

import fr.monchai.comptes.Comptes;
import fr.monchai.comptes.Expediteur;
import fr.monchai.comptes.Idempotence;
import fr.monchai.core.parametres.DocumentsParametres;
import fr.monchai.core.port.Stockage;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** Builds every port over one pool. */
public final class Ports {

    private Ports() {}

    /**
     * Every port over one pool, sharing one transaction manager: a use case that touches the
     * ledger and the accounts (a sign-up creates a domaine and its administrator) is one transaction.
     *
     * @param depots the ledger's ports
     * @param comptes the members, sessions and tokens
     * @param idempotence the answers of idempotent creations
     * @param parametres the domaines' settings
     * @param boiteEnvoi the outbox, for a server that sends no mail
     */
    public record Tous(
            Stockage depots,
            Comptes comptes,
            Idempotence idempotence,
            DocumentsParametres parametres,
            Expediteur boiteEnvoi) {}

    /**
     * {@return the ports}
     *
     * @param dataSource a pool on a migrated database
     * @param schema the schema of Mon Chai's tables, set on each transaction; empty when the connections already
     *     look there
     */
    public static Tous creer(DataSource dataSource, java.util.Optional<String> schema) {
        Jdbi jdbi = Jdbi.create(dataSource);
        // TransactionsPg begins and ends its transactions itself; a connection in the host's transaction is closed
        // with that transaction open, on purpose (Jdbi would otherwise roll it back).
        jdbi.getConfig(org.jdbi.v3.core.Handles.class).setForceEndTransactions(false);
        TransactionsPg tx = new TransactionsPg(jdbi, schema);
        PgCompteursPeriodes compteursPeriodes = new PgCompteursPeriodes(tx);
        PgLots lots = new PgLots(tx);
        Stockage depots = new Stockage(
                tx,
                new PgDomaines(tx),
                new PgParcelles(tx),
                new PgVendanges(tx),
                new PgCuves(tx),
                lots,
                new PgBouteilleLots(tx),
                new PgJournal(tx, lots),
                compteursPeriodes,
                compteursPeriodes,
                new PgCapsules(tx),
                new PgReferencesSortie(tx),
                new PgDeclarations(tx),
                new PgVentes(tx));
        return new Tous(
                depots,
                new PgComptes(tx),
                new PgIdempotence(tx),
                new PgDocumentsParametres(tx),
                new PgCourriersSortants(tx));
    }
}
