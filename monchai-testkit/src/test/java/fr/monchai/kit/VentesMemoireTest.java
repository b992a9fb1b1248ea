package fr.monchai.kit;

import fr.monchai.core.memoire.*;
import fr.monchai.core.port.Stockage;

/** The sales contract tests, in memory. */
class VentesMemoireTest extends VentesContractTest {
    @Override
    protected Stockage nouveauxDepots() {
        return StockageMemoire.creer();
    }
}
