package fr.monchai.comptes;

/** Sends mail: an SMTP server in production, or an outbox that a local run and its log show. */
@FunctionalInterface
public interface Expediteur {

    /**
     * Sends one mail.
     *
     * @param courriel the mail
     * @throws RuntimeException when it could not be handed over (the caller logs it; nobody else learns it)
     */
    void envoyer(Courriel courriel);
}
