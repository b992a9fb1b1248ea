package fr.monchai.core.registre;

import fr.monchai.core.chai.Lot;
import fr.monchai.core.commun.Volume;

/**
 * A lot with the volume it holds now.
 *
 * @param lot the lot
 * @param volume its validated volume now (available to move)
 */
public record LotEnCuve(Lot lot, Volume volume) {}
