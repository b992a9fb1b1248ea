package fr.monchai.core.registre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Ecriture;
import fr.monchai.core.journal.Position;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReglesTest {

    static Ecriture e(String date, long numero, String hl) {
        return new Ecriture(new Position(LocalDate.parse(date), numero), numero, Volume.hl(hl));
    }

    @Test
    void le_disponible_a_une_date_tient_compte_des_sorties_posterieures() {
        List<Ecriture> ecritures = List.of(e("2026-09-10", 1, "10"), e("2026-09-20", 2, "-8"), e("2026-09-25", 3, "5"));
        assertEquals(Volume.hl("2"), Regles.minimumAPartirDe(ecritures, Position.finDe(LocalDate.parse("2026-09-15"))));
        assertEquals(Volume.hl("0"), Regles.minimumAPartirDe(ecritures, Position.finDe(LocalDate.parse("2026-09-01"))));
        assertEquals(Volume.hl("7"), Regles.minimumAPartirDe(ecritures, Position.finDe(LocalDate.parse("2026-09-30"))));
        assertEquals(
                Volume.hl("10"), Regles.maximumAPartirDe(ecritures, Position.finDe(LocalDate.parse("2026-09-15"))));
        assertEquals(Volume.ZERO, Regles.minimumAPartirDe(List.of(), Position.finDe(LocalDate.parse("2026-09-15"))));
    }
}
