package fr.monchai.core.memoire;

import fr.monchai.core.port.Depots;
import fr.monchai.core.vente.VentesContractTest;

/** The sales contract tests, in memory. */
class VentesMemoireTest extends VentesContractTest {
    @Override
    protected Depots nouveauxDepots() {
        return MemoireDepots.creer();
    }
}
