package fr.monchai.persistence;

import fr.monchai.core.port.Depots;
import fr.monchai.kit.RegistreContractTest;

/** The ledger's contract tests, on PostgreSQL. */
class RegistrePostgresTest extends RegistreContractTest {
    @Override
    protected Depots nouveauxDepots() {
        return BaseDeTest.depotsVides();
    }
}
