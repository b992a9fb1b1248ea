package fr.monchai.server.http;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document of the API, written from the same table of routes as the router and
 * from the same records the handlers read and write, so that it cannot drift from them: every
 * request body, every response body and every error has its schema.
 */
public final class OpenApi {

    private static final Pattern PARAMETRE = Pattern.compile(":([a-zA-Z_]+)");

    private OpenApi() {}

    /**
     * @param routes the API's routes
     * @return the document
     */
    public static Map<String, Object> document(List<Route> routes) {
        Schemas.Document schemas = new Schemas.Document();
        Map<String, Object> chemins = new TreeMap<>();
        for (Route r : routes.stream().filter(x -> !x.page()).toList()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> operations =
                    (Map<String, Object>) chemins.computeIfAbsent(r.cheminOpenApi(), k -> new TreeMap<>());
            operations.put(r.methode().toLowerCase(Locale.ROOT), operation(r, schemas));
        }
        Map<String, Object> composants = new TreeMap<>(schemas.composants());
        composants.put("Probleme", probleme());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put(
                "info",
                Map.of(
                        "title",
                        "Mon Chai",
                        "version",
                        "0.1.0",
                        "description",
                        "Registre de cave, ventes, factures et DRM. JSON en snake_case ; les volumes sont des hectolitres exacts ; "
                                + "les dates sont au format AAAA-MM-JJ. Authentification : cookie de session (avec l'en-tête "
                                + Routeur.CSRF
                                + " sur les écritures) ou jeton Bearer. Les erreurs sont des application/problem+json "
                                + "qui nomment le champ et la règle."));
        doc.put("paths", chemins);
        doc.put(
                "components",
                Map.of(
                        "securitySchemes",
                        Map.of(
                                "session",
                                Map.of("type", "apiKey", "in", "cookie", "name", Routeur.COOKIE),
                                "bearer",
                                Map.of("type", "http", "scheme", "bearer")),
                        "schemas",
                        composants));
        doc.put("security", List.of(Map.of("session", List.of()), Map.of("bearer", List.of())));
        return doc;
    }

    private static Map<String, Object> operation(Route r, Schemas.Document schemas) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", r.resume());
        op.put(
                "operationId",
                r.methode().toLowerCase(Locale.ROOT) + r.cheminOpenApi().replaceAll("[^A-Za-z0-9]+", "_"));
        if (r.publique()) {
            op.put("security", List.of());
        } else {
            op.put("x-roles", r.roles().stream().map(Enum::name).sorted().toList());
        }
        List<Map<String, Object>> parametres = new ArrayList<>();
        Matcher m = PARAMETRE.matcher(r.chemin());
        while (m.find()) {
            parametres.add(Map.of(
                    "name",
                    m.group(1),
                    "in",
                    "path",
                    "required",
                    true,
                    "schema",
                    Map.of("type", "integer", "format", "int64", "minimum", 1)));
        }
        if (r.creation()) {
            parametres.add(Map.of(
                    "name",
                    Routeur.IDEMPOTENCE,
                    "in",
                    "header",
                    "required",
                    false,
                    "description",
                    "une clé par création : un nouvel essai avec la même clé et le même corps ne crée rien deux fois",
                    "schema",
                    Map.of("type", "string", "minLength", 1, "maxLength", 200)));
        }
        if (!parametres.isEmpty()) {
            op.put("parameters", parametres);
        }
        if (r.entree() != Void.class) {
            op.put(
                    "requestBody",
                    Map.of(
                            "required",
                            true,
                            "content",
                            Map.of("application/json", Map.of("schema", schemas.requete(r.entree())))));
        }
        Map<String, Object> reponses = new TreeMap<>();
        reponses.put(succes(r), reponse(r.sortie(), schemas));
        Map<String, Object> erreur = Map.of(
                "description",
                "refusé : le corps nomme le champ et la règle",
                "content",
                Map.of(Problemes.TYPE, Map.of("schema", Map.of("$ref", "#/components/schemas/Probleme"))));
        reponses.put("4XX", erreur);
        reponses.put(
                "5XX",
                Map.of(
                        "description",
                        "erreur du serveur, journalisée sous l'identifiant de la requête",
                        "content",
                        Map.of(Problemes.TYPE, Map.of("schema", Map.of("$ref", "#/components/schemas/Probleme")))));
        op.put("responses", reponses);
        return op;
    }

    /** @return the status of success: 201 for a creation, 204 without a body, 200 otherwise */
    static String succes(Route r) {
        if (r.sortie() == Void.class) {
            return "204";
        }
        if (r.sortie() == DemandeAcceptee.class) {
            return "202";
        }
        return r.creation() ? "201" : "200";
    }

    private static Map<String, Object> reponse(Type sortie, Schemas.Document schemas) {
        if (sortie == Void.class) {
            return Map.of("description", "fait, sans corps");
        }
        if (sortie == Route.Fichier.class) {
            return Map.of(
                    "description",
                    "le fichier, à télécharger (Content-Disposition)",
                    "content",
                    Map.of(
                            "*/*",
                            Map.of(
                                    "schema",
                                    Map.of("type", "string", "contentMediaType", "application/octet-stream"))));
        }
        if (sortie == Map.class) {
            return Map.of(
                    "description",
                    "le document",
                    "content",
                    Map.of("application/json", Map.of("schema", Map.of("type", "object"))));
        }
        return Map.of(
                "description",
                "succès",
                "content",
                Map.of("application/json", Map.of("schema", schemas.reponse(sortie))));
    }

    private static Map<String, Object> probleme() {
        Map<String, Object> proprietes = new LinkedHashMap<>();
        proprietes.put("type", Map.of("type", "string"));
        proprietes.put("title", Map.of("type", "string", "examples", List.of("Saisie invalide")));
        proprietes.put("status", Map.of("type", "integer", "minimum", 400, "maximum", 599));
        proprietes.put("detail", Map.of("type", "string", "examples", List.of("volume_hl : doit être positif")));
        proprietes.put(
                "code",
                Map.of(
                        "type",
                        "string",
                        "description",
                        "un code stable (SAISIE_INVALIDE, INTROUVABLE, STOCK_NEGATIF…)"));
        proprietes.put(
                "erreurs",
                Map.of(
                        "type",
                        "array",
                        "items",
                        Map.of(
                                "type",
                                "object",
                                "required",
                                List.of("champ", "regle", "message"),
                                "properties",
                                Map.of(
                                        "champ",
                                        Map.of(
                                                "type",
                                                "string",
                                                "description",
                                                "le champ en snake_case, tel qu'envoyé"),
                                        "regle",
                                        Map.of("type", "string"),
                                        "message",
                                        Map.of("type", "string")))));
        return Map.of(
                "type", "object", "required", List.of("type", "title", "status", "detail"), "properties", proprietes);
    }
}
