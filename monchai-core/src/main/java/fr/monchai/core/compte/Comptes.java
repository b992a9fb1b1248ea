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

    /** Serialises the sign-ups and invitations of one address until the transaction ends. */
    void verrouillerAdresse(String email);

    /** @return every membership of the address (any case), by domaine */
    List<Utilisateur> parAdresse(String email);

    /** @return the password hash the address's memberships share, if it has any */
    Optional<String> motDePasse(String email);

    /**
     * @param utilisateur a membership with id 0
     * @param hache the person's password hash
     * @return it with its new id
     */
    Utilisateur inserer(Utilisateur utilisateur, String hache);

    Optional<Utilisateur> trouver(long domaineId, long id);

    /** Replaces the password hash of every membership of the address. */
    void changerMotDePasse(String email, String hache);

    /** @return the domaine's members, by id */
    List<Utilisateur> membres(long domaineId);

    /** Locks the domaine's memberships until the transaction ends (role changes keep an administrator). */
    void verrouillerMembres(long domaineId);

    void changerRole(long domaineId, long id, Role role);

    void ouvrirSession(long domaineId, String empreinte, long utilisateurId, String csrf, Instant expire);

    /** @return the session, if it has not expired; its expiry becomes {@code expire} */
    Optional<SessionStockee> prolongerSession(long domaineId, String empreinte, Instant expire);

    void fermerSession(long domaineId, String empreinte);

    void creerJeton(long domaineId, String empreinte, long utilisateurId, String nom);

    /** @return the member a token acts for */
    Optional<Long> jeton(long domaineId, String empreinte);
}
