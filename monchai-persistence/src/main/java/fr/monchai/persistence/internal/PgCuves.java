package fr.monchai.persistence.internal;

import fr.monchai.core.chai.Cuve;
import fr.monchai.core.registre.Cuves;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The cuves on PostgreSQL. */
final class PgCuves implements Cuves {

    private final TransactionsPg tx;

    PgCuves(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public Cuve inserer(Cuve c) {
        return tx.avec(h -> {
            Cuve stockee = c.avecId(Colonnes.nouvelId(h));
            ecrire(stockee);
            return stockee;
        });
    }

    @Override
    public void verrouiller(long domaineId, long cuveId) {
        tx.avec(h -> h.createQuery("select id from cuve where domaine_id = :d and id = :id for update")
                .bind("d", domaineId)
                .bind("id", cuveId)
                .mapTo(Long.class)
                .findOne());
    }

    @Override
    public void mettreAJour(Cuve c) {
        tx.oublier(new Cle(c.domaineId(), c.id()));
        ecrire(c);
    }

    /** Inserts or replaces the row: one statement for both, so a new column cannot be forgotten in one of them. */
    private void ecrire(Cuve c) {
        tx.avec(h -> h.createUpdate(
                        "insert into cuve (domaine_id, id, nom, capacite_ml, materiau) values (:d, :id, :nom, :capacite, :materiau) "
                                + "on conflict (domaine_id, id) do update set (nom, capacite_ml, materiau) = "
                                + "(excluded.nom, excluded.capacite_ml, excluded.materiau)")
                .bind("d", c.domaineId())
                .bind("id", c.id())
                .bind("nom", c.nom())
                .bind("capacite", c.capacite().millilitres())
                .bind("materiau", c.materiau())
                .execute());
    }

    @Override
    public Optional<Cuve> trouver(long domaineId, long id) {
        return tx.memoriser(new Cle(domaineId, id), () -> tx.trouver("cuve", domaineId, id, (rs, ctx) -> cuve(rs)));
    }

    @Override
    public List<Cuve> lister(long domaineId) {
        return tx.lister("cuve", domaineId, (rs, ctx) -> cuve(rs));
    }

    static Cuve cuve(ResultSet rs) throws SQLException {
        return new Cuve(
                rs.getLong("id"),
                rs.getLong("domaine_id"),
                rs.getString("nom"),
                Colonnes.volume(rs, "capacite_ml"),
                rs.getString("materiau"));
    }

    /** A cuve in {@link TransactionsPg#memoriser}. */
    record Cle(long domaineId, long cuveId) {}
}
