package fr.monchai.persistence.internal;

import static fr.monchai.persistence.internal.Colonnes.COLONNES_PRODUIT;
import static fr.monchai.persistence.internal.Colonnes.VALEURS_PRODUIT;

import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.registre.BouteilleLots;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The bouteille lots on PostgreSQL. */
final class PgBouteilleLots implements BouteilleLots {

    private final TransactionsPg tx;

    PgBouteilleLots(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public BouteilleLot inserer(BouteilleLot b) {
        return tx.avec(h -> {
            BouteilleLot stocke = b.avecId(Colonnes.nouvelId(h));
            Colonnes.lier(
                            h.createUpdate(
                                    "insert into bouteille_lot (domaine_id, id, source_lot_id, nb_bouteilles, contenance_ml, date, "
                                            + "reference, droits_acquittes, " + COLONNES_PRODUIT
                                            + ") values (:d, :id, :source, :nb, :contenance, :date, "
                                            + ":reference, :acquittes, " + VALEURS_PRODUIT + ")"),
                            b.produit())
                    .bind("d", b.domaineId())
                    .bind("id", stocke.id())
                    .bind("source", Colonnes.nullable(b.sourceLotId()))
                    .bind("nb", b.nbBouteilles())
                    .bind("contenance", b.contenanceMl())
                    .bind("date", b.date())
                    .bind("reference", b.reference())
                    .bind("acquittes", b.droitsAcquittes())
                    .execute();
            return stocke;
        });
    }

    @Override
    public Optional<BouteilleLot> trouver(long domaineId, long id) {
        return tx.memoriser(
                new Cle(domaineId, id),
                () -> tx.trouver("bouteille_lot", domaineId, id, (rs, ctx) -> bouteilleLot(rs)));
    }

    @Override
    public List<BouteilleLot> lister(long domaineId) {
        return tx.lister("bouteille_lot", domaineId, (rs, ctx) -> bouteilleLot(rs));
    }

    @Override
    public void supprimer(long domaineId, long id) {
        tx.oublier(new Cle(domaineId, id));
        tx.supprimer("bouteille_lot", domaineId, id);
    }

    /** A bouteille lot in {@link TransactionsPg#memoriser}. */
    record Cle(long domaineId, long bouteilleLotId) {}

    static BouteilleLot bouteilleLot(ResultSet rs) throws SQLException {
        return new BouteilleLot(
                rs.getLong("id"),
                rs.getLong("domaine_id"),
                Colonnes.optionalLong(rs, "source_lot_id"),
                rs.getLong("nb_bouteilles"),
                rs.getInt("contenance_ml"),
                Colonnes.date(rs, "date"),
                rs.getString("reference"),
                Colonnes.produit(rs),
                rs.getBoolean("droits_acquittes"));
    }
}
