package fr.monchai.persistence.internal;

import fr.monchai.core.compte.DocumentsParametres;
import java.util.Optional;

/** Each domaine's settings document on PostgreSQL. */
final class PgDocumentsParametres implements DocumentsParametres {

    private final TransactionsPg tx;

    PgDocumentsParametres(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public Optional<String> lire(long domaineId) {
        return tx.avec(h -> h.createQuery("select contenu from parametres_domaine where domaine_id = :d").bind("d", domaineId)
                .mapTo(String.class).findOne());
    }

    @Override
    public void ecrire(long domaineId, String json) {
        tx.avec(h -> h.createUpdate("insert into parametres_domaine (domaine_id, contenu) values (:d, :c) "
                + "on conflict (domaine_id) do update set contenu = excluded.contenu").bind("d", domaineId).bind("c", json).execute());
    }
}
