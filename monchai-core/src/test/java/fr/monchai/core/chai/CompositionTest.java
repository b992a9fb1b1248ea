package fr.monchai.core.chai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.monchai.core.commun.Volume;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CompositionTest {

    static Composant c(int millesime, long parcelle) {
        return new Composant(OptionalInt.of(millesime), "Melon B.", OptionalLong.of(parcelle), "Muscadet");
    }

    @Test
    void un_tiers_de_trois_parts_egales_se_partage_sans_perdre_un_millilitre() {
        TreeMap<Composant, Volume> m = new TreeMap<>();
        m.put(c(2024, 1), Volume.ml(1));
        m.put(c(2025, 1), Volume.ml(1));
        m.put(c(2026, 1), Volume.ml(1));
        Composition trois = new Composition(m);
        Composition deux = trois.proportionnelle(Volume.ml(2));
        assertEquals(Volume.ml(2), deux.total());
        assertEquals(Volume.ml(1), trois.moins(deux).total());
        assertEquals(deux, trois.proportionnelle(Volume.ml(2)), "deterministic");
    }

    @Test
    void un_partage_aleatoire_est_toujours_exact_et_borne_par_chaque_part() {
        SplittableRandom alea = new SplittableRandom(7);
        for (int essai = 0; essai < 2_000; essai++) {
            TreeMap<Composant, Volume> m = new TreeMap<>();
            int n = 1 + alea.nextInt(6);
            for (int i = 0; i < n; i++) {
                m.put(c(2020 + i, alea.nextInt(3)), Volume.ml(1 + alea.nextLong(10_000_000_000L)));
            }
            Composition lot = new Composition(m);
            Volume prise = Volume.ml(alea.nextLong(lot.total().millilitres() + 1));
            Composition part = lot.proportionnelle(prise);
            assertEquals(prise, part.total());
            Composition reste = lot.moins(part);
            assertEquals(lot.total(), part.total().plus(reste.total()));
            assertEquals(lot, part.plus(reste));
        }
    }

    @Test
    void on_ne_prend_rien_a_une_composition_vide_ni_plus_qu_une_part() {
        assertThrows(IllegalArgumentException.class, () -> Composition.VIDE.proportionnelle(Volume.ml(1)));
        assertEquals(Composition.VIDE, Composition.VIDE.proportionnelle(Volume.ZERO));
        Composition un = Composition.de(c(2026, 1), Volume.ml(1));
        assertThrows(IllegalArgumentException.class, () -> un.moins(Composition.de(c(2026, 1), Volume.ml(2))));
    }
}
