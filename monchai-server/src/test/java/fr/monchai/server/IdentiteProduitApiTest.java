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
 * strength is refused by name and changes nothing. Capsules keep their container and colour apart.
 */
class IdentiteProduitApiTest {

    private static Map<String, Object> muscat() {
        Map<String, Object> p = new HashMap<>(Map.of(
                "certification",
                "VDN_VDL",
                "genre",
                "TRANQUILLE",
                "appellation",
                "Muscat de Rivesaltes",
                "mention",
                "",
                "lieu",
                "",
                "couleur",
                "BLANC",
                "cepage",
                "",
                "libelle_douane",
                "Muscat de Rivesaltes"));
        return p;
    }

    private static Client.Reponse vendange(Client c, Map<String, Object> produit) {
        long parcelle = c.post(
                        "/api/parcelles",
                        Map.of("nom", "Les Muscats", "cepage", "Muscat à petits grains", "surface_ha", 2))
                .json()
                .get("id")
                .asLong();
        long cuve = c.post("/api/cuves", Map.of("nom", "Cuve " + System.nanoTime(), "capacite_hl", 100))
                .json()
                .get("id")
                .asLong();
        return c.post(
                "/api/vendanges",
                Map.of(
                        "parcelle_id",
                        parcelle,
                        "date",
                        "2026-09-05",
                        "volume_hl",
                        40,
                        "cuve_id",
                        cuve,
                        "produit",
                        produit));
    }

    @Test
    void un_vdn_garde_son_tav_et_un_code_ou_un_titre_faux_est_refuse_sans_rien_changer() {
        Client c = Client.inscrit("Domaine des Muscats");
        assertEquals(200, ParcoursTest.parametrer(c, "SCEA Domaine des Muscats").statut());
        int vendanges = c.get("/api/vendanges").json().size();
        for (Map.Entry<String, Object> faux : Map.<String, Object>of("tav", 120, "code_inao", "1b230", "premix", "oui")
                .entrySet()) {
            Map<String, Object> p = muscat();
            p.put(faux.getKey(), faux.getValue());
            Client.Reponse r = vendange(c, p);
            assertEquals(422, r.statut(), faux + " " + r.json());
            assertEquals(
                    "produit." + faux.getKey(),
                    r.json().get("erreurs").get(0).get("champ").asText(),
                    r.json().toString());
        }
        Map<String, Object> troisDecimales = muscat();
        troisDecimales.put("tav", new java.math.BigDecimal("15.555"));
        Client.Reponse r = vendange(c, troisDecimales);
        assertEquals(422, r.statut());
        assertTrue(
                r.json().get("erreurs").get(0).get("message").asText().contains("2 après"),
                r.json().toString());
        Map<String, Object> codeFaux = muscat();
        codeFaux.put("code_inao", "ABC");
        assertTrue(vendange(c, codeFaux)
                .json()
                .get("erreurs")
                .get(0)
                .get("message")
                .asText()
                .contains("code INAO"));
        assertEquals(vendanges, c.get("/api/vendanges").json().size(), "nothing refused was recorded");

        Map<String, Object> sansTitre = muscat();
        long mouvement = vendange(c, sansTitre).json().get("mouvement_id").asLong();
        assertEquals(
                200,
                c.post("/api/mouvements/" + mouvement + "/valider", Map.of()).statut());
        JsonNode apercu = c.get("/api/drm/apercu?mois=2026-09").json();
        assertTrue(
                apercu.get("anomalies").toString().contains("\"TAV\""),
                apercu.get("anomalies").toString());

        Map<String, Object> avecTitre = muscat();
        avecTitre.put("libelle_douane", "Muscat de Rivesaltes 16");
        avecTitre.put("tav", 16.5);
        avecTitre.put("code_inao", "1B999");
        mouvement = vendange(c, avecTitre).json().get("mouvement_id").asLong();
        assertEquals(
                200,
                c.post("/api/mouvements/" + mouvement + "/valider", Map.of()).statut());
        JsonNode produit = null;
        for (JsonNode b :
                c.get("/api/drm/apercu?mois=2026-09").json().get("declaration").get("droits_suspendus")) {
            if (b.get("produit").get("libelle_douane").asText().equals("Muscat de Rivesaltes 16")) {
                produit = b.get("produit");
            }
        }
        assertEquals(
                0,
                produit.get("tav").decimalValue().compareTo(new java.math.BigDecimal("16.5")),
                String.valueOf(produit));
        assertEquals("1B999", produit.get("code_inao").asText(), "kept without the space customs pad it with");
        assertEquals(false, produit.get("premix").asBoolean());
    }

    @Test
    void des_capsules_bib_de_1_5_l_et_de_couleur_sont_un_autre_stock_que_les_magnums() {
        Client c = Client.inscrit("Domaine des Fontaines");
        Map<String, Object> magnums = new HashMap<>(Map.of(
                "date",
                "2026-09-01",
                "categorie",
                "TRANQUILLE",
                "type",
                "COLLECTIVES_DROITS_SUSPENDUS",
                "contenance_ml",
                1500,
                "nature",
                "ACHAT",
                "quantite",
                100));
        assertEquals(201, c.post("/api/capsules", magnums).statut());
        Map<String, Object> bib = new HashMap<>(magnums);
        bib.put("contenant", "BIB");
        bib.put("couleur", "VERT");
        bib.put("quantite", 40);
        assertEquals(201, c.post("/api/capsules", bib).statut());
        Map<String, Object> rouge = new HashMap<>(bib);
        rouge.put("couleur", "ROUGE");
        Client.Reponse refus = c.post("/api/capsules", rouge);
        assertEquals(422, refus.statut(), String.valueOf(refus.json()));
        assertEquals(
                "couleur",
                refus.json().get("erreurs").get(0).get("champ").asText(),
                refus.json().toString());
        JsonNode stock = c.get("/api/capsules?date=2026-09-30").json();
        assertEquals(2, stock.size(), stock.toString());
        String texte = stock.toString();
        assertTrue(
                texte.contains("\"contenant\":\"BIB\"")
                        && texte.contains("\"couleur\":\"VERT\"")
                        && texte.contains("\"contenant\":\"BOUTEILLE\""),
                texte);
    }
}
