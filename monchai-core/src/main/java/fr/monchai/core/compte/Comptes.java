package fr.monchai.core.compte;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores the members of each domaine, their browser sessions and their API tokens. A person
 * is an e-mail address: one membership row per domaine they belong to, all sharing one
 * password hash. Secrets arrive here already hashed ({@code empreinte}: a SHA-256).
 */
public interface Comptes {

    /**
     * Serialises the sign-ups and invitations of one address until the transaction ends.
     *
     * @param email the address
     */
    void verrouillerAdresse(String email);

    /**
     * {@return every membership of the address (any case), by domaine}
     *
     * @param email the address
     */
    List<Utilisateur> parAdresse(String email);

    /**
     * {@return the password hash the address's memberships share, if it has any}
     *
     * @param email the address
     */
    Optional<String> motDePasse(String email);

    /**
     * {@return it with its new id}
     *
     * @param utilisateur a membership with id 0
     * @param hache the person's password hash
     */
    Utilisateur inserer(Utilisateur utilisateur, String hache);

    /**
     * {@return the membership, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the membership
     */
    Optional<Utilisateur> trouver(long domaineId, long id);

    /**
     * Replaces the password hash of every membership of the address.
     *
     * @param email the address
     * @param hache the new password hash
     */
    void changerMotDePasse(String email, String hache);

    /**
     * {@return the domaine's members, by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    List<Utilisateur> membres(long domaineId);

    /**
     * Locks the domaine's memberships until the transaction ends (role changes keep an administrator).
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    void verrouillerMembres(long domaineId);

    /**
     * Changes a member's role.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the membership
     * @param role its new role
     */
    void changerRole(long domaineId, long id, Role role);

    /**
     * Records a new browser session.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param empreinte the SHA-256 of the session's secret
     * @param utilisateurId the member
     * @param csrf the form token of the session
     * @param expire when it ends unless used
     */
    void ouvrirSession(long domaineId, String empreinte, long utilisateurId, String csrf, Instant expire);

    /**
     * {@return the session, if it has not expired; its expiry becomes {@code expire}}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param empreinte the SHA-256 of the session's secret
     * @param expire its new expiry
     */
    Optional<SessionStockee> prolongerSession(long domaineId, String empreinte, Instant expire);

    /**
     * Ends a session.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param empreinte the SHA-256 of the session's secret
     */
    void fermerSession(long domaineId, String empreinte);

    /**
     * Records an API token.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param empreinte the SHA-256 of the token's secret
     * @param utilisateurId the member it acts for
     * @param nom what its owner calls it
     */
    void creerJeton(long domaineId, String empreinte, long utilisateurId, String nom);

    /**
     * {@return the member a token acts for}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param empreinte the SHA-256 of the token's secret
     */
    Optional<Long> jeton(long domaineId, String empreinte);
}
