package fr.monchai.comptes;

/**
 * The messages the accounts send a person, each carrying the secret of a link (its hash alone is
 * stored). The hosted server mails them; they must reach the address they name and nobody else.
 */
public interface Avis {

    /**
     * Asks the person to confirm a sign-up.
     *
     * @param email the address to confirm
     * @param domaine the domaine's name, created when they confirm
     * @param jeton the link's secret
     * @param compteExistant whether the address already has an account (its password stays)
     */
    void confirmerInscription(String email, String domaine, String jeton, boolean compteExistant);

    /**
     * Invites a person to a domaine.
     *
     * @param email the invited address
     * @param domaine the domaine's name
     * @param invitant the administrator's name
     * @param role the role offered
     * @param jeton the link's secret
     */
    void inviter(String email, String domaine, String invitant, Role role, String jeton);

    /**
     * Lets a person choose a new password.
     *
     * @param email the account's address
     * @param jeton the link's secret
     * @param verification true when the account must prove its address (made by an earlier version), false for a forgotten password
     */
    void reinitialiser(String email, String jeton, boolean verification);

    /**
     * Tells a person their password changed, so that a change they did not make does not go unnoticed.
     *
     * @param email the account's address
     */
    void motDePasseChange(String email);
}
