package fr.monchai.kit;

import fr.monchai.core.memoire.*;
import fr.monchai.core.port.Depots;

class RegistreMemoireTest extends RegistreContractTest {
    @Override
    protected Depots nouveauxDepots() {
        return MemoireDepots.creer();
    }
}
