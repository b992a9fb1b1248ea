package fr.monchai.comptes;

/**
 * An invitation as its link shows it to the invited person, before they accept it.
 *
 * @param email the invited address
 * @param domaine the domaine's name
 * @param role the role offered
 * @param nouveauCompte whether the person must choose a password (no proven account yet)
 */
public record Invitation(String email, String domaine, Role role, boolean nouveauCompte) {}
