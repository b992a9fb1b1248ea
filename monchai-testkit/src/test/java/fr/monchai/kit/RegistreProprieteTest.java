package fr.monchai.kit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.memoire.*;
import fr.monchai.core.memoire.StockageMemoire;
import org.junit.jupiter.api.Test;

/** The ledger's stateful property on the in-memory store: 500 sequences of 60 operations. */
class RegistreProprieteTest {

    @Test
    void le_registre_garde_ses_invariants_sur_500_sequences_de_60_operations() {
        long operations = Propriete.de("registre-memoire", () -> new RegistreMachine(StockageMemoire.creer()))
                .essais(500)
                .etapes(60)
                .verifier();
        assertTrue(operations >= 500 * 60);
        System.out.println("registre-memoire: " + operations + " operations; outcomes:\n" + RegistreMachine.issues());
    }
}
