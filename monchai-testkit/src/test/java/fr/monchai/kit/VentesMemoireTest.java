package fr.monchai.kit;

import fr.monchai.core.memoire.*;
import fr.monchai.core.port.Depots;

/** The sales contract tests, in memory. */
class VentesMemoireTest extends VentesContractTest {
    @Override
    protected Depots nouveauxDepots() {
        return MemoireDepots.creer();
    }
}
