package fr.monchai.server.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The server's log: one JSON object per line, written by a JSON writer (whatever a path or a
 * name holds, the line stays valid JSON). Requests go to {@code fr.monchai.server.http}, security
 * events (log-ins, role changes, tokens, removals) and mails to {@code fr.monchai.server.securite}.
 * Never a password, a cookie, a token, a link's secret or a body; an address that failed to log
 * in only as the start of its SHA-256, enough to follow one address's attempts.
 */
public final class Journal {

    private static final Logger REQUETES = Logger.getLogger("fr.monchai.server.http");
    private static final Logger SECURITE = Logger.getLogger("fr.monchai.server.securite");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Journal() {}

    /**
     * Logs one request.
     *
     * @param champs its fields (request id, method, path, status, duration, client, user, domaine), in order
     */
    public static void requete(Map<String, Object> champs) {
        REQUETES.info(ligne(null, champs));
    }

    /**
     * Logs a security event.
     *
     * @param evenement what happened ({@code connexion_reussie}, {@code jeton_revoque}…)
     * @param champs who and what, in order: ids, never secrets
     */
    public static void evenement(String evenement, Map<String, ?> champs) {
        SECURITE.info(ligne(evenement, champs));
    }

    /**
     * {@return the start of an address's SHA-256 (lower-cased), to follow one address's attempts in the log without writing it}
     *
     * @param email an address as typed
     */
    public static String empreinte(String email) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String ligne(String evenement, Map<String, ?> champs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", Instant.now().toString());
        if (evenement != null) {
            m.put("event", evenement);
        }
        m.putAll(champs);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            return "{\"event\":\"log_unwritable\"}";
        }
    }
}
