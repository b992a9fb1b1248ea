package fr.monchai.comptes;

/**
 * What the store keeps of a session: never the cookie itself.
 *
 * @param utilisateurId the member logged in
 * @param csrf its CSRF token
 */
public record SessionStockee(long utilisateurId, String csrf) {}
