package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dev book's chain over real HTTP, the register checked at each step. */
class ParcoursTest {

    private static final Map<String, Object> MUSCADET = Map.of("certification", "AOP", "genre", "TRANQUILLE",
            "appellation", "Muscadet Sèvre et Maine", "mention", "Sur lie", "lieu", "", "couleur", "BLANC", "cepage", "",
            "libelle_douane", "Muscadet Sèvre et Maine sur lie");

    @Test
    void de_l_inscription_a_la_mise_en_bouteille() {
        Client c = Client.inscrit("Domaine du Parcours");
        JsonNode me = c.get("/api/me").json();
        assertEquals("ADMIN", me.get("roles").get(0).asText());
        assertEquals("Domaine du Parcours", me.get("domaine").get("nom").asText());
        long parcelle = c.post("/api/parcelles", Map.of("nom", "Les Carrières", "cepage", "Melon B.", "surface_ha", 1.2, "lat", 47.1,
                "lng", -1.5, "annee_plantation", 2008)).json().get("id").asLong();
        assertEquals(1, c.get("/api/parcelles?search=carri").json().size());
        long cuve = c.post("/api/cuves", Map.of("nom", "Cuve 1", "capacite_hl", 50, "materiau", "inox")).json().get("id").asLong();
        long cuve2 = c.post("/api/cuves", Map.of("nom", "Cuve 2", "capacite_hl", 30)).json().get("id").asLong();
        Client.Reponse vendange = c.post("/api/vendanges", Map.of("parcelle_id", parcelle, "date", "2026-09-12", "volume_hl", 25.4,
                "dechets_hl", 0.8, "cuve_id", cuve, "produit", MUSCADET));
        assertEquals(201, vendange.statut(), vendange.json().toString());
        long brouillon = vendange.json().get("mouvement_id").asLong();
        assertEquals("BROUILLON", c.get("/api/mouvements/" + brouillon).json().get("statut").asText());
        assertEquals(0, c.get("/api/lots").json().size(), "a draft changes no stock");
        JsonNode valide = c.post("/api/mouvements/" + brouillon + "/valider", Map.of()).json();
        assertEquals("VALIDE", valide.get("statut").asText());
        assertEquals(1, valide.get("numero").asLong());
        JsonNode lots = c.get("/api/lots").json();
        assertEquals("24.6", lots.get(0).get("volume").asText());
        long lot = lots.get(0).get("lot").get("id").asLong();
        Client.Reponse soutirage = c.post("/api/mouvements/soutirages", Map.of("source_lot_id", lot, "destination_cuve_id", cuve2,
                "volume_hl", 5, "pertes_hl", 0.1, "date", "2026-09-18", "commentaire", "Soutirage clair"));
        assertEquals(201, soutirage.statut(), soutirage.json().toString());
        c.post("/api/mouvements/" + soutirage.json().get("id").asLong() + "/valider", Map.of());
        Client.Reponse mise = c.post("/api/mise_en_bouteille", Map.of("source_lot_id", lot, "nb_bouteilles", 2000, "contenance_ml", 750,
                "pertes_hl", 0.2, "date", "2026-09-19"));
        assertEquals(201, mise.statut(), mise.json().toString());
        c.post("/api/mouvements/" + mise.json().get("id").asLong() + "/valider", Map.of());
        JsonNode stock = c.get("/api/stock/bouteilles").json();
        assertEquals(2000, stock.get(0).get("nb_bouteilles").asLong(), stock.toString());
        JsonNode journal = c.get("/api/mouvements?statut=valide&taille=2&page=2").json();
        assertEquals(3, journal.get("total").asInt());
        assertEquals(1, journal.get("elements").size());
        assertEquals("mise_en_bouteille", journal.get("elements").get(0).get("type").asText().toLowerCase());
        JsonNode trace = c.get("/api/lots/" + lot + "/tracabilite").json();
        assertTrue(trace.toString().contains("Les Carrières") || trace.get("amont").toString().contains(Long.toString(parcelle)),
                trace.toString());
        Client.Reponse sante = c.get("/healthz");
        assertEquals(200, sante.statut());
        assertEquals(List.of("ok", "ok"), List.of(sante.json().get("status").asText(), sante.json().get("db").asText()));
    }
}
