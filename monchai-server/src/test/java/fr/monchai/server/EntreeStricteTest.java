package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Strict input: a wrong type is a 422 naming the field, never a silent conversion; nothing is written. */
class EntreeStricteTest {

    private static void refuse(Client.Reponse r, String champ) {
        assertEquals(422, r.statut(), String.valueOf(r.json()));
        assertTrue(r.type().startsWith("application/problem+json"), r.type());
        JsonNode erreur = r.json().get("erreurs").get(0);
        assertEquals(champ, erreur.get("champ").asText(), r.json().toString());
        String texte = r.json().toString();
        assertFalse(texte.matches(".*(java\\.|Exception|\\$\\{).*"), texte);
    }

    @Test
    void les_mauvais_types_sont_refuses_en_nommant_le_champ_et_rien_n_est_ecrit() {
        Client c = Client.inscrit("Domaine Strict");
        String parcelle =
                "{\"nom\":\"Les Carrières\",\"cepage\":\"Melon B.\",\"surface_ha\":%s,\"annee_plantation\":%s}";
        refuse(c.brut("POST", "/api/parcelles", parcelle.formatted("\"1.2\"", "2008")), "surface_ha");
        refuse(c.brut("POST", "/api/parcelles", parcelle.formatted("1.2", "2008.5")), "annee_plantation");
        refuse(c.brut("POST", "/api/parcelles", parcelle.formatted("1.2", "\"2008\"")), "annee_plantation");
        refuse(c.brut("POST", "/api/parcelles", parcelle.formatted("1.2", "99999999999999999999")), "annee_plantation");
        refuse(
                c.brut(
                        "POST",
                        "/api/parcelles",
                        "{\"nom\":\"A\",\"nom\":\"B\",\"cepage\":\"Melon B.\",\"surface_ha\":1}"),
                "nom");
        refuse(
                c.brut(
                        "POST",
                        "/api/parcelles",
                        "{\"nom\":\"Les\\u0000Carrières\",\"cepage\":\"Melon B.\",\"surface_ha\":1}"),
                "nom");
        refuse(c.brut("POST", "/api/parcelles", "{\"nom\":12,\"cepage\":\"Melon B.\",\"surface_ha\":1}"), "nom");
        Client.Reponse manquant = c.brut("POST", "/api/parcelles", "{\"cepage\":\"Melon B.\",\"surface_ha\":1}");
        refuse(manquant, "nom");
        assertEquals("nom : obligatoire", manquant.json().get("detail").asText());
        long cuve = c.post("/api/cuves", Map.of("nom", "Cuve 1", "capacite_hl", 50))
                .json()
                .get("id")
                .asLong();
        String capsules =
                "{\"date\":%s,\"categorie\":%s,\"type\":\"COLLECTIVES_DROITS_SUSPENDUS\",\"contenance_ml\":750,"
                        + "\"nature\":\"ACHAT\",\"quantite\":10}";
        refuse(c.brut("POST", "/api/capsules", capsules.formatted("\"2026-09-01\"", "0")), "categorie");
        refuse(c.brut("POST", "/api/capsules", capsules.formatted("20260901", "\"TRANQUILLE\"")), "date");
        refuse(
                c.brut("POST", "/api/capsules", capsules.formatted("\"2026-09-01T10:00:00\"", "\"TRANQUILLE\"")),
                "date");
        refuse(c.brut("POST", "/api/capsules", capsules.formatted("\"1850-09-01\"", "\"TRANQUILLE\"")), "date");
        refuse(c.brut("POST", "/api/capsules", capsules.formatted("\"2026-02-30\"", "\"TRANQUILLE\"")), "date");
        assertEquals(0, c.get("/api/parcelles").json().size());
        assertEquals(0, c.get("/api/capsules?date=2026-12-31").json().size());
        assertEquals(1, c.get("/api/cuves").json().size(), "only the cuve created on purpose (" + cuve + ")");
    }

    @Test
    void un_corps_qui_n_est_pas_du_json_est_un_415() throws Exception {
        Client c = Client.inscrit("Domaine des Types");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> texte = http.send(
                HttpRequest.newBuilder(URI.create(ServeurDeTest.url() + "/api/auth/login"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, texte.statusCode());
        assertEquals(
                "application/problem+json",
                texte.headers().firstValue("Content-Type").orElse(""));
        assertEquals(0, c.get("/api/parcelles").json().size());
    }
}
