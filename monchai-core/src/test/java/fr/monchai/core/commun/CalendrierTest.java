package fr.monchai.core.commun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.registre.NouvelleVendange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CalendrierTest {

    @Test
    void une_date_hors_du_registre_est_refusee_par_le_coeur_sur_chaque_chemin() {
        DomainException e = assertThrows(
                DomainException.class, () -> NouvelleVendange.de(1, LocalDate.of(202, 9, 12), Volume.hl("10"), 1L));
        assertEquals("date", e.champ());
        assertTrue(e.getMessage().contains("entre 1900 et 2100"), e.getMessage());
        assertEquals(
                "date",
                assertThrows(
                                DomainException.class,
                                () -> NouvelleVendange.de(1, LocalDate.of(20260, 9, 12), Volume.hl("10"), 1L))
                        .champ());
        NouvelleVendange.de(1, LocalDate.of(2100, 12, 31), Volume.hl("10"), 1L);
    }

    @Test
    void l_echeance_de_la_drm_est_le_10_du_mois_suivant_a_l_heure_francaise() {
        assertEquals(LocalDate.of(2026, 12, 10), Calendrier.prochaineEcheanceDrm(LocalDate.of(2026, 12, 10)));
        assertEquals(LocalDate.of(2027, 1, 10), Calendrier.prochaineEcheanceDrm(LocalDate.of(2026, 12, 11)));
        assertEquals(YearMonth.of(2026, 12), Calendrier.moisDeclare(LocalDate.of(2027, 1, 10)));
        // 23:30 UTC on the 31st of December is already the 1st of January in France.
        Clock reveillon = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2027, 1, 1), Calendrier.aujourdhui(reveillon));
        assertEquals(YearMonth.of(2027, 1), Calendrier.moisCourant(reveillon));
    }
}
