package fr.monchai.server.textes;

import fr.monchai.core.commun.Volume;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Values as a French reader reads them: decimal commas, grouped thousands, jj/mm/aaaa; never through {@code double}. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private Formats() {}

    /**
     * {@return a day as jj/mm/aaaa}
     *
     * @param d a day
     */
    public static String date(LocalDate d) {
        return d.format(DATE);
    }

    /**
     * {@return a volume in hectolitres with a decimal comma, such as {@code 25,4}}
     *
     * @param v a volume
     */
    public static String hl(Volume v) {
        return decimal(v.enHl());
    }

    /**
     * {@return a volume in hectolitres to the hundredth (rounded half up), with a decimal comma: {@code 24,60}}
     *
     * @param v a volume
     */
    public static String hl2(Volume v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return f.format(v.enHl().setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * {@return an exact decimal with a comma and French grouping, never through {@code double}}
     *
     * @param d a decimal
     */
    public static String decimal(BigDecimal d) {
        DecimalFormat f = new DecimalFormat("#,##0.#####", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        f.setParseBigDecimal(true);
        return f.format(d.stripTrailingZeros());
    }

    /**
     * {@return a count with French grouping: {@code 1 200}}
     *
     * @param n a count
     */
    public static String nombre(long n) {
        return decimal(BigDecimal.valueOf(n));
    }

    /**
     * {@return a decimal as typed back in a field ({@code 25,4}, no grouping)}
     *
     * @param d a decimal
     */
    public static String saisie(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
