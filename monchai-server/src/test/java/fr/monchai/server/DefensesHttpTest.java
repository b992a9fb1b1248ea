package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.monchai.comptes.Role;
import fr.monchai.persistence.BaseDeDonnees;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What a hostile client or a careless spreadsheet meets: headers, CSV cells, logs, odd bytes, bank details, static files. */
class DefensesHttpTest {

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

    /** A harvest of 10 hl validated, then a loss whose comment is what a user typed; returns the lot's id. */
    private static long vendangeEtPerte(Client c, String commentaire) {
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
        c.post("/api/mouvements/" + m + "/valider", Map.of());
        long lot = lotDe(c, cuve);
        Client.Reponse perte = c.post(
                "/api/mouvements/pertes",
                Map.of("lot_id", lot, "volume_hl", 0.5, "date", "2026-09-13", "commentaire", commentaire));
        assertEquals(201, perte.statut(), String.valueOf(perte.json()));
        return lot;
    }

    private static long lotDe(Client c, long cuve) {
        for (JsonNode l : c.get("/api/lots").json()) {
            if (l.get("lot").get("cuve_id").asLong() == cuve) {
                return l.get("lot").get("id").asLong();
            }
        }
        throw new AssertionError("no lot in cuve " + cuve);
    }

    @Test
    void le_csv_du_journal_ne_laisse_aucune_formule_au_tableur() throws Exception {
        Client c = Client.inscrit("Domaine des Formules");
        vendangeEtPerte(c, "=HYPERLINK(\"http://pirate.example\";\"clic\")");
        vendangeEtPerte(c, "ok\r=1+1");
        vendangeEtPerte(c, "@SUM(A1:A9)\n-2+3");
        Client.Reponse api = c.get("/api/mouvements.csv");
        List<CSVRecord> lignes = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(api.texte()))
                .getRecords();
        List<String> commentaires = lignes.stream()
                .map(l -> l.get("commentaire"))
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        assertEquals(
                List.of("'=HYPERLINK(\"http://pirate.example\";\"clic\")", "ok\r'=1+1", "'@SUM(A1:A9)\n'-2+3"),
                commentaires,
                "before: the formulas went through as is, and ok\\r=1+1 started a new row");
        assertTrue(
                lignes.stream().anyMatch(l -> l.get("volume_hl").equals("-0.5")), "a negative volume stays a number");
        Client.Reponse page = c.get("/app/journal.csv");
        List<CSVRecord> francaises = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(page.texte().substring(1)))
                .getRecords();
        assertTrue(
                francaises.stream().anyMatch(l -> l.get(7).equals("ok\r'=1+1")), "the page's CSV by the same writer");
        assertTrue(francaises.stream().anyMatch(l -> l.get(5).equals("-0,5")), "the volume column, a number");
    }

    @Test
    void un_numero_de_document_est_un_numero_jamais_une_formule() {
        Client c = Client.inscrit("Domaine des Documents");
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
        c.post("/api/mouvements/" + m + "/valider", Map.of());
        long lot = lotDe(c, cuve);
        long vente = c.post(
                        "/api/mouvements/ventes-vrac",
                        Map.of(
                                "lot_id",
                                lot,
                                "volume_hl",
                                2,
                                "destination",
                                "FRANCE_DROITS_SUSPENDUS",
                                "date",
                                "2026-09-20"))
                .json()
                .get("id")
                .asLong();
        c.post("/api/mouvements/" + vente + "/valider", Map.of());
        Client.Reponse formule =
                c.post("/api/mouvements/" + vente + "/references", Map.of("numero_document", "=cmd|'/C calc'!A0"));
        assertEquals(422, formule.statut(), "before: written as is into the portal's CSV");
        assertEquals(
                "numero_document",
                formule.json().get("erreurs").get(0).get("champ").asText());
        assertEquals(
                200,
                c.post("/api/mouvements/" + vente + "/references", Map.of("numero_document", "DSA-2026/0042"))
                        .statut());
        long export = c.post(
                        "/api/mouvements/ventes-vrac",
                        Map.of("lot_id", lot, "volume_hl", 2, "destination", "EXPORT", "date", "2026-09-21"))
                .json()
                .get("id")
                .asLong();
        c.post("/api/mouvements/" + export + "/valider", Map.of());
        assertEquals(
                422,
                c.post("/api/mouvements/" + export + "/references", Map.of("pays", "US", "numero_document", "4001"))
                        .statut(),
                "under bond, an ARC");
        assertEquals(
                200,
                c.post(
                                "/api/mouvements/" + export + "/references",
                                Map.of("pays", "US", "numero_document", "26FRA00000000000001A1"))
                        .statut());
    }

    @Test
    void chaque_reponse_authentifiee_est_non_stockable_et_les_en_tetes_de_securite_sont_partout() throws Exception {
        Client c = Client.inscrit("Domaine des En-têtes");
        vendangeEtPerte(c, "rien");
        for (String chemin :
                List.of("/api/me", "/api/mouvements.csv", "/app/tableau-de-bord", "/api/openapi.json", "/connexion")) {
            Client.Reponse r = c.get(chemin);
            assertEquals(
                    "no-store",
                    r.brute().headers().firstValue("Cache-Control").orElse(""),
                    chemin + ": before, only pages said so");
            assertTrue(
                    r.brute()
                            .headers()
                            .firstValue("Permissions-Policy")
                            .orElse("")
                            .contains("camera=()"),
                    chemin);
            assertEquals(
                    "nosniff",
                    r.brute().headers().firstValue("X-Content-Type-Options").orElse(""),
                    chemin);
        }
        Client.Reponse jeton = c.post("/api/jetons", Map.of("nom", "ERP"));
        assertEquals(
                "no-store", jeton.brute().headers().firstValue("Cache-Control").orElse(""), "the token's creation");
        assertTrue(
                c.get("/api/me")
                        .brute()
                        .headers()
                        .firstValue("Strict-Transport-Security")
                        .isEmpty(),
                "no HSTS over plain HTTP");

        // Behind TLS (MONCHAI_SECURE_COOKIES), every answer asks the browser to stay on HTTPS.
        Map<String, String> env = new HashMap<>(ServeurDeTest.serveur()
                .injecteur()
                .getInstance(BaseDeDonnees.class)
                .variablesConnexion());
        env.put("PORT", "0");
        env.put("MONCHAI_SECURE_COOKIES", "true");
        try (Main.Demarre tls = Main.demarrer(Configuration.depuis(env))) {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + tls.port() + "/connexion"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(
                    "max-age=31536000; includeSubDomains",
                    r.headers().firstValue("Strict-Transport-Security").orElse(""),
                    "before: no HSTS even with secure cookies");
        }
    }

    @Test
    void le_journal_des_requetes_est_du_json_valide_et_dit_qui_et_d_ou_avec_les_evenements_de_securite()
            throws Exception {
        List<String> lignes = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (lignes) {
                    lignes.add(r.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger http = Logger.getLogger("fr.monchai.server.http");
        Logger securite = Logger.getLogger("fr.monchai.server.securite");
        http.addHandler(capture);
        securite.addHandler(capture);
        try {
            Client admin = Client.inscrit("Domaine du Journal");
            admin.get("/api/me");
            new Client().connecter(admin.email(), "pas-le-bon-mot-de-passe");
            Client membre = SecuriteTest.membre(admin, Role.OPERATEUR);
            long id = membre.get("/api/me").json().get("utilisateur").get("id").asLong();
            admin.put("/api/utilisateurs/" + id + "/role", Map.of("role", "COMPTA"));
            long jeton = admin.post("/api/jetons", Map.of("nom", "ERP"))
                    .json()
                    .get("id")
                    .asLong();
            admin.delete("/api/jetons/" + jeton);
            admin.delete("/api/utilisateurs/" + id);
            try (Socket s = new Socket("localhost", ServeurDeTest.serveur().port())) {
                OutputStream out = s.getOutputStream();
                out.write("GET /api/x\\\" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                long reponse = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                        .lines()
                        .count();
                assertTrue(reponse > 0, "the server answered the request");
            }
            Thread.sleep(300); // the request log is written when the answer ends
        } finally {
            http.removeHandler(capture);
            securite.removeHandler(capture);
        }
        List<JsonNode> json = new ArrayList<>();
        synchronized (lignes) {
            for (String l : lignes) {
                json.add(Client.JSON.readTree(l)); // before: GET /api/x\ wrote an invalid line
            }
        }
        assertTrue(json.stream().anyMatch(j -> j.path("path").asText().equals("/api/x\\\"")), "the odd path, escaped");
        JsonNode me = json.stream()
                .filter(j -> j.path("path").asText().equals("/api/me"))
                .findFirst()
                .orElseThrow();
        assertTrue(me.has("client") && me.has("user") && me.has("domaine"), me.toString());
        List<String> evenements = json.stream()
                .map(j -> j.path("event").asText())
                .filter(e -> !e.isEmpty())
                .toList();
        for (String e : List.of(
                "connexion_refusee",
                "inscription_confirmee",
                "membre_invite",
                "invitation_acceptee",
                "role_change",
                "jeton_cree",
                "jeton_revoque",
                "membre_retire")) {
            assertTrue(evenements.contains(e), e + " in " + evenements);
        }
        String tout = String.join("\n", lignes);
        assertFalse(tout.contains(Client.MOT_DE_PASSE) || tout.contains("pas-le-bon-mot-de-passe"), "never a password");
    }

    @Test
    void un_octet_nul_ou_un_formulaire_mal_encode_donne_une_refus_clair_pas_une_erreur_500() {
        Client c = Client.inscrit("Domaine des Octets");
        Client.Reponse nul = c.formulaireBrut(
                "/app/parcelles", "_csrf=" + c.csrf() + "&nom=Les%00Carri%C3%A8res&cepage=Melon&surface_ha=1");
        assertEquals(422, nul.statut(), "before: 500 with the database's error code 22021");
        assertTrue(nul.texte().contains("caractère de contrôle"), nul.texte());
        Client.Reponse illisible = c.formulaireBrut("/app/parcelles", "_csrf=" + c.csrf() + "&nom=%zz");
        assertTrue(illisible.statut() == 400 || illisible.statut() == 422, "refused: " + illisible.statut());
        assertTrue(
                illisible.texte().contains("rien n'a été enregistré")
                        || illisible.texte().contains("mal encodé"),
                illisible.texte());
        assertEquals(0, c.get("/api/parcelles").json().size(), "nothing written");
    }

    @Test
    void seuls_les_administrateurs_et_la_comptabilite_lisent_l_iban() {
        Client admin = Client.inscrit("Domaine Bancaire");
        int avant = admin.get("/api/domaine/parametres").statut();
        assertTrue(avant == 200 || avant == 409, "an administrator reads it (409 until it is filled in)");
        for (Role role : List.of(Role.OPERATEUR, Role.OENOLOGUE)) {
            assertEquals(
                    403,
                    SecuriteTest.membre(admin, role)
                            .get("/api/domaine/parametres")
                            .statut(),
                    role + ": before, 200 with the IBAN");
        }
        assertTrue(List.of(200, 409)
                .contains(SecuriteTest.membre(admin, Role.COMPTA)
                        .get("/api/domaine/parametres")
                        .statut()));
    }

    @Test
    void un_chemin_statique_encode_ne_casse_pas_htmx_pour_tout_le_monde() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = ServeurDeTest.url();
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/static/htmx/x%2F..%2Fhtmx.min.js"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<byte[]> htmx = http.send(
                HttpRequest.newBuilder(URI.create(base + "/static/htmx/htmx.min.js"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(
                200,
                htmx.statusCode(),
                "CVE-2026-1002 (Vert.x 5.0.5): one such request made the script 404 for everyone");
        assertTrue(htmx.body().length > 10_000);
    }
}
