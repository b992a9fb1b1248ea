package fr.monchai.core.commun;

import java.math.BigInteger;

/**
 * The check keys of a business's identifiers (SIREN, SIRET, VAT number, IBAN): a digit mistyped is refused where it
 * is entered, for the estate (its invoices' seller block) and its customers alike.
 */
public final class Identifiants {

    private Identifiants() {}

    /**
     * {@return whether the digits pass the Luhn check (SIREN, SIRET)}
     *
     * @param chiffres the digits
     */
    public static boolean luhn(String chiffres) {
        int somme = 0;
        for (int i = 0; i < chiffres.length(); i++) {
            int d = chiffres.charAt(chiffres.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            somme += d;
        }
        return somme % 10 == 0;
    }

    /**
     * {@return whether an intra-EU VAT number is well formed}: a French one carries the SIREN and its key
     *
     * @param numero the VAT number
     * @param siren the SIREN it must carry, when French
     */
    public static boolean tvaValide(String numero, String siren) {
        String n = numero.replace(" ", "");
        if (n.startsWith("FR")) {
            if (!n.matches("FR[0-9]{2}[0-9]{9}") || !n.substring(4).equals(siren)) {
                return false;
            }
            long cle = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
            return Integer.parseInt(n.substring(2, 4)) == cle;
        }
        return n.matches("[A-Z]{2}[0-9A-Z]{2,13}");
    }

    /**
     * {@return whether the IBAN's mod-97 key holds}
     *
     * @param iban the IBAN, spaces allowed
     */
    public static boolean ibanValide(String iban) {
        String n = iban.replace(" ", "");
        if (!n.matches("[A-Z]{2}[0-9]{2}[0-9A-Z]{11,30}")) {
            return false;
        }
        String r = n.substring(4) + n.substring(0, 4);
        StringBuilder chiffres = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            // ISO 13616: a digit stands for itself, a letter for 10 (A) to 35 (Z); the pattern above allows nothing
            // else
            char c = r.charAt(i);
            chiffres.append(c <= '9' ? c - '0' : c - 'A' + 10);
        }
        return new BigInteger(chiffres.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
