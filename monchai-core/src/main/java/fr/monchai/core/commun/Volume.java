package fr.monchai.core.commun;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact volume of wine, in whole millilitres.
 *
 * <p>The register works in hectolitres, but a hectolitre with five decimals is exactly a
 * millilitre, so counting millilitres in a {@code long} keeps every sum exact, makes a
 * 750&nbsp;ml bottle a whole number, and never goes through {@code double}. Volumes are
 * signed: a movement's legs carry negative and positive volumes that sum to zero.
 *
 * @param millilitres the volume in millilitres
 */
public record Volume(long millilitres) implements Comparable<Volume> {

    /** No volume. */
    public static final Volume ZERO = new Volume(0);

    /** Millilitres in one hectolitre. */
    public static final long ML_PAR_HL = 100_000L;

    private static final int DECIMALES_HL = 5;

    /**
     * A volume in millilitres.
     *
     * @param millilitres the volume
     * @return the volume
     */
    public static Volume ml(long millilitres) {
        return new Volume(millilitres);
    }

    /**
     * A volume in hectolitres, exact to the millilitre.
     *
     * @param hectolitres for example {@code new BigDecimal("12.5")}
     * @return the volume
     * @throws ArithmeticException when the value has more than five decimals (finer than a
     *     millilitre) or does not fit
     */
    public static Volume hl(BigDecimal hectolitres) {
        BigDecimal ml = hectolitres.movePointRight(DECIMALES_HL);
        return new Volume(ml.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }

    /**
     * A volume in hectolitres written as text, with a decimal point or a French comma: {@code "12.5"}, {@code "12,5"}.
     *
     * @param hectolitres the decimal text
     * @return the volume
     * @throws DomainException ({@code VOLUME_INVALIDE} on {@code volume}) when the text is not a decimal number, or is
     *     finer than a millilitre
     */
    public static Volume hl(String hectolitres) {
        if (hectolitres == null) {
            throw new DomainException(CodeErreur.VOLUME_INVALIDE, "volume", "le volume est obligatoire");
        }
        BigDecimal valeur;
        try {
            valeur = new BigDecimal(hectolitres.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new DomainException(
                    CodeErreur.VOLUME_INVALIDE,
                    "volume",
                    "« " + hectolitres + " » n'est pas un volume en hectolitres (12,5 ou 12.5)");
        }
        try {
            return hl(valeur);
        } catch (ArithmeticException e) {
            throw new DomainException(
                    CodeErreur.VOLUME_INVALIDE,
                    "volume",
                    "un volume s'exprime en hectolitres avec au plus 5 décimales (le millilitre) : " + hectolitres);
        }
    }

    /**
     * {@return a volume's hectolitres, or null for no volume}: what an input record's factory passes on, so that a
     * missing volume is refused by the record's {@code @NotNull}, naming its field, rather than by a bare
     * {@code NullPointerException}
     *
     * @param v a volume, possibly null
     */
    public static BigDecimal hlOuNul(Volume v) {
        return v == null ? null : v.enHl();
    }

    /**
     * The volume of a number of bottles.
     *
     * @param bouteilles how many bottles
     * @param contenanceMl the capacity of one bottle
     * @return their volume
     */
    public static Volume bouteilles(long bouteilles, int contenanceMl) {
        return new Volume(Math.multiplyExact(bouteilles, (long) contenanceMl));
    }

    /** {@return this volume in hectolitres, without trailing zeros past the decimal point} */
    public BigDecimal enHl() {
        BigDecimal hl = BigDecimal.valueOf(millilitres, DECIMALES_HL).stripTrailingZeros();
        return hl.scale() < 0 ? hl.setScale(0) : hl;
    }

    /**
     * {@return the sum}
     *
     * @param autre the volume to add
     */
    public Volume plus(Volume autre) {
        return new Volume(Math.addExact(millilitres, autre.millilitres));
    }

    /**
     * {@return the difference}
     *
     * @param autre the volume to take away
     */
    public Volume moins(Volume autre) {
        return new Volume(Math.subtractExact(millilitres, autre.millilitres));
    }

    /** {@return the opposite volume} */
    public Volume negation() {
        return new Volume(Math.negateExact(millilitres));
    }

    /** {@return the volume without its sign} */
    public Volume abs() {
        return millilitres < 0 ? negation() : this;
    }

    /** {@return -1, 0 or 1} */
    public int signe() {
        return Long.signum(millilitres);
    }

    /** {@return whether the volume is above zero} */
    public boolean estPositif() {
        return millilitres > 0;
    }

    /** {@return whether the volume is below zero} */
    public boolean estNegatif() {
        return millilitres < 0;
    }

    /** {@return whether the volume is zero} */
    public boolean estNul() {
        return millilitres == 0;
    }

    @Override
    public int compareTo(Volume autre) {
        return Long.compare(millilitres, autre.millilitres);
    }

    /** @return the volume in hectolitres, such as {@code "12.5 hl"} */
    @Override
    public String toString() {
        return enHl().toPlainString() + " hl";
    }
}
