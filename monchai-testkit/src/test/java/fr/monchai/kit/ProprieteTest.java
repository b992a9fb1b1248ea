package fr.monchai.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The runner itself: it finds a planted bug, reports the seed, and shrinks to the essence. */
class ProprieteTest {

    /** A counter that must never reach 3 without a reset: bugged, it does. */
    record Op(String quoi) {}

    static final class Compteur implements Machine<Op> {
        int valeur;

        @Override
        public Op generer(SplittableRandom alea) {
            int tirage = alea.nextInt(10);
            return new Op(tirage < 4 ? "plus" : tirage < 5 ? "zero" : "rien");
        }

        @Override
        public void appliquer(Op op) {
            switch (op.quoi()) {
                case "plus" -> valeur++;
                case "zero" -> valeur = 0;
                default -> {}
            }
            if (valeur >= 3) {
                throw new AssertionError("counter reached " + valeur);
            }
        }
    }

    @Test
    void trouve_le_bug_donne_la_graine_et_reduit_a_trois_operations() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> Propriete.de("compteur", Compteur::new)
                        .essais(50)
                        .etapes(30)
                        .graine(42)
                        .verifier());
        assertTrue(e.getMessage().contains("seed 4"), e.getMessage());
        assertTrue(e.getMessage().contains("shrunk to 3:"), e.getMessage());
        assertEquals(
                3,
                e.getMessage().lines().filter(l -> l.contains("Op[quoi=plus]")).count(),
                e.getMessage());
    }

    @Test
    void une_propriete_vraie_passe_et_compte_ses_operations() {
        long n = Propriete.de("vrai", () -> new Machine<Op>() {
                    @Override
                    public Op generer(SplittableRandom alea) {
                        return new Op("rien");
                    }

                    @Override
                    public void appliquer(Op op) {}
                })
                .essais(10)
                .etapes(7)
                .verifier();
        assertEquals(70, n);
    }
}
