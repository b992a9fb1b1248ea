package fr.monchai.server.textes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A lot's composition in percent sums to 100, never 99,99 (largest remainder). */
class PourcentagesTest {

    @Test
    void les_parts_font_toujours_cent_pour_cent() {
        assertEquals(List.of("33,34", "33,33", "33,33"), Pourcentages.de(List.of(1L, 1L, 1L)));
        assertEquals(List.of("50", "50"), Pourcentages.de(List.of(2395L, 2395L)));
        List<String> parts = Pourcentages.de(List.of(239_572L, 178_000L, 7L));
        long somme = parts.stream()
                .mapToLong(p -> new java.math.BigDecimal(p.replace(',', '.'))
                        .movePointRight(2)
                        .longValueExact())
                .sum();
        assertEquals(10_000, somme, parts.toString());
        assertEquals(List.of("0"), Pourcentages.de(List.of(0L)));
    }
}
