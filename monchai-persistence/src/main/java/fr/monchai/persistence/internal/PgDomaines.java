package fr.monchai.persistence.internal;

import fr.monchai.core.chai.Domaine;
import fr.monchai.core.registre.Domaines;
import java.util.Optional;

/** The domaines on PostgreSQL. */
final class PgDomaines implements Domaines {

    private final TransactionsPg tx;

    PgDomaines(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public Domaine inserer(Domaine d) {
        return tx.avec(h -> {
            long id = Colonnes.nouvelId(h);
            h.createUpdate("insert into domaine (domaine_id, nom) values (:id, :nom)")
                    .bind("id", id)
                    .bind("nom", d.nom())
                    .execute();
            return new Domaine(id, d.nom());
        });
    }

    @Override
    public Optional<Domaine> trouver(long id) {
        return tx.avec(h -> h.createQuery("select domaine_id, nom from domaine where domaine_id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Domaine(rs.getLong(1), rs.getString(2)))
                .findOne());
    }

    @Override
    public java.util.List<Integer> contenances(long domaineId) {
        return tx.avec(h -> h.createQuery(
                        "select contenance_ml from contenance_domaine where domaine_id = :d order by contenance_ml")
                .bind("d", domaineId)
                .mapTo(Integer.class)
                .list());
    }

    @Override
    public void ajouterContenance(long domaineId, int contenanceMl) {
        tx.avec(h -> h.createUpdate(
                        "insert into contenance_domaine (domaine_id, contenance_ml) values (:d, :c) on conflict do nothing")
                .bind("d", domaineId)
                .bind("c", contenanceMl)
                .execute());
    }
}
