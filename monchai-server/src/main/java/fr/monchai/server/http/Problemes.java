package fr.monchai.server.http;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.StockageException;
import fr.monchai.core.commun.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Errors as {@code application/problem+json} (RFC 9457), naming the field and the rule; never a stack trace. */
public final class Problemes {

    /** The media type of errors. */
    public static final String TYPE = "application/problem+json";

    private Problemes() {}

    /**
     * @param e a domain error
     * @return its HTTP status
     */
    public static int statut(DomainException e) {
        return switch (e.code()) {
            case SAISIE_INVALIDE, VOLUME_INVALIDE -> 422;
            case INTROUVABLE -> 404;
            default -> 409;
        };
    }

    /**
     * @param e a domain error
     * @return its problem document
     */
    public static Map<String, Object> de(DomainException e) {
        List<Map<String, String>> erreurs =
                e.violations().stream().map(Problemes::violation).toList();
        // The detail names fields as the API does (prix_unitaire, never the Java prixUnitaire).
        String detail = e.violations().stream()
                .map(v -> v.champ().isEmpty() ? v.message() : Json.nomApi(v.champ()) + " : " + v.message())
                .collect(java.util.stream.Collectors.joining(" ; "));
        Map<String, Object> p = probleme(statut(e), titre(e.code()), detail);
        p.put("code", e.code().name());
        p.put("erreurs", erreurs);
        return p;
    }

    private static Map<String, String> violation(Violation v) {
        return Map.of("champ", Json.nomApi(v.champ()), "regle", v.regle(), "message", v.message());
    }

    /**
     * @param e a storage failure
     * @return 503 when retrying may work, 500 otherwise
     */
    public static int statut(StockageException e) {
        return e.reessayable() ? 503 : 500;
    }

    /**
     * @param statut an HTTP status
     * @param titre a short title
     * @param detail what happened, for people
     * @return a problem document
     */
    public static Map<String, Object> probleme(int statut, String titre, String detail) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "about:blank");
        p.put("title", titre);
        p.put("status", statut);
        p.put("detail", detail);
        return p;
    }

    private static String titre(CodeErreur code) {
        return switch (code) {
            case SAISIE_INVALIDE, VOLUME_INVALIDE -> "Saisie invalide";
            case INTROUVABLE -> "Introuvable";
            default -> "Conflit avec l'état du domaine";
        };
    }
}
