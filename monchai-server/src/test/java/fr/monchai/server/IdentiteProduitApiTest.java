package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fiscal product's customs identity over HTTP: its INAO code, its strength and premix are kept with
 * its lots and declared; a VDN or VDL without its strength is stopped at the DRM; a bad code or
 * strength is refused by name and changes nothing.
 */
class IdentiteProduitApiTest {

    private static Map<String, Object> muscat() {
        Map<String, Object> p = new HashMap<>(Map.of("certification", "VDN_VDL", "genre", "TRANQUILLE", "appellation",
                "Muscat de Rivesaltes", "mention", "", "lieu", "", "couleur", "BLANC", "cepage", "", "libelle_douane",
                "Muscat de Rivesaltes"));
        return p;
    }

    private static Client.Reponse vendange(Client c, Map<String, Object> produit) {
        long parcelle = c.post("/api/parcelles", Map.of("nom", "Les Muscats", "cepage", "Muscat à petits grains", "surface_ha", 2))
                .json().get("id").asLong();
        long cuve = c.post("/api/cuves", Map.of("nom", "Cuve " + System.nanoTime(), "capacite_hl", 100)).json().get("id").asLong();
        return c.post("/api/vendanges", Map.of("parcelle_id", parcelle, "date", "2026-09-05", "volume_hl", 40, "cuve_id", cuve,
                "produit", produit));
    }

    @Test
    void un_vdn_garde_son_tav_et_un_code_ou_un_titre_faux_est_refuse_sans_rien_changer() {
        Client c = Client.inscrit("Domaine des Muscats");
        assertEquals(200, ParcoursTest.parametrer(c, "SCEA Domaine des Muscats").statut());
        int vendanges = c.get("/api/vendanges").json().size();
        for (Map.Entry<String, Object> faux : Map.<String, Object>of("tav", 120, "code_inao", "1b230", "premix", "oui").entrySet()) {
            Map<String, Object> p = muscat();
            p.put(faux.getKey(), faux.getValue());
            Client.Reponse r = vendange(c, p);
            assertEquals(422, r.statut(), faux + " " + r.json());
            assertEquals("produit." + faux.getKey(), r.json().get("erreurs").get(0).get("champ").asText(), r.json().toString());
        }
        Map<String, Object> troisDecimales = muscat();
        troisDecimales.put("tav", new java.math.BigDecimal("15.555"));
        Client.Reponse r = vendange(c, troisDecimales);
        assertEquals(422, r.statut());
        assertTrue(r.json().get("erreurs").get(0).get("message").asText().contains("2 après"), r.json().toString());
        Map<String, Object> codeFaux = muscat();
        codeFaux.put("code_inao", "ABC");
        assertTrue(vendange(c, codeFaux).json().get("erreurs").get(0).get("message").asText().contains("code INAO"));
        assertEquals(vendanges, c.get("/api/vendanges").json().size(), "nothing refused was recorded");

        Map<String, Object> sansTitre = muscat();
        long mouvement = vendange(c, sansTitre).json().get("mouvement_id").asLong();
        assertEquals(200, c.post("/api/mouvements/" + mouvement + "/valider", Map.of()).statut());
        JsonNode apercu = c.get("/api/drm/apercu?mois=2026-09").json();
        assertTrue(apercu.get("anomalies").toString().contains("\"TAV\""), apercu.get("anomalies").toString());

        Map<String, Object> avecTitre = muscat();
        avecTitre.put("libelle_douane", "Muscat de Rivesaltes 16");
        avecTitre.put("tav", 16.5);
        avecTitre.put("code_inao", "1B999");
        mouvement = vendange(c, avecTitre).json().get("mouvement_id").asLong();
        assertEquals(200, c.post("/api/mouvements/" + mouvement + "/valider", Map.of()).statut());
        JsonNode produit = null;
        for (JsonNode b : c.get("/api/drm/apercu?mois=2026-09").json().get("declaration").get("droits_suspendus")) {
            if (b.get("produit").get("libelle_douane").asText().equals("Muscat de Rivesaltes 16")) {
                produit = b.get("produit");
            }
        }
        assertEquals(0, produit.get("tav").decimalValue().compareTo(new java.math.BigDecimal("16.5")), String.valueOf(produit));
        assertEquals("1B999", produit.get("code_inao").asText(), "kept without the space customs pad it with");
        assertEquals(false, produit.get("premix").asBoolean());
    }
}
