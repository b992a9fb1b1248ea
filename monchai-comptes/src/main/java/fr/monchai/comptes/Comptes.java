package fr.monchai.comptes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores the people, their memberships of each domaine, their browser sessions, API tokens and
 * the links mailed to them. Secrets arrive here already hashed ({@code empreinte}: a SHA-256;
 * a password: its salted hash); addresses are compared without case.
 */
public interface Comptes {

    /**
     * Serialises the sign-ups, invitations and password changes of one address until the transaction ends.
     *
     * @param email the address
     */
    void verrouillerAdresse(String email);

    /**
     * {@return the person of that address, if there is one}
     *
     * @param email the address (any case)
     */
    Optional<Personne> personne(String email);

    /**
     * Creates the person or replaces their password, and records that they proved their address.
     *
     * @param email the address
     * @param hache the password's salted hash
     * @param verifieeLe when the address was proven
     */
    void enregistrerPersonne(String email, String hache, Instant verifieeLe);

    /**
     * Records that the person proved their address, keeping their password.
     *
     * @param email the address
     * @param verifieeLe when
     */
    void verifier(String email, Instant verifieeLe);

    /**
     * Remembers the domaine a person chose, where their next log-in opens.
     *
     * @param email the address
     * @param domaineId the domaine
     */
    void preferer(String email, long domaineId);

    /**
     * {@return every membership of the address, active or invited, by domaine}
     *
     * @param email the address (any case)
     */
    List<Utilisateur> parAdresse(String email);

    /**
     * {@return it with its new id}
     *
     * @param utilisateur a membership with id 0
     * @param le when it was created (the invitation's date, for an invited member)
     */
    Utilisateur inserer(Utilisateur utilisateur, Instant le);

    /**
     * {@return the membership, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the membership
     */
    Optional<Utilisateur> trouver(long domaineId, long id);

    /**
     * {@return the domaine's members, active and invited, by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    List<Utilisateur> membres(long domaineId);

    /**
     * Locks the domaine's memberships until the transaction ends (role changes and removals keep an administrator).
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    void verrouillerMembres(long domaineId);

    /**
     * Changes a member's name and role (an invitation sent again).
     *
     * @param membre the membership with its new name and role
     */
    void modifier(Utilisateur membre);

    /**
     * Makes an invited membership active.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the membership
     */
    void activer(long domaineId, long id);

    /**
     * Removes a membership with its sessions, API tokens and pending links.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the membership
     */
    void supprimer(long domaineId, long id);

    /**
     * Records a new browser session.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param empreinte the SHA-256 of the session's secret
     * @param utilisateurId the member
     * @param csrf the form token of the session
     * @param ouverte when it opened
     * @param expire when it ends unless used
     */
    void ouvrirSession(
            long domaineId, String empreinte, long utilisateurId, String csrf, Instant ouverte, Instant expire);

    /**
     * {@return the session, if it has not expired; it then expires after {@code inactivite}
     * more, but never later than {@code dureeMax} after it opened}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param empreinte the SHA-256 of the session's secret
     * @param maintenant the time now
     * @param inactivite how long it lasts without use
     * @param dureeMax how long it lasts at most
     */
    Optional<SessionStockee> prolongerSession(
            long domaineId, String empreinte, Instant maintenant, Duration inactivite, Duration dureeMax);

    /**
     * Ends a session.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param empreinte the SHA-256 of the session's secret
     */
    void fermerSession(long domaineId, String empreinte);

    /**
     * Ends every session of a person, in every domaine.
     *
     * @param email the address
     */
    void fermerSessions(String email);

    /**
     * Records an API token.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param empreinte the SHA-256 of the token's secret
     * @param utilisateurId the member it acts for
     * @param nom what its owner calls it
     * @param cree when it was created
     * @param expire when it stops working
     * @return its id
     */
    long creerJeton(long domaineId, String empreinte, long utilisateurId, String nom, Instant cree, Instant expire);

    /**
     * {@return the member a token acts for, while it has not expired}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param empreinte the SHA-256 of the token's secret
     * @param maintenant the time now
     */
    Optional<Long> jeton(long domaineId, String empreinte, Instant maintenant);

    /**
     * {@return the domaine's API tokens, expired ones included, by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    List<JetonApi> jetons(long domaineId);

    /**
     * Revokes an API token.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the token's id
     * @return whether the domaine had it
     */
    boolean revoquerJeton(long domaineId, long id);

    /**
     * Records a link mailed to a person, and forgets the links long expired.
     *
     * @param lien the link
     * @param cree when it was made
     */
    void creerLien(LienCourriel lien, Instant cree);

    /**
     * {@return the link, if it is of that kind, unused and unexpired}
     *
     * @param empreinte the SHA-256 of the link's secret
     * @param objet what it must be for
     * @param maintenant the time now
     */
    Optional<LienCourriel> lien(String empreinte, ObjetLien objet, Instant maintenant);

    /**
     * Uses a link: it works once. The check and the use are one step, so two clicks at once use it once.
     *
     * @param empreinte the SHA-256 of the link's secret
     * @param objet what it must be for
     * @param maintenant the time now
     * @return the link, if it was of that kind, unused and unexpired
     */
    Optional<LienCourriel> utiliserLien(String empreinte, ObjetLien objet, Instant maintenant);

    /**
     * Cancels the unused links of an address for that purpose (a new one replaces them).
     *
     * @param email the address
     * @param objet their purpose
     */
    void annulerLiens(String email, ObjetLien objet);
}
