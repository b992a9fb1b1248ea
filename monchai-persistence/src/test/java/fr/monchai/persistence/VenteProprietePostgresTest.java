package fr.monchai.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.kit.Propriete;
import fr.monchai.kit.VenteMachine;
import org.junit.jupiter.api.Test;

/** The sales state machine on PostgreSQL. */
class VenteProprietePostgresTest {

    @Test
    void stock_numerotation_et_totaux_tiennent_sur_postgresql() {
        long operations = Propriete.de("ventes-postgres", () -> new VenteMachine(BaseDeTest.depotsVides()))
                .essais(30)
                .etapes(40)
                .verifier();
        assertTrue(operations >= 30 * 40);
    }
}
