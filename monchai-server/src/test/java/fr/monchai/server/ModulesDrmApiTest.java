package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.monchai.drm.kit.JarDePlugin;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plugin jar dropped in the server's plugins folder ({@code MONCHAI_PLUGINS}) is listed with its
 * settings, chosen by a domaine, and previews and exports that domaine's DRM; a domaine that chose
 * none keeps the server's default.
 */
class ModulesDrmApiTest {

    @Test
    void un_module_depose_dans_le_dossier_se_liste_se_choisit_et_exporte() throws Exception {
        Path plugins = Files.createTempDirectory("monchai-plugins");
        JarDePlugin.ecrire(
                plugins,
                "module-essai.jar",
                "essai.dossier.Fabrique",
                JarDePlugin.pluginMinimal("essai.dossier", "essai-dossier", FabriqueExportateurDrm.VERSION_SPI));
        JarDePlugin.ecrire(
                plugins,
                "module-ancien.jar",
                "essai.ancien.Fabrique",
                JarDePlugin.pluginMinimal("essai.ancien", "ancien", 1));
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put(
                "MONCHAI_DATA",
                Files.createTempDirectory("monchai-serveur-plugins").toString());
        env.put("MONCHAI_PLUGINS", plugins.toString());
        env.put("SMTP_URL", Courriels.smtp());
        try (Main.Demarre serveur = Main.demarrer(Configuration.depuis(env))) {
            Client c = Client.inscrit("Domaine du Module", serveur.port());
            assertEquals(
                    200, ParcoursTest.parametrer(c, "SCEA Domaine du Module").statut());
            ParcoursTest.lotRecolte(
                    c,
                    "2026-09-05",
                    30,
                    Map.of(
                            "certification",
                            "AOP",
                            "genre",
                            "TRANQUILLE",
                            "appellation",
                            "Muscadet Sèvre et Maine",
                            "mention",
                            "Sur lie",
                            "lieu",
                            "",
                            "couleur",
                            "BLANC",
                            "cepage",
                            "",
                            "libelle_douane",
                            "Muscadet Sèvre et Maine sur lie"));

            JsonNode liste = c.get("/api/drm/plugins").json();
            List<String> ids = new ArrayList<>();
            liste.forEach(m -> ids.add(m.get("id").asText()));
            assertEquals(
                    List.of("essai-dossier", "interloire"),
                    ids,
                    "the plugin built for another SPI version is left out");
            JsonNode interloire = liste.get(1);
            assertTrue(
                    interloire.get("celui_du_domaine").asBoolean(),
                    "several plugins and no choice: InterLoire, Loire first");
            assertEquals(
                    "catalogue_produits",
                    interloire.get("reglages").get(0).get("nom").asText());
            assertEquals(
                    "DOCUMENT", interloire.get("reglages").get(0).get("type").asText());
            assertEquals(
                    FabriqueExportateurDrm.VERSION_SPI,
                    interloire.get("version_spi").asInt());
            assertFalse(c.get("/api/domaine/drm")
                    .json()
                    .get("choisi_par_le_domaine")
                    .asBoolean());

            assertEquals(
                    404, c.put("/api/domaine/drm", Map.of("plugin", "ancien")).statut());
            Client.Reponse vide = c.put("/api/domaine/drm", Map.of("plugin", ""));
            assertEquals(422, vide.statut());
            assertEquals(
                    "plugin", vide.json().get("erreurs").get(0).get("champ").asText());
            Client.Reponse chemin =
                    c.put("/api/domaine/drm/interloire", Map.of("reglages", Map.of("catalogue", "/etc/passwd")));
            assertEquals(422, chemin.statut(), "a file path on the server is not a setting a domaine may give");
            assertEquals(
                    "reglages.catalogue",
                    chemin.json().get("erreurs").get(0).get("champ").asText());

            Map<String, Object> identite = ParcoursTest.identite("SCEA Domaine du Module");
            identite.put("identifiants_interprofession", Map.of("BIVC", "99999901"));
            Client.Reponse mauvaiseCle = c.put("/api/domaine/parametres", identite);
            assertEquals(422, mauvaiseCle.statut(), String.valueOf(mauvaiseCle.json()));
            assertTrue(
                    mauvaiseCle
                            .json()
                            .get("erreurs")
                            .get(0)
                            .get("champ")
                            .asText()
                            .startsWith("identifiants_interprofession"),
                    String.valueOf(mauvaiseCle.json()));
            identite.put("identifiants_interprofession", Map.of("interloire", "00000001"));
            Client.Reponse deuxFois = c.put("/api/domaine/parametres", identite);
            assertEquals(422, deuxFois.statut(), "two InterLoire ids that differ: neither wins without a word");
            assertEquals(
                    "identifiants_interprofession",
                    deuxFois.json().get("erreurs").get(0).get("champ").asText());
            assertTrue(deuxFois.json()
                    .get("erreurs")
                    .get(0)
                    .get("message")
                    .asText()
                    .contains("identifiant_interloire"));
            identite.put("identifiants_interprofession", Map.of("bivc", "99999901", "essai-dossier", "E-42"));
            assertEquals(200, c.put("/api/domaine/parametres", identite).statut());
            assertEquals(
                    "E-42",
                    c.get("/api/domaine/parametres")
                            .json()
                            .get("identifiants_interprofession")
                            .get("essai-dossier")
                            .asText());

            Client.Reponse choix = c.put("/api/domaine/drm", Map.of("plugin", "essai-dossier"));
            assertEquals(200, choix.statut(), String.valueOf(choix.json()));
            assertEquals(
                    "essai-dossier",
                    c.get("/api/domaine/drm").json().get("plugin").asText());
            assertEquals(200, c.get("/api/drm/apercu?mois=2026-09").statut());
            Client.Reponse export = c.post("/api/drm/exports", Map.of("mois", "2026-09", "definitif", false));
            assertEquals(201, export.statut(), String.valueOf(export.json()));
            assertEquals("essai-dossier", export.json().get("plugin").asText());
            String fichier = new String(
                    c.get("/api/drm/exports/" + export.json().get("id").asLong() + "/fichiers/0")
                            .brute()
                            .body(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertEquals("produit,debut,fin\nMuscadet Sèvre et Maine sur lie,0,30\n", fichier);
        }
    }
}
