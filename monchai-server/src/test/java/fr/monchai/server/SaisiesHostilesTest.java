package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What random and hostile runs of the API found, each a wrong value refused by name whatever its
 * spelling, and the cellar rules they met.
 */
class SaisiesHostilesTest {

    private static final Map<String, Object> PRODUIT = Map.of(
            "certification",
            "AOP",
            "genre",
            "TRANQUILLE",
            "appellation",
            "Anjou",
            "mention",
            "",
            "lieu",
            "",
            "couleur",
            "ROUGE",
            "cepage",
            "",
            "libelle_douane",
            "Anjou rouge");

    private static String champ(Client.Reponse r) {
        return r.json().get("erreurs").get(0).get("champ").asText();
    }

    @Test
    void un_texte_blanc_n_est_jamais_pris_pour_une_valeur_absente() {
        Client c = Client.inscrit("Domaine des Blancs");
        long parcelle = c.post("/api/parcelles", Map.of("nom", "P", "cepage", "Melon B.", "surface_ha", 1))
                .json()
                .get("id")
                .asLong();
        long cuve = c.post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 100))
                .json()
                .get("id")
                .asLong();
        // Before: "   " was taken as absent, the harvest recorded with no cuve and no movement, the year dropped…
        Map<String, Object> vendange = new HashMap<>(Map.of(
                "parcelle_id", parcelle, "date", "2026-09-12", "volume_hl", 10, "produit", PRODUIT, "cuve_id", "   "));
        Client.Reponse sansCuve = c.post("/api/vendanges", vendange);
        assertEquals(422, sansCuve.statut());
        assertEquals("cuve_id", champ(sansCuve));
        vendange.put("cuve_id", cuve);
        vendange.put("dechets_hl", "   ");
        assertEquals("dechets_hl", champ(c.post("/api/vendanges", vendange)));
        Client.Reponse annee = c.post(
                "/api/parcelles", Map.of("nom", "Q", "cepage", "Melon B.", "surface_ha", 1, "annee_plantation", " "));
        assertEquals(422, annee.statut());
        assertEquals("annee_plantation", champ(annee));
        assertEquals(List.of(), c.get("/api/vendanges").json().findValuesAsText("id"), "nothing recorded");
        assertEquals(1, c.get("/api/parcelles").json().size());
    }

    @Test
    void une_vendange_sans_cuve_est_refusee_et_ne_se_dit_jamais_au_registre() {
        Client c = Client.inscrit("Domaine Sans Cuve");
        long parcelle = c.post("/api/parcelles", Map.of("nom", "P", "cepage", "Melon B.", "surface_ha", 1))
                .json()
                .get("id")
                .asLong();
        Client.Reponse r =
                c.post("/api/vendanges", Map.of("parcelle_id", parcelle, "date", "2026-09-12", "volume_hl", 10));
        assertEquals(
                422,
                r.statut(),
                "before: 201, a harvest with no movement, said « validée : elle est au registre » by the page");
        assertEquals("cuve_id", champ(r));
        assertEquals(0, c.get("/api/vendanges").json().size());
        assertEquals(204, c.delete("/api/parcelles/" + parcelle).statut(), "and the parcelle stays free to delete");
    }

    @Test
    void les_contenances_suivent_la_loi_et_celles_que_le_domaine_ajoute() {
        Client c = Client.inscrit("Domaine des Contenances");
        long cuve = c.post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 100))
                .json()
                .get("id")
                .asLong();
        long parcelle = c.post("/api/parcelles", Map.of("nom", "P", "cepage", "Melon B.", "surface_ha", 1))
                .json()
                .get("id")
                .asLong();
        long m = c.post(
                        "/api/vendanges",
                        Map.of(
                                "parcelle_id",
                                parcelle,
                                "date",
                                "2026-09-12",
                                "volume_hl",
                                10,
                                "cuve_id",
                                cuve,
                                "produit",
                                PRODUIT))
                .json()
                .get("mouvement_id")
                .asLong();
        c.post("/api/mouvements/" + m + "/valider", Map.of());
        long lot = 0;
        for (JsonNode l : c.get("/api/lots").json()) {
            lot = l.get("lot").get("id").asLong();
        }
        Map<String, Object> mise = new HashMap<>(
                Map.of("source_lot_id", lot, "nb_bouteilles", 10, "contenance_ml", 123, "date", "2026-09-20"));
        Client.Reponse bizarre = c.post("/api/mise_en_bouteille", mise);
        assertEquals(422, bizarre.statut(), "before: 123 ml bottles were accepted");
        assertEquals("contenance_ml", champ(bizarre));
        assertEquals(
                422,
                c.post(
                                "/api/capsules",
                                Map.of(
                                        "date",
                                        "2026-09-01",
                                        "categorie",
                                        "TRANQUILLE",
                                        "type",
                                        "COLLECTIVES_DROITS_SUSPENDUS",
                                        "contenance_ml",
                                        123,
                                        "nature",
                                        "ACHAT",
                                        "quantite",
                                        50))
                        .statut());
        assertEquals(
                201,
                c.post("/api/domaine/contenances", Map.of("contenance_ml", 123)).statut(),
                "an estate adds a size it uses");
        assertEquals(
                123,
                c.get("/api/domaine/contenances").json().get("propres").get(0).asInt());
        assertEquals(201, c.post("/api/mise_en_bouteille", mise).statut());
        mise.put("contenance_ml", 3000);
        assertEquals(201, c.post("/api/mise_en_bouteille", mise).statut(), "a 3 l format");
        assertTrue(c.get("/api/domaine/contenances")
                .json()
                .get("reglementaires")
                .toString()
                .contains("750"));
    }

    @Test
    void une_parcelle_a_la_surface_d_une_parcelle() {
        Client c = Client.inscrit("Domaine des Surfaces");
        for (Object surface : List.of(new java.math.BigDecimal("1E-7"), 5000, new java.math.BigDecimal("1.23456"))) {
            Client.Reponse r =
                    c.post("/api/parcelles", Map.of("nom", "P", "cepage", "Melon B.", "surface_ha", surface));
            assertEquals(422, r.statut(), surface + " ha");
            assertEquals("surface_ha", champ(r));
        }
        assertEquals(
                201,
                c.post(
                                "/api/parcelles",
                                Map.of(
                                        "nom",
                                        "P",
                                        "cepage",
                                        "Melon B.",
                                        "surface_ha",
                                        new java.math.BigDecimal("0.0001")))
                        .statut());
    }

    @Test
    void une_annulation_dit_pourquoi_et_ne_s_offre_qu_une_fois() {
        Client c = Client.inscrit("Domaine des Annulations");
        long parcelle = c.post("/api/parcelles", Map.of("nom", "P", "cepage", "Melon B.", "surface_ha", 1))
                .json()
                .get("id")
                .asLong();
        long cuve = c.post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 100))
                .json()
                .get("id")
                .asLong();
        long m = c.post(
                        "/api/vendanges",
                        Map.of(
                                "parcelle_id",
                                parcelle,
                                "date",
                                "2026-09-12",
                                "volume_hl",
                                10,
                                "cuve_id",
                                cuve,
                                "produit",
                                PRODUIT))
                .json()
                .get("mouvement_id")
                .asLong();
        long numero = c.post("/api/mouvements/" + m + "/valider", Map.of())
                .json()
                .get("numero")
                .asLong();
        Client.Reponse sansMotif = c.post("/api/mouvements/" + m + "/contre-passation", Map.of("date", "2026-09-13"));
        assertEquals(422, sansMotif.statut(), "before: the reason was required by the page only");
        assertEquals("commentaire", champ(sansMotif));
        Client.Reponse inverse = c.post(
                "/api/mouvements/" + m + "/contre-passation",
                Map.of("date", "2026-09-13", "commentaire", "vendange saisie deux fois"));
        assertEquals(201, inverse.statut());
        assertTrue(inverse.json().get("commentaire").asText().contains("n° " + numero), "the register's text cites it");
        Client.Reponse deux = c.post(
                "/api/mouvements/" + m + "/contre-passation", Map.of("date", "2026-09-13", "commentaire", "encore"));
        assertEquals(409, deux.statut());
        assertTrue(
                deux.json().get("detail").asText().contains("mouvement n° " + numero)
                        && !deux.json()
                                .get("detail")
                                .asText()
                                .contains(
                                        "(mouvement " + inverse.json().get("id").asLong() + ")"),
                "named by the number the journal shows: "
                        + deux.json().get("detail").asText());
        String page = c.get("/app/mouvements/" + m).texte();
        assertTrue(!page.contains("Annuler par une écriture inverse") && page.contains("Annulé par"), "offered once");
    }

    @Test
    void deux_personnes_saisissent_en_meme_temps_et_chaque_vendange_entre_sous_le_produit_choisi() {
        Client a = Client.inscrit("Domaine des Deux Saisies");
        long parcelle = a.post("/api/parcelles", Map.of("nom", "P", "cepage", "Melon B.", "surface_ha", 1))
                .json()
                .get("id")
                .asLong();
        long cuveA = a.post("/api/cuves", Map.of("nom", "Cuve A", "capacite_hl", 100))
                .json()
                .get("id")
                .asLong();
        long cuveB = a.post("/api/cuves", Map.of("nom", "Cuve B", "capacite_hl", 100))
                .json()
                .get("id")
                .asLong();
        // Someone opens the harvest form and chooses a product from its list…
        String formulaire = a.get("/app/vendanges/nouvelle").texte();
        java.util.regex.Matcher option = java.util.regex.Pattern.compile(
                        "<option value=\"([^\"]+)\"[^>]*>Muscadet Sèvre et Maine Sur lie \\(AOP\\)")
                .matcher(formulaire);
        assertTrue(option.find(), "the catalogue's Muscadet Sur lie is offered");
        String choisi = option.group(1).replace("&#39;", "'");
        // …meanwhile another session books a harvest with another label, which comes first in every list from now on…
        Client b = a.memeAdresse();
        b.connecter(a.email(), Client.MOT_DE_PASSE);
        Client.Reponse autre = b.formulaire(
                "/app/vendanges",
                Map.of(
                        "parcelleId",
                        Long.toString(parcelle),
                        "date",
                        "2026-09-12",
                        "volumeHl",
                        "5",
                        "cuveId",
                        Long.toString(cuveB),
                        "produit",
                        "Rosé de Loire",
                        "action",
                        "valider"));
        assertEquals(303, autre.statut(), autre.texte());
        // …then the first person sends the form as they filled it.
        Client.Reponse envoi = a.formulaire(
                "/app/vendanges",
                Map.of(
                        "parcelleId",
                        Long.toString(parcelle),
                        "date",
                        "2026-09-12",
                        "volumeHl",
                        "10",
                        "cuveId",
                        Long.toString(cuveA),
                        "produit",
                        choisi,
                        "action",
                        "valider"));
        assertEquals(303, envoi.statut(), envoi.texte());
        for (JsonNode l : a.get("/api/lots").json()) {
            if (l.get("lot").get("cuve_id").asLong() == cuveA) {
                assertEquals(
                        "Muscadet Sèvre et Maine Sur lie",
                        l.get("lot").get("produit").get("libelle_douane").asText(),
                        "before: the product was posted as its place in a list rebuilt in another order, and booked as another");
            }
        }
        Client.Reponse inconnu = a.formulaire(
                "/app/vendanges",
                Map.of(
                        "parcelleId",
                        Long.toString(parcelle),
                        "date",
                        "2026-09-12",
                        "volumeHl",
                        "1",
                        "cuveId",
                        Long.toString(cuveA),
                        "produit",
                        "Un produit qui n'existe pas",
                        "action",
                        "valider"));
        assertEquals(422, inconnu.statut(), "a label the list does not offer is refused, never replaced");
    }
}
