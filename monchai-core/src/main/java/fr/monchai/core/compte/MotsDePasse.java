package fr.monchai.core.compte;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords hashed with PBKDF2-HMAC-SHA256 (the JDK's, 600,000 iterations as OWASP advises),
 * a random salt each, stored as {@code pbkdf2$iterations$salt$hash}: slow to guess, nothing
 * to install.
 */
final class MotsDePasse {

    private static final int ITERATIONS = Integer.getInteger("monchai.pbkdf2.iterations", 600_000);
    private static final SecureRandom ALEA = new SecureRandom();

    private MotsDePasse() {}

    /**
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
     * @param motDePasse a password typed
     * @param hache a stored hash
     * @return whether they match (in constant time)
     */
    static boolean verifier(String motDePasse, String hache) {
        String[] parties = hache.split("\\$");
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
                    .generateSecret(new PBEKeySpec(motDePasse.toCharArray(), sel, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has PBKDF2WithHmacSHA256", e);
        }
    }
}
