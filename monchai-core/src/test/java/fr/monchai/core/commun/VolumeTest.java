package fr.monchai.core.commun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VolumeTest {

    @Test
    void un_hectolitre_a_cinq_decimales_est_exactement_un_millilitre() {
        assertEquals(1, Volume.hl("0.00001").millilitres());
        assertEquals(2_540_000, Volume.hl("25.4").millilitres());
        assertEquals(new BigDecimal("25.4"), Volume.hl("25.40000").enHl());
        assertEquals(new BigDecimal("100"), Volume.hl("1E+2").enHl());
        assertEquals("0.45 hl", Volume.bouteilles(60, 750).toString());
        assertEquals("-3 hl", Volume.hl("-3").toString());
    }

    @Test
    void plus_fin_que_le_millilitre_ou_trop_grand_est_refuse() {
        // Typed as text (what a person or a file gives): a refusal naming the field.
        assertEquals(
                CodeErreur.VOLUME_INVALIDE,
                assertThrows(DomainException.class, () -> Volume.hl("0.000001")).code());
        assertEquals(
                "volume",
                assertThrows(DomainException.class, () -> Volume.hl("1e20")).champ());
        // As a number (what a program computes): arithmetic.
        assertThrows(ArithmeticException.class, () -> Volume.hl(new BigDecimal("0.000001")));
        assertThrows(ArithmeticException.class, () -> Volume.ml(Long.MAX_VALUE).plus(Volume.ml(1)));
    }

    @Test
    void dix_fois_un_dixieme_font_exactement_un() {
        Volume v = Volume.ZERO;
        for (int i = 0; i < 10; i++) {
            v = v.plus(Volume.hl("0.1"));
        }
        assertEquals(Volume.hl("1"), v);
        assertEquals(Volume.hl("0.3"), Volume.hl("0.1").plus(Volume.hl("0.2")));
    }
}
