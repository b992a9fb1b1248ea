package fr.monchai.comptes;

/**
 * An open browser session in one domaine.
 *
 * @param cookie the session cookie's value (shown once; only its hash is stored)
 * @param csrf the token the browser echoes on every write
 * @param utilisateur who is logged in, in which domaine, with which role
 */
public record Session(String cookie, String csrf, Utilisateur utilisateur) {}
