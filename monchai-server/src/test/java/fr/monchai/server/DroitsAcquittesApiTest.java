package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bottles bought with their duty paid, over HTTP: on the DRM's duty-paid stock list, leaving duty-paid only. */
class DroitsAcquittesApiTest {

    @Test
    void des_bouteilles_achetees_droits_payes_ne_sortent_qu_acquittees_et_vont_sur_la_liste_en_droits_acquittes() {
        Client c = Client.inscrit("Domaine du Caveau");
        assertEquals(200, ParcoursTest.parametrer(c, "SCEA Domaine du Caveau").statut());
        JsonNode achat = c.post(
                        "/api/mouvements/achats-bouteilles",
                        Map.of(
                                "nb_bouteilles",
                                240,
                                "contenance_ml",
                                750,
                                "produit",
                                ParcoursTest.MUSCADET_SUR_LIE,
                                "date",
                                "2026-09-03",
                                "droits_acquittes",
                                true))
                .json();
        long lot = achat.get("lignes").get(1).get("compte").asText().startsWith("bouteilles:")
                ? Long.parseLong(
                        achat.get("lignes").get(1).get("compte").asText().substring("bouteilles:".length()))
                : -1;
        assertEquals(
                200,
                c.post("/api/mouvements/" + achat.get("id").asLong() + "/valider", Map.of())
                        .statut(),
                achat.toString());
        int mouvements = c.get("/api/mouvements").json().get("total").asInt();
        Client.Reponse export = c.post(
                "/api/mouvements/ventes-bouteilles",
                Map.of("bouteille_lot_id", lot, "nb_bouteilles", 24, "destination", "EXPORT", "date", "2026-09-10"));
        assertEquals(422, export.statut(), String.valueOf(export.json()));
        assertEquals(
                "destination", export.json().get("erreurs").get(0).get("champ").asText());
        assertTrue(
                export.json().get("detail").asText().contains("ne sortent qu'en droits acquittés"),
                export.json().toString());
        assertEquals(mouvements, c.get("/api/mouvements").json().get("total").asInt(), "nothing recorded");
        long vente = c.post(
                        "/api/mouvements/ventes-bouteilles",
                        Map.of(
                                "bouteille_lot_id",
                                lot,
                                "nb_bouteilles",
                                24,
                                "destination",
                                "FRANCE_DROITS_ACQUITTES",
                                "date",
                                "2026-09-10"))
                .json()
                .get("id")
                .asLong();
        assertEquals(
                200, c.post("/api/mouvements/" + vente + "/valider", Map.of()).statut());
        JsonNode declaration = c.get("/api/drm/apercu?mois=2026-09").json().get("declaration");
        assertEquals(0, declaration.get("droits_suspendus").size(), declaration.toString());
        JsonNode acquittee = declaration.get("droits_acquittes").get(0);
        assertEquals(
                0,
                acquittee.get("stock_fin_hl").decimalValue().compareTo(new java.math.BigDecimal("1.62")),
                acquittee.toString());
        assertTrue(acquittee.get("lignes").toString().contains("ACQUITTES_VENTES"), acquittee.toString());
    }
}
