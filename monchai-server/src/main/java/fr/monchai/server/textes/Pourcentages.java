package fr.monchai.server.textes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Shares of a whole in percent with two decimals that sum to exactly 100 (largest remainder: each part rounded down to
 * the hundredth, the hundredths left over given to the largest remainders), so a lot's composition never reads
 * 99,99 %.
 */
public final class Pourcentages {

    private Pourcentages() {}

    /**
     * {@return each part's share, as shown}
     *
     * @param parts the parts, in any unit (millilitres)
     */
    public static List<String> de(List<Long> parts) {
        long total = parts.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return parts.stream().map(p -> "0").toList();
        }
        long[] centiemes = new long[parts.size()];
        long[] restes = new long[parts.size()];
        long distribues = 0;
        for (int i = 0; i < parts.size(); i++) {
            long numerateur = Math.multiplyExact(parts.get(i), 10_000L);
            centiemes[i] = numerateur / total;
            restes[i] = numerateur % total;
            distribues += centiemes[i];
        }
        List<Integer> ordre = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ordre.add(i);
        }
        ordre.sort((a, b) -> Long.compare(restes[b], restes[a]));
        for (int k = 0; k < 10_000 - distribues; k++) {
            centiemes[ordre.get(k)]++;
        }
        List<String> resultat = new ArrayList<>();
        for (long c : centiemes) {
            resultat.add(Formats.decimal(BigDecimal.valueOf(c, 2)));
        }
        return resultat;
    }
}
