package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.monchai.server.http.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document and the server agree on what a request must carry: for every route that
 * reads a body, the fields its schema requires are exactly those the server refuses a body
 * without (an empty object), and a byte-order mark before the body is refused alike everywhere.
 */
class ChampsObligatoiresTest {

    private static final String BOM = "\uFEFF";

    @Test
    void les_champs_requis_du_document_sont_exactement_ceux_que_le_serveur_exige() {
        Client c = Client.inscrit("Domaine du Contrat");
        JsonNode document = c.get("/api/openapi.json").json();
        List<Route> routes = ServeurDeTest.serveur()
                .injecteur()
                .getInstance(fr.monchai.server.http.Routeur.class)
                .routes();
        List<String> ecarts = new ArrayList<>();
        int verifiees = 0;
        for (Route r : routes) {
            if (r.page() || r.entree() == Void.class || r.publique()) {
                continue;
            }
            JsonNode op =
                    document.get("paths").get(r.cheminOpenApi()).get(r.methode().toLowerCase(java.util.Locale.ROOT));
            JsonNode schema = resoudre(
                    document,
                    op.get("requestBody").get("content").get("application/json").get("schema"));
            Set<String> requis = new TreeSet<>();
            schema.path("required").forEach(n -> requis.add(n.asText()));
            // A plugin's path names a real plugin, so its body is read rather than its path refused.
            String chemin = r.chemin().replace(":plugin", "interloire").replaceAll(":[a-zA-Z_]+", "987654321");
            Client.Reponse vide = switch (r.methode()) {
                case "PUT" -> c.put(chemin, Map.of());
                default -> c.post(chemin, Map.of());
            };
            if (vide.statut() == 404 || vide.statut() == 403) {
                continue; // the path's object comes first; the body is read once it exists
            }
            verifiees++;
            Set<String> refuses = new TreeSet<>();
            if (vide.json() != null) {
                vide.json()
                        .path("erreurs")
                        .forEach(e -> refuses.add(e.get("champ").asText().replaceAll("\\..*|\\[.*", "")));
            }
            if (!requis.equals(refuses) && !(requis.isEmpty() && vide.statut() < 400)) {
                ecarts.add(r.methode() + " " + r.chemin() + ": document " + requis + ", server " + refuses + " ("
                        + vide.statut() + ")");
            }
            Client.Reponse avecBom = c.brut(r.methode(), chemin, BOM + "{}");
            if (avecBom.statut() != 422 || !avecBom.json().toString().contains("BOM")) {
                ecarts.add(r.methode() + " " + r.chemin() + ": a byte-order mark gave " + avecBom.statut());
            }
        }
        assertTrue(verifiees > 15, "routes checked: " + verifiees);
        assertEquals(List.of(), ecarts);
    }

    private static JsonNode resoudre(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            String nom = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return document.get("components").get("schemas").get(nom);
        }
        return schema;
    }
}
