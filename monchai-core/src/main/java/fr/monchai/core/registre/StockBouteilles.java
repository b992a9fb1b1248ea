package fr.monchai.core.registre;

import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.commun.Volume;

/**
 * The bottles of a bouteille lot in stock now.
 *
 * @param bouteilleLot the bouteille lot
 * @param nbBouteilles how many bottles are left
 * @param volume their volume
 */
public record StockBouteilles(BouteilleLot bouteilleLot, long nbBouteilles, Volume volume) {}
