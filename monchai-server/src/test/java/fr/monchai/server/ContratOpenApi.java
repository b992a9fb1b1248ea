package fr.monchai.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The server's own OpenAPI document as a contract: every JSON answer the tests receive is
 * validated against the schema the document gives for its route and status.
 */
final class ContratOpenApi {

    private static JsonNode document;
    private static final List<Operation> OPERATIONS = new ArrayList<>();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final JsonSchemaFactory FABRIQUE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** Every (method, path, status) checked, to report coverage. */
    static final Set<String> VERIFIES = ConcurrentHashMap.newKeySet();

    private record Operation(String methode, Pattern chemin, String gabarit, JsonNode reponses) {}

    private ContratOpenApi() {}

    static synchronized JsonNode document() {
        if (document == null) {
            try {
                HttpResponse<byte[]> r = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(ServeurDeTest.url() + "/api/openapi.json"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                document = Client.JSON.readTree(r.body());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            document.get("paths").properties().iterator();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> chemin = it.next();
                Pattern motif = Pattern.compile(chemin.getKey().replaceAll("\\{[^}]+}", "[^/]+") + "/?");
                chemin.getValue()
                        .properties()
                        .forEach(op -> OPERATIONS.add(new Operation(
                                op.getKey().toUpperCase(Locale.ROOT),
                                motif,
                                chemin.getKey(),
                                op.getValue().get("responses"))));
            }
        }
        return document;
    }

    /** Fails when a JSON answer does not match the document's schema for its route and status. */
    static void verifier(String methode, String cheminEtQuery, int statut, JsonNode json) {
        document();
        String chemin = cheminEtQuery.replaceAll("\\?.*$", "");
        Operation op = OPERATIONS.stream()
                .filter(o -> o.methode().equals(methode)
                        && o.chemin().matcher(chemin).matches())
                .findFirst()
                .orElse(null);
        if (op == null) {
            return; // a 404 or 405 on a path the API does not have
        }
        String cle = Integer.toString(statut);
        JsonNode reponse =
                op.reponses().has(cle) ? op.reponses().get(cle) : op.reponses().get(cle.charAt(0) + "XX");
        if (reponse == null) {
            throw new AssertionError(methode + " " + op.gabarit() + " answered " + statut
                    + ", which the OpenAPI document does not list");
        }
        JsonNode contenu = reponse.path("content");
        JsonNode schema = contenu.path("application/json").path("schema");
        if (schema.isMissingNode()) {
            schema = contenu.path("application/problem+json").path("schema");
        }
        if (schema.isMissingNode()) {
            throw new AssertionError(
                    methode + " " + op.gabarit() + " " + statut + " sent JSON where the document says none");
        }
        JsonNode s = schema;
        JsonSchema validateur = SCHEMAS.computeIfAbsent(methode + " " + op.gabarit() + " " + cle, k -> {
            ObjectNode racine = Client.JSON.createObjectNode();
            racine.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            racine.set("components", document.get("components"));
            racine.putArray("allOf").add(s);
            return FABRIQUE.getSchema(racine);
        });
        Set<ValidationMessage> erreurs = validateur.validate(json);
        if (!erreurs.isEmpty()) {
            throw new AssertionError(methode + " " + cheminEtQuery + " " + statut
                    + " does not match its OpenAPI schema: " + erreurs + "\n" + json);
        }
        VERIFIES.add(methode + " " + op.gabarit() + " " + statut);
    }
}
