package fr.monchai.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The OpenAPI 3 document of the API, written from the same table of routes as the router. */
public final class OpenApi {

    private OpenApi() {}

    /**
     * @param routes the API's routes
     * @return the document
     */
    public static Map<String, Object> document(List<Route> routes) {
        Map<String, Object> chemins = new TreeMap<>();
        for (Route r : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> operations = (Map<String, Object>) chemins.computeIfAbsent(r.cheminOpenApi(), k -> new TreeMap<>());
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("summary", r.resume());
            op.put("operationId", r.methode().toLowerCase(java.util.Locale.ROOT) + r.cheminOpenApi().replaceAll("[^A-Za-z0-9]+", "_"));
            if (r.publique()) {
                op.put("security", List.of());
            } else {
                op.put("x-roles", r.roles().stream().map(Enum::name).sorted().toList());
            }
            List<Map<String, Object>> parametres = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(":([a-zA-Z_]+)").matcher(r.chemin());
            while (m.find()) {
                parametres.add(Map.of("name", m.group(1), "in", "path", "required", true, "schema", Map.of("type", "integer")));
            }
            if (r.creation()) {
                parametres.add(Map.of("name", Api.IDEMPOTENCE, "in", "header", "required", false, "schema", Map.of("type", "string")));
            }
            if (!parametres.isEmpty()) {
                op.put("parameters", parametres);
            }
            Map<String, Object> reponses = new TreeMap<>();
            reponses.put("2XX", Map.of("description", "succès"));
            reponses.put("4XX", Map.of("description", "erreur, en application/problem+json",
                    "content", Map.of(Problemes.TYPE, Map.of("schema", Map.of("$ref", "#/components/schemas/Probleme")))));
            op.put("responses", reponses);
            operations.put(r.methode().toLowerCase(java.util.Locale.ROOT), op);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Mon Chai", "version", "0.1.0", "description",
                "Registre de cave, ventes, factures et DRM. Authentification : cookie de session (avec en-tête " + Api.CSRF
                        + " sur les écritures) ou jeton Bearer."));
        doc.put("paths", chemins);
        doc.put("components", Map.of(
                "securitySchemes", Map.of("session", Map.of("type", "apiKey", "in", "cookie", "name", Api.COOKIE),
                        "bearer", Map.of("type", "http", "scheme", "bearer")),
                "schemas", Map.of("Probleme", Map.of("type", "object", "properties", Map.of(
                        "type", Map.of("type", "string"), "title", Map.of("type", "string"), "status", Map.of("type", "integer"),
                        "detail", Map.of("type", "string"), "code", Map.of("type", "string"),
                        "erreurs", Map.of("type", "array", "items", Map.of("type", "object")))))));
        doc.put("security", List.of(Map.of("session", List.of()), Map.of("bearer", List.of())));
        return doc;
    }
}
