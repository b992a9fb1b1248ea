package fr.monchai.core.registre;

import fr.monchai.core.chai.Vendange;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.Mouvement;
import java.util.List;
import java.util.SortedSet;

/**
 * Where a lot's wine came from (amont) or went to (aval), through validated movements and
 * in time order: only wine that entered before it left is followed.
 *
 * @param depart the account traced from
 * @param lots the other lots reached
 * @param bouteilleLots the bouteille lots reached
 * @param vendanges the harvests reached (amont)
 * @param parcelles the parcelles those harvests came from (amont)
 * @param mouvements the movements followed, in register order (aval: sales among them)
 */
public record Tracabilite(
        Compte depart,
        SortedSet<Long> lots,
        SortedSet<Long> bouteilleLots,
        List<Vendange> vendanges,
        SortedSet<Long> parcelles,
        List<Mouvement> mouvements) {}
