package fr.monchai.persistence.internal;

import static fr.monchai.persistence.internal.Colonnes.COLONNES_PRODUIT;
import static fr.monchai.persistence.internal.Colonnes.VALEURS_PRODUIT;

import fr.monchai.core.chai.Lot;
import fr.monchai.core.registre.Lots;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The lots on PostgreSQL. */
final class PgLots implements Lots {

    private final TransactionsPg tx;

    PgLots(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public Lot inserer(Lot l) {
        return tx.avec(h -> {
            Lot stocke = l.avecId(Colonnes.nouvelId(h));
            Colonnes.lier(
                            h.createUpdate("insert into lot (domaine_id, id, cuve_id, reference, " + COLONNES_PRODUIT
                                    + ") " + "values (:d, :id, :cuve, :reference, " + VALEURS_PRODUIT + ")"),
                            l.produit())
                    .bind("d", l.domaineId())
                    .bind("id", stocke.id())
                    .bind("cuve", l.cuveId())
                    .bind("reference", l.reference())
                    .execute();
            return stocke;
        });
    }

    @Override
    public Optional<Lot> trouver(long domaineId, long id) {
        return tx.memoriser(new Cle(domaineId, id), () -> tx.trouver("lot", domaineId, id, (rs, ctx) -> lot(rs)));
    }

    @Override
    public List<Lot> parCuve(long domaineId, long cuveId) {
        Optional<List<Lot>> lus = tx.prendre(new PgPreparationValidation.LotsDeCuve(domaineId, cuveId));
        if (lus.isPresent()) {
            return lus.get();
        }
        return tx.avec(h -> h.createQuery("select * from lot where domaine_id = :d and cuve_id = :c order by id")
                .bind("d", domaineId)
                .bind("c", cuveId)
                .map((rs, ctx) -> lot(rs))
                .list());
    }

    @Override
    public List<Lot> lister(long domaineId) {
        return tx.lister("lot", domaineId, (rs, ctx) -> lot(rs));
    }

    @Override
    public void supprimer(long domaineId, long id) {
        tx.oublier(new Cle(domaineId, id));
        tx.supprimer("lot", domaineId, id);
    }

    /** A lot in {@link TransactionsPg#memoriser}. */
    record Cle(long domaineId, long lotId) {}

    static Lot lot(ResultSet rs) throws SQLException {
        return new Lot(
                rs.getLong("id"),
                rs.getLong("domaine_id"),
                rs.getLong("cuve_id"),
                rs.getString("reference"),
                Colonnes.produit(rs));
    }
}
