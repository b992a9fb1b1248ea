package fr.monchai.persistence.internal;

import fr.monchai.comptes.Idempotence;
import java.util.Optional;

/** The answers of idempotent creations on PostgreSQL. */
final class PgIdempotence implements Idempotence {

    private final TransactionsPg tx;

    PgIdempotence(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Reponse> trouver(long domaineId, long utilisateurId, String cle) {
        return tx.avec(h -> h.createQuery(
                        "select requete, statut, corps from idempotence where domaine_id = :d and utilisateur_id = :u "
                                + "and cle = :c")
                .bind("d", domaineId)
                .bind("u", utilisateurId)
                .bind("c", cle)
                .map((rs, x) -> new Reponse(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .findOne());
    }

    @Override
    public void enregistrer(long domaineId, long utilisateurId, String cle, Reponse r) {
        tx.avec(h -> h.createUpdate("insert into idempotence (domaine_id, utilisateur_id, cle, requete, statut, corps) "
                        + "values (:d, :u, :c, :r, :s, :j) on conflict do nothing")
                .bind("d", domaineId)
                .bind("u", utilisateurId)
                .bind("c", cle)
                .bind("r", r.empreinte())
                .bind("s", r.statut())
                .bind("j", r.corps())
                .execute());
    }
}
