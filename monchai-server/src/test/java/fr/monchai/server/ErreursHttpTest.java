package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.monchai.server.http.Route;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bad input gets the right 4xx as problem+json naming the field, and writes nothing; idempotent POSTs; the OpenAPI document. */
class ErreursHttpTest {

    private static String champ(Client.Reponse r) {
        return r.json().get("erreurs").get(0).get("champ").asText();
    }

    @Test
    void chaque_mauvaise_saisie_a_son_statut_son_champ_et_ne_change_rien() {
        Client c = Client.inscrit("Domaine des Erreurs");
        Client.Reponse manquant = c.post("/api/parcelles", Map.of("nom", "Sans surface", "cepage", "Melon B."));
        assertEquals(422, manquant.statut());
        assertTrue(manquant.type().startsWith("application/problem+json"));
        assertEquals("surface_ha", champ(manquant));
        Client.Reponse negatif =
                c.post("/api/parcelles", Map.of("nom", "Négative", "cepage", "Melon B.", "surface_ha", -1));
        assertEquals("surface_ha", champ(negatif));
        Client.Reponse type =
                c.post("/api/parcelles", Map.of("nom", "Type", "cepage", "Melon B.", "surface_ha", "grande"));
        assertEquals(422, type.statut());
        assertEquals("surface_ha", champ(type));
        Client.Reponse inconnu =
                c.post("/api/parcelles", Map.of("nom", "X", "cepage", "Melon B.", "surface_ha", 1, "couleur", "bleu"));
        assertEquals("couleur", champ(inconnu));
        Client.Reponse malforme = c.brut("POST", "/api/cuves", "{\"nom\": \"Cuve\", ");
        assertEquals(422, malforme.statut());
        assertFalse(malforme.json().toString().contains("at com.")
                || malforme.json().toString().contains("Exception"));
        Client.Reponse absurde = c.post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 1e12));
        assertEquals("capacite_hl", champ(absurde));
        Client.Reponse enorme = c.brut("POST", "/api/cuves", "{\"nom\": \"" + "x".repeat(70_000) + "\"}");
        assertEquals(413, enorme.statut());
        Client.Reponse introuvable = c.post(
                "/api/vendanges",
                Map.of("parcelle_id", 987_654_321L, "date", "2026-09-12", "volume_hl", 3, "cuve_id", 987_654_322L));
        assertEquals(404, introuvable.statut());
        assertEquals("parcelle_id", champ(introuvable));
        assertEquals(404, c.get("/api/cuves/pas-un-nombre").statut());
        assertEquals(404, c.get("/api/nulle-part").statut());
        assertEquals(0, c.get("/api/parcelles").json().size());
        assertEquals(0, c.get("/api/cuves").json().size());
        long cuve = c.post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 20))
                .json()
                .get("id")
                .asLong();
        Client.Reponse conflit = c.post(
                "/api/mouvements/soutirages",
                Map.of("source_lot_id", 1, "destination_cuve_id", cuve, "volume_hl", 1, "date", "2026-09-12"));
        assertEquals(404, conflit.statut());
        assertEquals(422, c.get("/api/mouvements?du=hier").statut());
        assertEquals(422, c.get("/api/mouvements.csv?du=hier").statut());
        assertEquals(422, c.get("/api/capsules?date=1850-01-01").statut());
    }

    @Test
    void chaque_post_refuse_le_json_mal_forme_le_corps_vide_et_le_corps_enorme_sans_rien_ecrire() {
        Client c = Client.inscrit("Domaine des Mauvais Corps");
        String etat = etat(c);
        for (Route r : ServeurDeTest.serveur()
                .injecteur()
                .getInstance(fr.monchai.server.http.Routeur.class)
                .routes()) {
            if ((!"POST".equals(r.methode()) && !"PUT".equals(r.methode()))
                    || r.chemin().startsWith("/api/auth/")
                    || r.page()) {
                continue;
            }
            String chemin = r.chemin().replaceAll(":[a-zA-Z_]+", "1");
            for (String corps : new String[] {"{\"a\": ", "[1, 2]", "\"texte\"", "{\"volume_hl\": \"beaucoup\"}"}) {
                int statut = c.brut(r.methode(), chemin, corps).statut();
                assertTrue(
                        statut >= 400 && statut < 500,
                        r.methode() + " " + r.chemin() + " with " + corps + " -> " + statut);
            }
            assertEquals(
                    413,
                    c.brut(r.methode(), chemin, "{\"x\": \"" + "y".repeat(70_000) + "\"}")
                            .statut(),
                    r.chemin());
        }
        assertEquals(etat, etat(c), "nothing was written");
    }

    private static String etat(Client c) {
        return c.get("/api/parcelles").json().toString()
                + c.get("/api/cuves").json()
                + c.get("/api/mouvements").json()
                + c.get("/api/produits").json()
                + c.get("/api/clients").json()
                + c.get("/api/commandes").json()
                + c.get("/api/factures").json()
                + c.get("/api/drm/exports").json()
                + c.get("/api/utilisateurs").json();
    }

    @Test
    void une_creation_rejouee_avec_la_meme_cle_ne_cree_rien_deux_fois() throws Exception {
        Client c = Client.inscrit("Domaine Idempotent").entete("Idempotency-Key", "cle-1");
        Client.Reponse premier = c.post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 20));
        Client.Reponse second = c.post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 20));
        assertEquals(201, premier.statut());
        assertEquals(201, second.statut());
        assertEquals(premier.json(), second.json());
        assertEquals(
                "true",
                second.brute().headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(1, c.get("/api/cuves").json().size());
        assertEquals(
                409,
                c.post("/api/cuves", Map.of("nom", "Autre", "capacite_hl", 20)).statut());
        Client d = Client.inscrit("Domaine Idempotent concurrent").entete("Idempotency-Key", "cle-2");
        java.util.concurrent.ExecutorService ex = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<java.util.concurrent.Future<Integer>> statuts = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuts.add(ex.submit(() -> d.post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 20))
                    .statut()));
        }
        for (java.util.concurrent.Future<Integer> f : statuts) {
            assertEquals(201, f.get().intValue());
        }
        ex.shutdown();
        assertEquals(1, d.get("/api/cuves").json().size(), "retries sent at once create one cuve");
    }

    @Test
    void le_document_openapi_liste_exactement_les_routes_du_serveur() {
        JsonNode doc = new Client().get("/api/openapi.json").json();
        assertEquals("3.1.0", doc.get("openapi").asText());
        Set<String> documentees = new HashSet<>();
        for (Map.Entry<String, JsonNode> e : doc.get("paths").properties()) {
            e.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> documentees.add(m.toUpperCase(java.util.Locale.ROOT) + " " + e.getKey()));
        }
        Set<String> servies = new HashSet<>();
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        for (io.vertx.ext.web.Route r : ServeurDeTest.serveur()
                .injecteur()
                .getInstance(fr.monchai.server.http.Routeur.class)
                .routeur(vertx, null)
                .getRoutes()) {
            if (r.getPath() != null
                    && r.methods() != null
                    && r.methods().size() == 1
                    && (r.getPath().startsWith("/api/") || r.getPath().equals("/healthz"))) {
                servies.add(
                        r.methods().iterator().next().name() + " " + r.getPath().replaceAll(":([a-zA-Z_]+)", "{$1}"));
            }
        }
        vertx.close();
        assertEquals(servies, documentees);
        for (Route r : ServeurDeTest.serveur()
                .injecteur()
                .getInstance(fr.monchai.server.http.Routeur.class)
                .routes()) {
            assertEquals(
                    !r.page(),
                    documentees.contains(r.methode() + " " + r.cheminOpenApi()),
                    "pages stay out of the API's document");
        }
    }

    @Test
    void une_adresse_ou_des_en_tetes_trop_longs_recoivent_un_probleme_json() throws Exception {
        String longue = "GET /api/" + "a".repeat(9000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
        assertProbleme(414, brut(longue));
        String entetes = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Gros: " + "a".repeat(9000) + "\r\n\r\n";
        assertProbleme(431, brut(entetes));
    }

    private static void assertProbleme(int statut, String reponse) throws Exception {
        assertTrue(reponse.startsWith("HTTP/1.1 " + statut) || reponse.startsWith("HTTP/1.0 " + statut), reponse);
        assertTrue(
                reponse.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), reponse);
        JsonNode corps = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(reponse.substring(reponse.indexOf("\r\n\r\n") + 4));
        assertEquals(statut, corps.get("status").asInt());
        assertFalse(corps.get("title").asText().isBlank());
    }

    /** Speaks HTTP over a bare socket: the JDK's client refuses to send what these tests must send. */
    private static String brut(String requete) throws Exception {
        try (java.net.Socket s =
                new java.net.Socket("localhost", ServeurDeTest.serveur().port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(requete.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
