package fr.monchai.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.kit.Propriete;
import fr.monchai.kit.RegistreMachine;
import org.junit.jupiter.api.Test;

/** The ledger's stateful property (the same machine as in memory) on PostgreSQL. */
class RegistreProprietePostgresTest {

    @Test
    void le_registre_garde_ses_invariants_sur_postgresql() {
        long operations = Propriete.de("registre-postgres", () -> new RegistreMachine(BaseDeTest.depotsVides()))
                .essais(60)
                .etapes(40)
                .verifier();
        assertTrue(operations >= 60 * 40);
        System.out.println("registre-postgres: " + operations + " operations; outcomes:\n" + RegistreMachine.issues());
    }
}
