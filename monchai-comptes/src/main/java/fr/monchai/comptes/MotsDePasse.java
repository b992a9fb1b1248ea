package fr.monchai.comptes;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords: what one must be, and how it is kept. Hashed with PBKDF2-HMAC-SHA256 (the JDK's,
 * 600,000 iterations as OWASP advises), a random salt each, stored as {@code
 * pbkdf2$iterations$salt$hash}: slow to guess, nothing to install.
 *
 * <p>A password is taken exactly as typed, spaces included (the pages and the API alike), and
 * refused when it is short, blank, one character repeated, the account's own address, or
 * among the most common passwords (a bundled list of some 43,000, French ones included), even
 * with digits or signs added at its end ({@code motdepasse2026!}).
 */
final class MotsDePasse {

    static final int LONGUEUR_MIN = 10;
    static final int LONGUEUR_MAX = 200;
    private static final int ITERATIONS = Integer.getInteger("monchai.pbkdf2.iterations", 600_000);
    private static final SecureRandom ALEA = new SecureRandom();
    private static final String LISTE = "/fr/monchai/comptes/mots-de-passe-courants.txt";

    /** Loaded on first use: a server that checks no password never reads it. */
    private static final class Courants {
        static final Set<String> TOUS = lire();
    }

    private MotsDePasse() {}

    /**
     * Checks a new password against the rules above.
     *
     * @param champ the field that carries it ({@code motDePasse}, {@code nouveauMotDePasse})
     * @param motDePasse the password, as typed
     * @param email the account's address
     * @throws DomainException {@code SAISIE_INVALIDE} on that field, saying which rule
     */
    static void verifierRegles(String champ, String motDePasse, String email) {
        if (motDePasse == null || motDePasse.length() < LONGUEUR_MIN || motDePasse.length() > LONGUEUR_MAX) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    champ,
                    "ce mot de passe doit compter entre " + LONGUEUR_MIN + " et " + LONGUEUR_MAX + " caractères");
        }
        String simple = motDePasse.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        if (simple.isEmpty() || simple.chars().distinct().count() == 1) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    champ,
                    "ce mot de passe ne doit pas être fait d'un seul caractère répété ni d'espaces");
        }
        String adresse = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!adresse.isEmpty()
                && (simple.equals(adresse) || simple.equals(adresse.substring(0, Math.max(adresse.indexOf('@'), 0))))) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, champ, "ce mot de passe ne doit pas être votre adresse électronique");
        }
        String racine = simple.replaceAll("[\\p{N}\\p{P}\\p{S}]+$", "");
        if (Courants.TOUS.contains(simple) || (racine.length() >= 6 && Courants.TOUS.contains(racine))) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    champ,
                    "ce mot de passe est parmi les plus courants : choisissez-en "
                            + "un autre, une phrase de quelques mots par exemple");
        }
    }

    /**
     * Hashes a password with a fresh salt.
     *
     * @param motDePasse a password
     * @return its salted hash
     */
    static String hacher(String motDePasse) {
        byte[] sel = new byte[16];
        ALEA.nextBytes(sel);
        return "pbkdf2$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(sel) + "$"
                + Base64.getEncoder().encodeToString(deriver(motDePasse, sel, ITERATIONS));
    }

    /**
     * Checks a typed password against a stored hash, in constant time.
     *
     * @param motDePasse a password typed
     * @param hache a stored hash
     * @return whether they match
     */
    static boolean verifier(String motDePasse, String hache) {
        String[] parties = hache.split("\\$", -1);
        if (parties.length != 4 || !"pbkdf2".equals(parties[0])) {
            return false;
        }
        byte[] attendu = Base64.getDecoder().decode(parties[3]);
        byte[] calcule = deriver(motDePasse, Base64.getDecoder().decode(parties[2]), Integer.parseInt(parties[1]));
        return MessageDigest.isEqual(attendu, calcule);
    }

    private static byte[] deriver(String motDePasse, byte[] sel, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(motDePasse.toCharArray(), sel, iterations, 256))
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has PBKDF2WithHmacSHA256", e);
        }
    }

    private static Set<String> lire() {
        Set<String> mots = new HashSet<>(64_000);
        try (InputStream in = MotsDePasse.class.getResourceAsStream(LISTE)) {
            if (in == null) {
                throw new IllegalStateException(LISTE + " is missing from the jar");
            }
            BufferedReader lecteur = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String ligne = lecteur.readLine(); ligne != null; ligne = lecteur.readLine()) {
                if (!ligne.isBlank() && !ligne.startsWith("#")) {
                    mots.add(ligne.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(mots);
    }
}
