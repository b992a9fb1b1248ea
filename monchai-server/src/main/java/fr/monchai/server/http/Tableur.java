package fr.monchai.server.http;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes every CSV a person opens in a spreadsheet (the journal from a page or from the API),
 * so that no cell a user typed runs as a formula: a text starting with {@code = + - @}, a tab
 * or a carriage return, or holding one of them after a line break, gets an apostrophe before it
 * (the spreadsheet shows the text, and runs nothing); a field holding the separator, a quote, a
 * carriage return or a line feed is quoted. Numbers and dates are written as numbers and dates,
 * untouched (a negative volume stays a number). A portal's file (the DRM) is not written here:
 * it is never altered, its values are checked at entry instead.
 */
public final class Tableur {

    private static final DateTimeFormatter DATE_FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final StringBuilder sortie = new StringBuilder();
    private final char separateur;
    private final boolean francais;

    private Tableur(char separateur, boolean francais) {
        this.separateur = separateur;
        this.francais = francais;
        if (francais) {
            sortie.append('\uFEFF'); // the byte-order mark by which a French spreadsheet reads UTF-8
        }
    }

    /** {@return a CSV as a French spreadsheet opens it: {@code ;} between fields, decimal commas, dates jj/mm/aaaa, CRLF} */
    public static Tableur francais() {
        return new Tableur(';', true);
    }

    /** {@return a CSV for programs and any spreadsheet: {@code ,} between fields, decimal points, ISO dates, LF} */
    public static Tableur standard() {
        return new Tableur(',', false);
    }

    /**
     * Writes one row: a {@link String} is a text (made harmless, quoted when needed), a {@link
     * BigDecimal} or another number a number, a {@link LocalDate} a date, anything else its name.
     *
     * @param valeurs the row's values, in column order
     * @return this
     */
    public Tableur ligne(Object... valeurs) {
        for (int i = 0; i < valeurs.length; i++) {
            if (i > 0) {
                sortie.append(separateur);
            }
            sortie.append(champ(valeurs[i]));
        }
        sortie.append(francais ? "\r\n" : "\n");
        return this;
    }

    /** {@return the CSV, in UTF-8} */
    public byte[] octets() {
        return sortie.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String champ(Object valeur) {
        if (valeur == null) {
            return "";
        }
        if (valeur instanceof BigDecimal d) {
            String t = d.toPlainString();
            return francais ? t.replace('.', ',') : t;
        }
        if (valeur instanceof Number n) {
            return n.toString();
        }
        if (valeur instanceof LocalDate d) {
            return francais ? d.format(DATE_FR) : d.toString();
        }
        String texte = valeur instanceof Enum<?> e ? e.name() : valeur.toString();
        return citer(neutraliser(texte));
    }

    /**
     * {@return the text with an apostrophe before each start a spreadsheet would read as a formula}
     *
     * @param texte a text a person typed
     */
    static String neutraliser(String texte) {
        StringBuilder sb = new StringBuilder(texte.length() + 2);
        boolean debut = true;
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            if (debut && (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')) {
                sb.append('\'');
            }
            sb.append(c);
            debut = c == '\n' || c == '\r';
        }
        return sb.toString();
    }

    private String citer(String texte) {
        boolean citer = false;
        for (int i = 0; i < texte.length() && !citer; i++) {
            char c = texte.charAt(i);
            citer = c == separateur || c == '"' || c == '\r' || c == '\n';
        }
        return citer ? "\"" + texte.replace("\"", "\"\"") + "\"" : texte;
    }
}
