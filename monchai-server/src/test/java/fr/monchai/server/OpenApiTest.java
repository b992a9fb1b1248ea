package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document: valid for a maintained parser, a schema for every body of every route. */
class OpenApiTest {

    @Test
    void le_document_est_un_openapi_3_1_valide() throws Exception {
        JsonNode doc = ContratOpenApi.document();
        assertEquals("3.1.0", doc.get("openapi").asText());
        SwaggerParseResult resultat = new OpenAPIV3Parser().readContents(Client.JSON.writeValueAsString(doc));
        assertEquals(List.of(), resultat.getMessages(), "the parser's messages");
        assertTrue(resultat.getOpenAPI().getPaths().size() > 50);
    }

    @Test
    void chaque_route_a_ses_schemas_de_corps_de_reponse_et_d_erreur() {
        JsonNode doc = ContratOpenApi.document();
        List<String> manques = new ArrayList<>();
        doc.get("paths")
                .properties()
                .forEach(chemin -> chemin.getValue().properties().forEach(op -> {
                    String nom = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + chemin.getKey();
                    JsonNode reponses = op.getValue().get("responses");
                    reponses.properties().forEach(r -> {
                        boolean sansCorps = r.getKey().equals("204");
                        if (!sansCorps
                                && !r.getValue().path("content").elements().hasNext()) {
                            manques.add(nom + " " + r.getKey() + " has no content schema");
                        }
                    });
                    if (!reponses.has("4XX")) {
                        manques.add(nom + " has no error schema");
                    }
                    if ((op.getKey().equals("post") || op.getKey().equals("put"))
                            && !op.getValue().has("requestBody")
                            && !nom.matches(".*/(valider|annuler|avoir|logout)$")) {
                        manques.add(nom + " has no request body schema");
                    }
                }));
        assertEquals(List.of(), manques);
        JsonNode vendange = doc.at("/components/schemas/NouvelleVendangeSaisie");
        assertEquals(
                "object",
                vendange.get("type").asText(),
                doc.at("/components/schemas").toString());
        assertTrue(vendange.get("required").toString().contains("volume_hl"), vendange.toString());
        assertEquals("date", vendange.at("/properties/date/format").asText());
        assertTrue(doc.at("/components/schemas/MouvementSaisie").isMissingNode());
        assertTrue(doc.at("/components/schemas/Mouvement/properties/type/enum").isArray());
    }
}
