package fr.monchai.core.registre;

import fr.monchai.core.chai.Cuve;
import fr.monchai.core.commun.Volume;
import java.util.List;

/**
 * A cuve now: the lots it holds and the room left.
 *
 * @param cuve the cuve
 * @param lots its lots that hold wine
 * @param volume what it holds
 * @param libre its capacity less what it holds
 */
public record EtatCuve(Cuve cuve, List<LotEnCuve> lots, Volume volume, Volume libre) {}
