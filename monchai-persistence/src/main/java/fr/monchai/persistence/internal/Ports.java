package fr.monchai.persistence.internal;

import fr.monchai.core.port.Depots;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** Builds every port over one pool. */
public final class Ports {

    private Ports() {}

    /**
     * @param dataSource a pool on a migrated database
     * @return the ports
     */
    public static Depots creer(DataSource dataSource) {
        Tx tx = new Tx(Jdbi.create(dataSource));
        PgCompteursPeriodes compteursPeriodes = new PgCompteursPeriodes(tx);
        PgLots lots = new PgLots(tx);
        return new Depots(tx, new PgDomaines(tx), new PgParcelles(tx), new PgVendanges(tx), new PgCuves(tx), lots,
                new PgBouteilleLots(tx), new PgJournal(tx, lots), compteursPeriodes, compteursPeriodes, new PgCapsules(tx),
                new PgReferencesSortie(tx), new PgDeclarations(tx), new PgVentes(tx));
    }
}
