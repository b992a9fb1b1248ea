package fr.monchai.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.monchai.core.MonChai;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.server.Configuration;
import fr.monchai.server.Main;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server under load (issue: the SaaS server): requests per second and latency at 32
 * connections with {@code wrk} (Debian's package) on loopback, for reading stock, listing
 * movements, creating and validating a movement, issuing an invoice; beside the library's own
 * rate for creating and validating a movement, in the same run, on the same database.
 */
final class ServeurBanc implements Bancs.Banc {

    /** The cores wrk is pinned to with {@code taskset} ({@code -Dmonchai.banc.wrk.cpu=1}); empty: not pinned. */
    private static final String CPU_WRK = System.getProperty("monchai.banc.wrk.cpu", "");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DUREE = System.getProperty("monchai.bench.wrk.duree", Bancs.rapide() ? "3s" : "10s");
    private static final Map<String, Object> ANJOU = Map.of(
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

    private String base;
    private String jeton;

    @Override
    public void executer(StringBuilder r) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            r.append("`wrk` is not installed: `apt-get install wrk` (Debian), then run again.\n");
            return;
        }
        Path donnees = Files.createTempDirectory("monchai-banc-serveur");
        try (Main.Demarre serveur =
                Main.demarrer(Configuration.depuis(Map.of("PORT", "0", "MONCHAI_DATA", donnees.toString())))) {
            base = "http://127.0.0.1:" + serveur.port();
            preparer(serveur.injecteur().getInstance(fr.monchai.comptes.CompteService.class));
            Path scripts = Files.createTempDirectory("monchai-wrk");
            List<String[]> lignes = new ArrayList<>();
            // Writes first, so that the reads run on a journal of thousands of movements.
            lignes.add(wrk(
                    "create + validate a movement (2 requests: `POST /api/vendanges`, `POST /api/mouvements/{id}/valider`)",
                    scripts,
                    "mouvement.lua",
                    creerValider(),
                    32));
            lignes.add(wrk(
                    "issue an invoice (4 requests: order, validation, draft, `POST /api/factures/{id}/emettre` rendering its "
                            + "Factur-X)",
                    scripts,
                    "facture.lua",
                    emettre(),
                    32));
            // Issuing alone (number, render, freeze), at 8 connections: drafts prepared beforehand, each issued once.
            lignes.add(wrk(
                    "issue a drafted invoice alone (`POST /api/factures/{id}/emettre`), 8 connections",
                    scripts,
                    "emission.lua",
                    emissionSeule(Bancs.rapide() ? 1500 : 4000),
                    8,
                    8));
            lignes.add(wrk(
                    "read stock (`GET /api/stock/bouteilles`)",
                    scripts,
                    "lecture.lua",
                    lecture("/api/stock/bouteilles"),
                    2));
            lignes.add(wrk(
                    "list movements (`GET /api/mouvements?taille=50`)",
                    scripts,
                    "journal.lua",
                    lecture("/api/mouvements?taille=50"),
                    2));
            long bibliotheque = bibliotheque(serveur.injecteur().getInstance(MonChai.class));
            r.append("### HTTP under load\n\n`wrk -c32 -d")
                    .append(DUREE)
                    .append(" --latency` on loopback against the server started ")
                    .append(
                            "in the benchmark's JVM (embedded PostgreSQL, pool of 16, bearer token). The creating scenarios are wrk Lua ")
                    .append(
                            "scripts that chain their requests (32 wrk threads of one connection each, since a thread's connections share its Lua "
                                    + "state); the reads use 2 wrk threads. The reference is the library doing the same ")
                    .append(
                            "create + validate (a `vendange_vers_cuve` into a cuve, then `valider`) from 32 threads on the same ")
                    .append("database in the same run.")
                    .append(
                            CPU_WRK.isBlank()
                                    ? " wrk not pinned.\n\n"
                                    : " wrk pinned to core(s) " + CPU_WRK + " (`taskset -c`).\n\n")
                    .append("| scenario | requests/s | p50 | p99 |\n|---|---|---|---|\n");
            for (String[] l : lignes) {
                r.append("| ")
                        .append(l[0])
                        .append(" | ")
                        .append(l[1])
                        .append(" | ")
                        .append(l[2])
                        .append(" | ")
                        .append(l[3])
                        .append(" |\n");
            }
            long http = (long) Double.parseDouble(lignes.get(0)[1]) / 2;
            r.append("\nInvoices issued: ")
                    .append((long) Double.parseDouble(lignes.get(1)[1]) / 4)
                    .append("/s.\n");
            r.append("\nCreate + validate: ")
                    .append(http)
                    .append(" movements/s over HTTP, ")
                    .append(bibliotheque)
                    .append(" through the library: ")
                    .append(Chrono.ratio(http, bibliotheque))
                    .append(".\n\n");
        }
    }

    private void preparer(fr.monchai.comptes.CompteService comptes) throws Exception {
        String email = "banc@exemple.fr";
        // The operator's own command, as the demo's: a sign-up over HTTP waits for its mailed link.
        comptes.creerDomaineEtAdministrateur("Domaine du banc", email, "Banc", "banc-de-mesure-2026");
        HttpResponse<String> login = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                JSON.writeValueAsString(Map.of("email", email, "mot_de_passe", "banc-de-mesure-2026"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().firstValue("set-cookie").orElseThrow();
        String csrf = JSON.readTree(login.body()).get("csrf").asText();
        jeton = JSON.readTree(HTTP.send(
                                HttpRequest.newBuilder(URI.create(base + "/api/jetons"))
                                        .header("Content-Type", "application/json")
                                        .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                                        .header("X-CSRF-Token", csrf)
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"nom\":\"banc\"}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .get("jeton")
                .asText();
        appel(
                "PUT",
                "/api/domaine/parametres",
                Map.ofEntries(
                        Map.entry("raison_sociale", "SCEA Domaine du banc"),
                        Map.entry("forme_juridique", "SCEA"),
                        Map.entry("capital", "15 000 €"),
                        Map.entry(
                                "adresse",
                                Map.of("rue", "1 route", "code_postal", "44330", "ville", "Vallet", "pays", "FR")),
                        Map.entry("siren", "732829320"),
                        Map.entry("siret", "73282932000017"),
                        Map.entry("numero_tva", "FR44732829320"),
                        Map.entry("iban", "FR7630006000011234567890189"),
                        Map.entry("bic", "AGRIFRPP"),
                        Map.entry("telephone", "02 40 00 00 00")),
                jeton);
        long parcelle = appel(
                        "POST",
                        "/api/parcelles",
                        Map.of("nom", "P", "cepage", "Cabernet franc", "surface_ha", 5),
                        jeton)
                .get("id")
                .asLong();
        long cuve = appel("POST", "/api/cuves", Map.of("nom", "Grande cuve", "capacite_hl", 1000000), jeton)
                .get("id")
                .asLong();
        long m = appel(
                        "POST",
                        "/api/vendanges",
                        Map.of(
                                "parcelle_id",
                                parcelle,
                                "date",
                                "2026-09-12",
                                "volume_hl",
                                400,
                                "cuve_id",
                                cuve,
                                "produit",
                                ANJOU),
                        jeton)
                .get("mouvement_id")
                .asLong();
        appel("POST", "/api/mouvements/" + m + "/valider", Map.of(), jeton);
        long lot = appel("GET", "/api/lots", null, jeton)
                .get(0)
                .get("lot")
                .get("id")
                .asLong();
        long mise = appel(
                        "POST",
                        "/api/mise_en_bouteille",
                        Map.of(
                                "source_lot_id",
                                lot,
                                "nb_bouteilles",
                                40000,
                                "contenance_ml",
                                750,
                                "date",
                                "2026-09-20"),
                        jeton)
                .get("id")
                .asLong();
        JsonNode bouteilles = appel("POST", "/api/mouvements/" + mise + "/valider", Map.of(), jeton);
        long bl = 0;
        for (JsonNode l : bouteilles.get("lignes")) {
            if (l.get("compte").asText().startsWith("bouteilles:")) {
                bl = Long.parseLong(l.get("compte").asText().substring(11));
            }
        }
        long produit = appel(
                        "POST",
                        "/api/produits",
                        Map.of(
                                "bouteille_lot_id",
                                bl,
                                "sku",
                                "ANJ",
                                "nom",
                                "Anjou rouge 2026",
                                "prix",
                                9.5,
                                "base",
                                "HT",
                                "degre",
                                12.5),
                        jeton)
                .get("id")
                .asLong();
        long client = appel(
                        "POST",
                        "/api/clients",
                        Map.of(
                                "type",
                                "PROFESSIONNEL",
                                "nom",
                                "La Cave",
                                "adresse_facturation",
                                Map.of("rue", "1 quai", "code_postal", "44000", "ville", "Nantes", "pays", "FR"),
                                "siren",
                                "552100554",
                                "adresse_electronique",
                                "552100554"),
                        jeton)
                .get("id")
                .asLong();
        ids = new long[] {parcelle, cuve, produit, client};
    }

    private long[] ids;

    private JsonNode appel(String methode, String chemin, Object corps, String bearer)
            throws IOException, InterruptedException {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + chemin)).header("Content-Type", "application/json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        b.method(
                methode,
                corps == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(corps)));
        HttpResponse<String> rep = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (rep.statusCode() >= 300) {
            throw new IllegalStateException(methode + " " + chemin + " -> " + rep.statusCode() + " " + rep.body());
        }
        return rep.body().isEmpty() ? null : JSON.readTree(rep.body());
    }

    private String entete() {
        return "wrk.headers[\"Authorization\"] = \"Bearer " + jeton
                + "\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n";
    }

    private String lecture(String chemin) {
        return entete() + "wrk.path = \"" + chemin + "\"\n";
    }

    private String creerValider() {
        return entete() + """
                local suivant = nil
                request = function()
                  if suivant then
                    local p = suivant
                    suivant = nil
                    return wrk.format("POST", p, nil, "{}")
                  end
                  return wrk.format("POST", "/api/vendanges", nil,
                    '{"parcelle_id":%d,"date":"2026-09-13","volume_hl":0.01,"cuve_id":%d,"produit":%s}')
                end
                response = function(status, headers, body)
                  local id = body:match('"mouvement_id":(%%d+)')
                  if id then suivant = "/api/mouvements/" .. id .. "/valider" end
                end
                """.formatted(ids[0], ids[1], json(ANJOU));
    }

    private String emettre() {
        return entete() + """
                local etape = 0
                local commande = nil
                local facture = nil
                request = function()
                  if etape == 1 then return wrk.format("POST", "/api/commandes/" .. commande .. "/valider", nil, "{}") end
                  if etape == 2 then return wrk.format("POST", "/api/commandes/" .. commande .. "/facture", nil, '{"echeance":"2026-10-30"}') end
                  if etape == 3 then return wrk.format("POST", "/api/factures/" .. facture .. "/emettre", nil, '{"date":"2026-10-01"}') end
                  return wrk.format("POST", "/api/commandes", nil,
                    '{"client_id":%d,"date":"2026-09-25","destination":"FRANCE_DROITS_ACQUITTES","reference":{},"lignes":[{"produit_id":%d,"quantite":1,"prix_unitaire":9.50}]}')
                end
                response = function(status, headers, body)
                  if status >= 300 then etape = 0 return end
                  if etape == 0 then commande = body:match('"id":(%%d+)'); etape = 1
                  elseif etape == 1 then etape = 2
                  elseif etape == 2 then facture = body:match('"id":(%%d+)'); etape = 3
                  else etape = 0 end
                end
                """.formatted(ids[3], ids[2]);
    }

    /** A script issuing drafted invoices, each once: wrk thread k of 8 takes the k-th, (k+8)-th… */
    private String emissionSeule(int combien) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(8);
        List<Future<Long>> brouillons = new ArrayList<>();
        for (int i = 0; i < combien; i++) {
            brouillons.add(ex.submit(() -> {
                long commande = appel(
                                "POST",
                                "/api/commandes",
                                Map.of(
                                        "client_id",
                                        ids[3],
                                        "date",
                                        "2026-09-25",
                                        "destination",
                                        "FRANCE_DROITS_ACQUITTES",
                                        "reference",
                                        Map.of(),
                                        "lignes",
                                        List.of(Map.of("produit_id", ids[2], "quantite", 1, "prix_unitaire", 9.50))),
                                jeton)
                        .get("id")
                        .asLong();
                appel("POST", "/api/commandes/" + commande + "/valider", Map.of(), jeton);
                return appel("POST", "/api/commandes/" + commande + "/facture", Map.of("echeance", "2026-10-30"), jeton)
                        .get("id")
                        .asLong();
            }));
        }
        StringBuilder liste = new StringBuilder();
        for (Future<Long> f : brouillons) {
            liste.append(liste.isEmpty() ? "" : ",").append(f.get());
        }
        ex.shutdown();
        return entete() + """
                local factures = {%s}
                local k = 0
                setup = function(thread) thread:set("rang", k); k = k + 1 end
                local n = 0
                request = function()
                  local id = factures[rang + n * 8 + 1]
                  n = n + 1
                  if id == nil then id = factures[1] end
                  return wrk.format("POST", "/api/factures/" .. id .. "/emettre", nil, '{"date":"2026-10-01"}')
                end
                """.formatted(liste);
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String[] wrk(String nom, Path dossier, String fichier, String script, int threads) throws Exception {
        return wrk(nom, dossier, fichier, script, threads, 32);
    }

    private String[] wrk(String nom, Path dossier, String fichier, String script, int threads, int connexions)
            throws Exception {
        Path lua = dossier.resolve(fichier);
        Files.writeString(lua, script);
        List<String> commande = new ArrayList<>();
        if (!CPU_WRK.isBlank()) { // wrk pinned to its own core(s), so that its threads do not take the server's turn
            commande.addAll(List.of("taskset", "-c", CPU_WRK));
        }
        commande.addAll(List.of(
                "wrk", "-t" + threads, "-c" + connexions, "-d" + DUREE, "--latency", "-s", lua.toString(), base));
        Process p = new ProcessBuilder(commande).redirectErrorStream(true).start();
        String sortie = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        Matcher rps = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(sortie);
        Matcher p50 = Pattern.compile("50%\\s+([0-9.]+\\w+)").matcher(sortie);
        Matcher p99 = Pattern.compile("99%\\s+([0-9.]+\\w+)").matcher(sortie);
        if (!rps.find() || !p50.find() || !p99.find()) {
            throw new IllegalStateException("wrk said:\n" + sortie);
        }
        if (sortie.contains("Non-2xx")) {
            System.err.println(nom + ": " + sortie);
        }
        return new String[] {nom, rps.group(1), p50.group(1), p99.group(1)};
    }

    /** The library creating and validating movements from 32 threads for the same duration. */
    private long bibliotheque(MonChai chai) throws Exception {
        long domaine = chai.domaines().creer("Référence bibliothèque").id();
        long parcelle = chai.parcelles()
                .creer(
                        domaine,
                        new fr.monchai.core.registre.NouvelleParcelle(
                                "P",
                                "Cabernet franc",
                                BigDecimal.ONE,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()))
                .id();
        long cuve = chai.cuves()
                .creer(
                        domaine,
                        new fr.monchai.core.registre.NouvelleCuve("C", new BigDecimal("1000000"), Optional.empty()))
                .id();
        ProduitFiscal anjou = new ProduitFiscal(
                fr.monchai.core.chai.Certification.AOP,
                fr.monchai.core.chai.Genre.TRANQUILLE,
                "Anjou",
                "",
                "",
                fr.monchai.core.chai.Couleur.ROUGE,
                "",
                "Anjou rouge");
        long secondes = Long.parseLong(DUREE.replace("s", ""));
        long fin = System.nanoTime() + secondes * 1_000_000_000L;
        ExecutorService ex = Executors.newFixedThreadPool(32);
        List<Future<Long>> resultats = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            resultats.add(ex.submit(() -> {
                long n = 0;
                while (System.nanoTime() < fin) {
                    var v = chai.vendanges()
                            .enregistrer(
                                    domaine,
                                    new NouvelleVendange(
                                            parcelle,
                                            LocalDate.of(2026, 9, 13),
                                            new BigDecimal("0.01"),
                                            Optional.empty(),
                                            cuve,
                                            Optional.of(anjou)));
                    Mouvement m =
                            chai.mouvements().valider(domaine, v.mouvementId().getAsLong());
                    if (m.lignes().stream().anyMatch(l -> l.compte() instanceof Compte.DeLot)) {
                        n++;
                    }
                }
                return n;
            }));
        }
        long total = 0;
        for (Future<Long> f : resultats) {
            total += f.get();
        }
        ex.shutdown();
        return total / secondes;
    }
}
