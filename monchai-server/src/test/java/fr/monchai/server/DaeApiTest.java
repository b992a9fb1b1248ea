package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A DAE over HTTP: its consignee's excise number is required, its discharge takes it off the relevé de non-apurement. */
class DaeApiTest {

    /** A domaine with its identity and 50 hl of Muscadet, and a draft bulk sale of 10 hl of it to that destination. */
    private static long venteVrac(Client c, String domaine, String destination) {
        assertEquals(200, ParcoursTest.parametrer(c, "SCEA " + domaine).statut());
        long lot = ParcoursTest.lotRecolte(c, "2026-09-05", 50, ParcoursTest.MUSCADET_SUR_LIE);
        return c.post(
                        "/api/mouvements/ventes-vrac",
                        Map.of("lot_id", lot, "volume_hl", 10, "destination", destination, "date", "2026-09-10"))
                .json()
                .get("id")
                .asLong();
    }

    @Test
    void un_envoi_sous_dae_nomme_son_destinataire_et_son_apurement_le_retire_du_releve() {
        Client c = Client.inscrit("Domaine du DAE");
        long vente = venteVrac(c, "Domaine du DAE", "LIVRAISON_UE");
        Client.Reponse sansDestinataire = c.post(
                "/api/mouvements/" + vente + "/references",
                Map.of("pays", "BE", "numero_document", "26FRA00000000000042A1"));
        assertEquals(422, sansDestinataire.statut(), String.valueOf(sansDestinataire.json()));
        assertEquals(
                "accise_destinataire",
                sansDestinataire.json().get("erreurs").get(0).get("champ").asText());
        assertEquals(
                200,
                c.post(
                                "/api/mouvements/" + vente + "/references",
                                Map.of(
                                        "pays",
                                        "BE",
                                        "numero_document",
                                        "26FRA00000000000042A1",
                                        "accise_destinataire",
                                        "BE00001234E56"))
                        .statut());
        c.post("/api/mouvements/" + vente + "/valider", Map.of());
        JsonNode documents =
                c.get("/api/drm/apercu?mois=2026-09").json().get("declaration").get("documents");
        assertEquals(
                "BE00001234E56", documents.get(0).get("accise_destinataire").asText(), documents.toString());
        Client.Reponse tropTot = c.post("/api/mouvements/" + vente + "/apurement", Map.of("date", "2026-09-09"));
        assertEquals(422, tropTot.statut(), String.valueOf(tropTot.json()));
        assertEquals(
                1,
                c.get("/api/drm/apercu?mois=2026-09")
                        .json()
                        .get("declaration")
                        .get("documents")
                        .size(),
                "nothing changed");
        assertEquals(
                "2026-09-25",
                c.post("/api/mouvements/" + vente + "/apurement", Map.of("date", "2026-09-25"))
                        .json()
                        .get("apurement")
                        .asText());
        JsonNode apure =
                c.get("/api/drm/apercu?mois=2026-09").json().get("declaration").get("documents");
        assertEquals(1, apure.size(), "the month's documents keep the discharged DAE, with its discharge");
        assertEquals("DAE", apure.get(0).get("type").asText());
        assertEquals(
                "2026-09-25",
                apure.get(0).get("apurement").asText(),
                "a DAE discharged within the month, which the relevé de non-apurement leaves out");
    }

    @Test
    void
            le_vin_parti_chez_un_prestataire_revient_sans_depasser_ce_qui_est_parti_et_la_drm_le_declare_en_mouvement_temporaire() {
        Client c = Client.inscrit("Domaine du Prestataire");
        long sortie = venteVrac(c, "Domaine du Prestataire", "TRAVAIL_A_FACON");
        assertEquals(
                200, c.post("/api/mouvements/" + sortie + "/valider", Map.of()).statut());
        long cuve = c.post("/api/cuves", Map.of("nom", "Cuve de retour", "capacite_hl", 40))
                .json()
                .get("id")
                .asLong();
        Client.Reponse trop = c.post(
                "/api/mouvements/retours-travail-a-facon",
                Map.of(
                        "destination_cuve_id",
                        cuve,
                        "volume_hl",
                        12,
                        "produit",
                        ParcoursTest.MUSCADET_SUR_LIE,
                        "date",
                        "2026-09-20"));
        assertEquals(409, trop.statut(), String.valueOf(trop.json()));
        assertEquals("VOLUME_INSUFFISANT", trop.json().get("code").asText());
        assertTrue(
                trop.json()
                        .get("detail")
                        .asText()
                        .contains("chez les prestataires (travail à façon), il n'y a que 10 hl disponibles"),
                trop.json().toString());
        long retour = c.post(
                        "/api/mouvements/retours-travail-a-facon",
                        Map.of(
                                "destination_cuve_id",
                                cuve,
                                "volume_hl",
                                9.5,
                                "produit",
                                ParcoursTest.MUSCADET_SUR_LIE,
                                "date",
                                "2026-09-20",
                                "commentaire",
                                "retour d'embouteillage"))
                .json()
                .get("id")
                .asLong();
        assertEquals(
                200, c.post("/api/mouvements/" + retour + "/valider", Map.of()).statut());
        JsonNode lignes = c.get("/api/drm/apercu?mois=2026-09")
                .json()
                .get("declaration")
                .get("droits_suspendus")
                .get(0)
                .get("lignes");
        assertTrue(
                lignes.toString().contains("\"SORTIE_TRAVAIL_A_FACON\"")
                        && lignes.toString().contains("\"RETOUR_TRAVAIL_A_FACON\""),
                lignes.toString());
        Client.Reponse commande = c.post(
                "/api/commandes",
                Map.of(
                        "client_id",
                        1,
                        "date",
                        "2026-09-21",
                        "destination",
                        "TRAVAIL_A_FACON",
                        "reference",
                        Map.of(),
                        "lignes",
                        java.util.List.of(Map.of("produit_id", 1, "quantite", 1))));
        assertEquals(422, commande.statut(), String.valueOf(commande.json()));
        assertEquals(
                "destination",
                commande.json().get("erreurs").get(0).get("champ").asText(),
                "wine away at a provider is not sold");
    }

    @Test
    void une_vente_a_un_negociant_hors_contrat_nomme_son_acheteur_et_son_prix() {
        Client c = Client.inscrit("Domaine du Négoce");
        long vente = venteVrac(c, "Domaine du Négoce", "ENTREPOSITAIRE_AGREE");
        Client.Reponse sansPrix = c.post(
                "/api/mouvements/" + vente + "/references",
                Map.of(
                        "numero_document",
                        "26FRA00000000000043A1",
                        "accise_destinataire",
                        "FR044012E0001",
                        "nom_acheteur",
                        "Négoce du Val"));
        assertEquals(422, sansPrix.statut(), String.valueOf(sansPrix.json()));
        assertEquals(
                "prix_hl", sansPrix.json().get("erreurs").get(0).get("champ").asText());
        Client.Reponse sousContrat = c.post(
                "/api/mouvements/" + vente + "/references",
                Map.of(
                        "numero_document",
                        "26FRA00000000000043A1",
                        "accise_destinataire",
                        "FR044012E0001",
                        "numero_contrat",
                        "2026000000042",
                        "nom_acheteur",
                        "Négoce du Val",
                        "prix_hl",
                        180));
        assertEquals(422, sousContrat.statut(), "under an interprofession contract, the contract carries them");
        Client.Reponse troisDecimales = c.post(
                "/api/mouvements/" + vente + "/references",
                Map.of(
                        "numero_document",
                        "26FRA00000000000043A1",
                        "accise_destinataire",
                        "FR044012E0001",
                        "nom_acheteur",
                        "Négoce du Val",
                        "prix_hl",
                        180.125));
        assertEquals(422, troisDecimales.statut(), "a price to the cent, never rounded silently");
        Client.Reponse ok = c.post(
                "/api/mouvements/" + vente + "/references",
                Map.of(
                        "numero_document",
                        "26FRA00000000000043A1",
                        "accise_destinataire",
                        "FR044012E0001",
                        "nom_acheteur",
                        "Négoce du Val",
                        "prix_hl",
                        180.5));
        assertEquals(200, ok.statut(), String.valueOf(ok.json()));
        c.post("/api/mouvements/" + vente + "/valider", Map.of());
        JsonNode lignes = c.get("/api/drm/apercu?mois=2026-09")
                .json()
                .get("declaration")
                .get("droits_suspendus")
                .get(0)
                .get("lignes");
        JsonNode vendue = null;
        for (JsonNode l : lignes) {
            if (l.get("nature").asText().equals("VENTE_ENTREPOSITAIRE")) {
                vendue = l;
            }
        }
        assertEquals("Négoce du Val", vendue.get("acheteur").get("nom").asText(), lignes.toString());
        assertEquals(
                0,
                new java.math.BigDecimal("180.50")
                        .compareTo(vendue.get("acheteur").get("prix_hl").decimalValue()));
    }
}
