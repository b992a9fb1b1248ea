package fr.monchai.core.journal;

import fr.monchai.core.commun.Volume;

/**
 * One leg of a movement: a signed volume on one account. A movement's legs sum to zero.
 *
 * @param compte the account
 * @param volume what it gains (above zero) or gives (below zero)
 */
public record LigneMouvement(Compte compte, Volume volume) {}
