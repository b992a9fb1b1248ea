package fr.monchai.core.memoire;

import fr.monchai.core.port.Depots;
import fr.monchai.core.service.RegistreContractTest;

class RegistreMemoireTest extends RegistreContractTest {
    @Override
    protected Depots nouveauxDepots() {
        return MemoireDepots.creer();
    }
}
