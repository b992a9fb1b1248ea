package fr.monchai.kit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.memoire.StockageMemoire;
import fr.monchai.core.vente.*;
import org.junit.jupiter.api.Test;

/** The sales state machine over 300 random sequences, in memory. */
class VenteProprieteTest {

    @Test
    void stock_numerotation_et_totaux_tiennent_sur_300_sequences_de_50_operations() {
        long operations = Propriete.de("ventes-memoire", () -> new VenteMachine(StockageMemoire.creer()))
                .essais(300)
                .etapes(50)
                .verifier();
        assertTrue(operations >= 300 * 50);
        for (String etat : java.util.List.of(
                "Commande VALIDEE",
                "Commande LIVREE",
                "Commande ANNULEE",
                "Facture FACTURE BROUILLON",
                "Facture FACTURE EMISE",
                "Facture FACTURE PAYEE",
                "Facture AVOIR EMISE",
                "Facture AVOIR PAYEE")) {
            assertTrue(
                    VenteMachine.ACCEPTEES.containsKey(etat), "no run reached " + etat + ": " + VenteMachine.ACCEPTEES);
        }
        System.out.println("ventes-memoire: " + operations + " operations; accepted: " + VenteMachine.ACCEPTEES);
    }
}
