package fr.monchai.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A test's browser: real HTTP to the server, keeping its session cookie and CSRF token. */
final class Client {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private String cookie;
    private String email;
    private String csrf;
    private String bearer;
    private final Map<String, String> entetes = new HashMap<>();
    private Integer port;
    /** This client's address, as a trusted proxy would give it: each test client is its own caller. */
    private String adresse =
            "10." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
                    + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
                    + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);

    /** The answer of a call. */
    record Reponse(int statut, JsonNode json, HttpResponse<byte[]> brute) {
        String type() {
            return brute.headers().firstValue("Content-Type").orElse("");
        }

        /** @return the body as text */
        String texte() {
            return new String(brute.body(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The tests' password: long, not a common one. */
    static final String MOT_DE_PASSE = "vieilles-vignes-1976";

    /** Signs up a new domaine with a unique e-mail, confirms it by the link mailed, and keeps the session it opens. */
    static Client inscrit(String domaine) {
        return inscrit(domaine, new Client());
    }

    /** Signs up a new domaine on the server listening on that port, and logs in. */
    static Client inscrit(String domaine, int port) {
        return inscrit(domaine, new Client().versPort(port));
    }

    private static Client inscrit(String domaine, Client c) {
        return inscrit(domaine, UUID.randomUUID() + "@exemple.fr", c);
    }

    /** Signs up a new domaine for that address (it may have an account), confirms it and keeps the session. */
    static Client inscrit(String domaine, String email, Client c) {
        int avant = Courriels.pour(email).size();
        Reponse r = c.post(
                "/api/auth/signup",
                Map.of("domaine", domaine, "email", email, "nom", "Admin", "mot_de_passe", MOT_DE_PASSE));
        if (r.statut() != 202) {
            throw new AssertionError("signup: " + r.statut() + " " + r.json());
        }
        String jeton = Courriels.attendre(email, avant + 1).jeton("/inscription/confirmer");
        Reponse confirme = c.post("/api/auth/confirmation", Map.of("jeton", jeton));
        if (confirme.statut() != 200) {
            throw new AssertionError("confirmation: " + confirme.statut() + " " + confirme.json());
        }
        c.email = email;
        return c.garder(confirme);
    }

    /** @return the address this client signed up with */
    String email() {
        return email;
    }

    Reponse connecter(String email, String motDePasse) {
        Reponse r = post("/api/auth/login", Map.of("email", email, "mot_de_passe", motDePasse));
        garder(r);
        return r;
    }

    /** Keeps the session an answer opened (a sign-up, a login, a change of domaine). */
    Client garder(Reponse r) {
        if (r.statut() == 200 || r.statut() == 201) {
            cookie = r.brute().headers().allValues("set-cookie").stream()
                    .filter(h -> h.startsWith("monchai_session="))
                    .map(h -> h.substring(0, h.indexOf(';')))
                    .findFirst()
                    .orElseThrow();
            csrf = r.json().get("csrf").asText();
        }
        return this;
    }

    /** @return the session's CSRF token */
    String csrf() {
        return csrf;
    }

    /** @return the address this client calls from */
    String adresse() {
        return adresse;
    }

    /** @return another client calling from the same address */
    Client memeAdresse() {
        Client c = new Client();
        c.adresse = adresse;
        return c;
    }

    /** @return another client with this one's session, cookie and token, as a second tab would */
    Client copie() {
        Client c = new Client();
        c.cookie = cookie;
        c.csrf = csrf;
        c.adresse = adresse;
        c.email = email;
        return c;
    }

    /** Posts a page's form ({@code application/x-www-form-urlencoded}) with this client's session and its {@code _csrf}. */
    Reponse formulaire(String chemin, Map<String, String> champs) {
        StringBuilder corps = new StringBuilder();
        Map<String, String> tous = new java.util.LinkedHashMap<>(champs);
        if (csrf != null) {
            tous.putIfAbsent("_csrf", csrf);
        }
        tous.forEach((k, v) -> corps.append(corps.isEmpty() ? "" : "&")
                .append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8))
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return formulaireBrut(chemin, corps.toString());
    }

    /** Posts a page's form body exactly as given. */
    Reponse formulaireBrut(String chemin, String corps) {
        try {
            String base = port == null ? ServeurDeTest.url() : "http://localhost:" + port;
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + chemin))
                    .POST(HttpRequest.BodyPublishers.ofString(corps))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Forwarded-For", adresse);
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            entetes.forEach(b::header);
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reponse(r.statusCode(), null, r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Client sansCsrf() {
        Client c = new Client();
        c.cookie = cookie;
        return c;
    }

    static Client porteur(String jeton) {
        Client c = new Client();
        c.bearer = jeton;
        return c;
    }

    Client versPort(int autre) {
        port = autre;
        return this;
    }

    Client entete(String nom, String valeur) {
        entetes.put(nom, valeur);
        return this;
    }

    Reponse get(String chemin) {
        return envoyer("GET", chemin, Optional.empty());
    }

    Reponse post(String chemin, Object corps) {
        return envoyer("POST", chemin, Optional.of(corps));
    }

    Reponse put(String chemin, Object corps) {
        return envoyer("PUT", chemin, Optional.of(corps));
    }

    Reponse delete(String chemin) {
        return envoyer("DELETE", chemin, Optional.empty());
    }

    Reponse brut(String methode, String chemin, String corps) {
        return envoyer(methode, chemin, Optional.of(new Brut(corps)));
    }

    private record Brut(String texte) {}

    private Reponse envoyer(String methode, String chemin, Optional<Object> corps) {
        try {
            String base = port == null ? ServeurDeTest.url() : "http://localhost:" + port;
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + chemin));
            String texte = corps.map(o -> {
                        try {
                            return o instanceof Brut brut ? brut.texte() : JSON.writeValueAsString(o);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .orElse(null);
            b.method(
                    methode,
                    texte == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(texte));
            if (texte != null) {
                b.header("Content-Type", "application/json");
            }
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            if (csrf != null) {
                b.header("X-CSRF-Token", csrf);
            }
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            b.header("X-Forwarded-For", adresse);
            entetes.forEach(b::header);
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && r.body().length > 0) {
                json = JSON.readTree(r.body());
                if (port == null) {
                    ContratOpenApi.verifier(methode, chemin, r.statusCode(), json);
                }
            }
            return new Reponse(r.statusCode(), json, r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
