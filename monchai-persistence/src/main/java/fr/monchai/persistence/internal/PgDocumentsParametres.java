package fr.monchai.persistence.internal;

import fr.monchai.core.parametres.DocumentsParametres;
import java.util.Optional;

/** Each domaine's settings document on PostgreSQL. */
final class PgDocumentsParametres implements DocumentsParametres {

    private final TransactionsPg tx;

    PgDocumentsParametres(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public Optional<String> lire(long domaineId, String nom) {
        return tx.avec(h -> h.createQuery("select contenu from parametres_domaine where domaine_id = :d and nom = :nom")
                .bind("d", domaineId)
                .bind("nom", nom)
                .mapTo(String.class)
                .findOne());
    }

    @Override
    public void ecrire(long domaineId, String nom, String contenu) {
        tx.avec(h -> h.createUpdate("insert into parametres_domaine (domaine_id, nom, contenu) values (:d, :nom, :c) "
                        + "on conflict (domaine_id, nom) do update set contenu = excluded.contenu")
                .bind("d", domaineId)
                .bind("nom", nom)
                .bind("c", contenu)
                .execute());
    }
}
