package fr.monchai.comptes;

import java.util.Optional;

/**
 * Keeps what a creation answered under its idempotency key, so that a retry gets the first
 * answer instead of creating twice. A key belongs to the member who sent it: another member
 * sending the same key makes another request. An answer that carries a secret is never kept.
 */
public interface Idempotence {

    /**
     * The answer a key was given.
     *
     * @param empreinte what identifies the request (method, path, hash of the body)
     * @param statut the HTTP status sent
     * @param corps the JSON body sent
     */
    record Reponse(String empreinte, int statut, String corps) {}

    /**
     * {@return the first answer given under that key, if any}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param utilisateurId the member who sent it
     * @param cle the idempotency key
     */
    Optional<Reponse> trouver(long domaineId, long utilisateurId, String cle);

    /**
     * Keeps the first answer of a key; a second one for the same key is ignored.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param utilisateurId the member who sent it
     * @param cle the idempotency key
     * @param reponse the answer sent
     */
    void enregistrer(long domaineId, long utilisateurId, String cle, Reponse reponse);
}
