package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A domaine loads its portal's full product catalogue through the API: checked before it is
 * kept, then used by its previews, exports and the products its forms offer.
 */
class CatalogueDrmApiTest {

    private static final Path CATALOGUE = Path.of("..", "..", "shared", "drm", "interloire", "catalogue_produits.csv");

    private static final Map<String, Object> MUSCADET_PRIMEUR = Map.of(
            "certification",
            "AOP",
            "genre",
            "TRANQUILLE",
            "appellation",
            "Muscadet AC",
            "mention",
            "Primeur",
            "lieu",
            "",
            "couleur",
            "BLANC",
            "cepage",
            "Melon",
            "libelle_douane",
            "Muscadet AC Primeur");

    private static List<String> regles(Client c) {
        JsonNode anomalies = c.get("/api/drm/apercu?mois=2026-09").json().get("anomalies");
        return StreamSupport.stream(anomalies.spliterator(), false)
                .map(a -> a.get("regle").asText())
                .toList();
    }

    @Test
    void le_catalogue_complet_du_portail_se_charge_se_verifie_et_sert_aux_apercus() throws Exception {
        Client c = Client.inscrit("Domaine du Catalogue");
        assertEquals(
                200, ParcoursTest.parametrer(c, "SCEA Domaine du Catalogue").statut());
        ParcoursTest.lotRecolte(c, "2026-09-05", 30, MUSCADET_PRIMEUR);
        assertTrue(
                regles(c).contains("INTERLOIRE-CATALOGUE"),
                "Muscadet AC Primeur is not in the built-in set: " + regles(c));

        Client.Reponse illisible = c.put(
                "/api/domaine/drm/interloire", Map.of("reglages", Map.of("catalogue_produits", "pas,un,catalogue")));
        assertEquals(422, illisible.statut(), String.valueOf(illisible.json()));
        assertEquals(
                "reglages", illisible.json().get("erreurs").get(0).get("champ").asText());
        Client.Reponse inconnu = c.put("/api/domaine/drm/interloire", Map.of("reglages", Map.of("catalgue", "x")));
        assertEquals(422, inconnu.statut(), String.valueOf(inconnu.json()));
        assertEquals(
                0,
                c.get("/api/domaine/drm/interloire").json().get("reglages").size(),
                "a refused catalogue is not kept");

        String portail = Files.readString(CATALOGUE, StandardCharsets.UTF_8);
        Client.Reponse charge =
                c.put("/api/domaine/drm/interloire", Map.of("reglages", Map.of("catalogue_produits", portail)));
        assertEquals(200, charge.statut(), String.valueOf(charge.json()));
        assertEquals(List.of(), regles(c), "the domaine's catalogue knows the product now");
        String formulaire = new String(c.get("/app/vendanges/nouvelle").brute().body(), StandardCharsets.UTF_8);
        assertTrue(
                formulaire.contains("Touraine Rouge Primeur"), "the harvest form offers the portal's full catalogue");
        Client.Reponse autreModule = c.put("/api/domaine/drm/civa", Map.of("reglages", Map.of()));
        assertEquals(404, autreModule.statut(), String.valueOf(autreModule.json()));
    }
}
