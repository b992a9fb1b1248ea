package fr.monchai.kit;

import fr.monchai.core.memoire.*;
import fr.monchai.core.port.Stockage;

class RegistreMemoireTest extends RegistreContractTest {
    @Override
    protected Stockage nouveauxDepots() {
        return StockageMemoire.creer();
    }
}
