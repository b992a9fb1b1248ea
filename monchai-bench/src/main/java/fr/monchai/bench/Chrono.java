package fr.monchai.bench;

import java.util.Arrays;
import java.util.Locale;

/** Timing helpers: rates and latency percentiles, printed with fixed decimals. */
final class Chrono {

    private Chrono() {}

    /** @return operations per second */
    static long debit(long operations, long nanos) {
        return operations * 1_000_000_000L / Math.max(1, nanos);
    }

    /**
     * @param latences latencies in nanoseconds (sorted in place)
     * @param centile such as 50 or 99
     * @return that percentile, in microseconds
     */
    static long centileMicros(long[] latences, int centile) {
        Arrays.sort(latences);
        int i = (int) Math.min(latences.length - 1, (long) latences.length * centile / 100);
        return latences[i] / 1000;
    }

    /** @return a ratio to two decimals */
    static String ratio(long a, long b) {
        return String.format(Locale.ROOT, "%d.%02d×", a / Math.max(1, b), a * 100 / Math.max(1, b) % 100);
    }

    /** @return microseconds as milliseconds to three decimals */
    static String ms(long micros) {
        return String.format(Locale.ROOT, "%d.%03d ms", micros / 1000, micros % 1000);
    }
}
