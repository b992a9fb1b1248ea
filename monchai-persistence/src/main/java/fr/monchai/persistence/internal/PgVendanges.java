package fr.monchai.persistence.internal;

import fr.monchai.core.chai.FiltreVendanges;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.registre.Vendanges;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The vendanges on PostgreSQL. */
final class PgVendanges implements Vendanges {

    private final TransactionsPg tx;

    PgVendanges(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public Vendange inserer(Vendange v) {
        return tx.avec(h -> {
            Vendange stockee = v.avecId(Colonnes.nouvelId(h));
            h.createUpdate(
                            "insert into vendange (domaine_id, id, parcelle_id, date, volume_ml, dechets_ml, mouvement_id) "
                                    + "values (:d, :id, :parcelle, :date, :volume, :dechets, :mouvement)")
                    .bind("d", v.domaineId())
                    .bind("id", stockee.id())
                    .bind("parcelle", v.parcelleId())
                    .bind("date", v.date())
                    .bind("volume", v.volume().millilitres())
                    .bind("dechets", v.dechets().millilitres())
                    .bind("mouvement", Colonnes.nullable(v.mouvementId()))
                    .execute();
            return stockee;
        });
    }

    @Override
    public void mettreAJour(Vendange v) {
        tx.avec(h -> h.createUpdate("update vendange set mouvement_id = :mouvement where domaine_id = :d and id = :id")
                .bind("mouvement", Colonnes.nullable(v.mouvementId()))
                .bind("d", v.domaineId())
                .bind("id", v.id())
                .execute());
    }

    @Override
    public List<Vendange> lister(long domaineId, FiltreVendanges filtre) {
        return tx.avec(h -> h.createQuery("select * from vendange where domaine_id = :d"
                        + " and (cast(:p as bigint) is null or parcelle_id = :p)"
                        + " and (cast(:du as date) is null or date >= :du) and (cast(:au as date) is null or date <= :au)"
                        + " order by date, id")
                .bind("d", domaineId)
                .bind("p", Colonnes.nullable(filtre.parcelleId()))
                .bindByType("du", filtre.du().orElse(null), java.time.LocalDate.class)
                .bindByType("au", filtre.au().orElse(null), java.time.LocalDate.class)
                .map((rs, ctx) -> vendange(rs))
                .list());
    }

    @Override
    public Optional<Vendange> parMouvement(long domaineId, long mouvementId) {
        return tx.avec(h -> h.createQuery("select * from vendange where domaine_id = :d and mouvement_id = :m")
                .bind("d", domaineId)
                .bind("m", mouvementId)
                .map((rs, ctx) -> vendange(rs))
                .findFirst());
    }

    @Override
    public Optional<Vendange> trouver(long domaineId, long id) {
        return tx.trouver("vendange", domaineId, id, (rs, ctx) -> vendange(rs));
    }

    private static Vendange vendange(ResultSet rs) throws SQLException {
        return new Vendange(
                rs.getLong("id"),
                rs.getLong("domaine_id"),
                rs.getLong("parcelle_id"),
                Colonnes.date(rs, "date"),
                Colonnes.volume(rs, "volume_ml"),
                Colonnes.volume(rs, "dechets_ml"),
                Colonnes.optionalLong(rs, "mouvement_id"));
    }
}
