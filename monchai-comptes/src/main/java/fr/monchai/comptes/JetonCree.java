package fr.monchai.comptes;

import java.time.Instant;

/**
 * A new API token: its secret is here once, and never stored.
 *
 * @param id its id, to list and revoke it
 * @param jeton the bearer token to send in {@code Authorization: Bearer …}
 * @param expire when it stops working
 */
public record JetonCree(long id, String jeton, Instant expire) {}
