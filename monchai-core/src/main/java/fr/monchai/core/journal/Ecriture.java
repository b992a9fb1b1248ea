package fr.monchai.core.journal;

import fr.monchai.core.commun.Volume;

/**
 * A validated leg on one account, with where it stands in time.
 *
 * @param position the movement's position
 * @param mouvementId the movement
 * @param volume the signed volume on the account
 */
public record Ecriture(Position position, long mouvementId, Volume volume) {}
