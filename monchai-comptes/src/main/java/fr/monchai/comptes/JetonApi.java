package fr.monchai.comptes;

import java.time.Instant;

/**
 * An API token as it is listed: never its secret, shown once at creation.
 *
 * @param id its id, to revoke it
 * @param nom what its owner calls it
 * @param utilisateurId the member it acts for
 * @param creeLe when it was created
 * @param expire when it stops working
 */
public record JetonApi(long id, String nom, long utilisateurId, Instant creeLe, Instant expire) {}
