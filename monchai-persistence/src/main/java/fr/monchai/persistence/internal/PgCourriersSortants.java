package fr.monchai.persistence.internal;

import fr.monchai.comptes.Courriel;
import fr.monchai.comptes.Expediteur;

/** The outbox of a server with no SMTP server: each mail a row, that a local run and its tests read back. */
final class PgCourriersSortants implements Expediteur {

    private final TransactionsPg tx;

    PgCourriersSortants(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public void envoyer(Courriel c) {
        tx.executer(() -> tx.avec(
                h -> h.createUpdate("insert into courrier_sortant (destinataire, sujet, texte) values (:d, :s, :t)")
                        .bind("d", c.destinataire())
                        .bind("s", c.sujet())
                        .bind("t", c.texte())
                        .execute()));
    }
}
