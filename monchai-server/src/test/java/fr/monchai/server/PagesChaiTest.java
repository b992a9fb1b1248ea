package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a first-time user met in the cellar pages, read as the server renders them. */
class PagesChaiTest {

    @Test
    void une_cuverie_vide_le_dit_et_un_volume_illisible_est_signale() {
        Client c = Client.inscrit("Domaine Tout Neuf");
        String vide = c.get("/app/cuverie").texte();
        assertTrue(
                vide.contains("Aucune cuve pour l'instant") && vide.contains("Créer une première cuve"),
                "before: « Aucune cuve ne correspond »");
        c.post("/api/cuves", Map.of("nom", "Cuve 1", "capacite_hl", 50));
        String filtre = c.get("/app/cuverie?place=abc").texte();
        assertTrue(filtre.contains("« abc » n&#39;est pas un volume"), "before: silently ignored");
        assertTrue(filtre.contains("Cuve 1"));
        assertFalse(
                c.get("/app/cuverie").texte().contains("En cours"),
                "a cuve with wine reads « Occupée », never « en cours »");
    }

    @Test
    void les_pages_voyagent_compressees_et_les_styles_se_gardent_un_an_sous_une_adresse_qui_nomme_leur_contenu()
            throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var page = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(ServeurDeTest.url() + "/connexion"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(
                "gzip",
                page.headers().firstValue("Content-Encoding").orElse(""),
                "before: HTML, CSS and JS uncompressed");
        String html = new String(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        var css = java.util.regex.Pattern.compile("href=\"(/static/v[0-9a-f]+/css/app\\.css)\"")
                .matcher(html);
        assertTrue(css.find(), html);
        var reponse = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(ServeurDeTest.url() + css.group(1)))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(200, reponse.statusCode());
        assertEquals(
                "public, max-age=31536000, immutable",
                reponse.headers().firstValue("Cache-Control").orElse(""));
        var icone = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(ServeurDeTest.url() + "/favicon.ico"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(200, icone.statusCode(), "before: every page's /favicon.ico was a 404");
    }
}
