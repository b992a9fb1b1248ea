package fr.monchai.persistence;

import fr.monchai.core.port.Stockage;
import fr.monchai.kit.RegistreContractTest;

/** The ledger's contract tests, on PostgreSQL. */
class RegistrePostgresTest extends RegistreContractTest {
    @Override
    protected Stockage nouveauxDepots() {
        return BaseDeTest.depotsVides();
    }
}
