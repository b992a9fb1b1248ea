package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.comptes.Role;
import fr.monchai.persistence.BaseDeDonnees;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The accounts as an attacker tries them over HTTP, one test per finding of the security
 * review; each failed on the code before the fix.
 */
class ComptesSecuriteTest {

    private static String adresse() {
        return UUID.randomUUID() + "@vignoble.example";
    }

    @Test
    void une_adresse_preinscrite_par_un_attaquant_ne_lui_ouvre_pas_le_domaine_qui_l_invite() {
        String victime = adresse();
        Client attaquant = new Client();
        Client.Reponse inscription = attaquant.post(
                "/api/auth/signup",
                Map.of("domaine", "Leurre", "email", victime, "nom", "Pirate", "mot_de_passe", "le-mot-du-pirate-99"));
        assertEquals(
                202,
                inscription.statut(),
                "before: 201 and a session, nothing checked that the address was the attacker's");
        assertEquals(
                401,
                new Client().connecter(victime, "le-mot-du-pirate-99").statut(),
                "an unproven address opens nothing");

        Client estate = Client.inscrit("Domaine de l'Estate");
        long domaine = estate.get("/api/me").json().get("domaine").get("id").asLong();
        Client.Reponse avecMotDePasse = estate.post(
                "/api/utilisateurs",
                Map.of("email", victime, "nom", "Compta", "role", "COMPTA", "mot_de_passe", "choisi-par-l-admin"));
        assertEquals(422, avecMotDePasse.statut(), "an administrator never types another person's password");
        assertEquals(
                "mot_de_passe",
                avecMotDePasse.json().get("erreurs").get(0).get("champ").asText());
        assertEquals(
                201,
                estate.post("/api/utilisateurs", Map.of("email", victime, "nom", "Compta", "role", "COMPTA"))
                        .statut());

        Courriels.Courriel invitation = Courriels.dernier(victime, "/invitation");
        Client.Reponse acceptee = new Client()
                .post(
                        "/api/invitations/acceptation",
                        Map.of("jeton", invitation.jeton("/invitation"), "mot_de_passe", "le-vrai-mot-de-la-victime"));
        assertEquals(200, acceptee.statut(), String.valueOf(acceptee.json()));
        assertEquals(401, new Client().connecter(victime, "le-mot-du-pirate-99").statut());
        Client.Reponse pirate = new Client()
                .post(
                        "/api/auth/login",
                        Map.of("email", victime, "mot_de_passe", "le-mot-du-pirate-99", "domaine_id", domaine));
        assertEquals(401, pirate.statut(), "before: 200, and the attacker read the estate's customers and invoices");
        Client.Reponse vraie = new Client().connecter(victime, "le-vrai-mot-de-la-victime");
        assertEquals(domaine, vraie.json().get("utilisateur").get("domaine_id").asLong());
        assertEquals(
                404,
                new Client()
                        .post(
                                "/api/invitations/acceptation",
                                Map.of("jeton", invitation.jeton("/invitation"), "mot_de_passe", "une-seconde-fois-99"))
                        .statut(),
                "an invitation's link works once");
    }

    @Test
    void l_inscription_ne_dit_pas_si_une_adresse_a_un_compte() {
        Client existant = Client.inscrit("Domaine Existant");
        int recus = Courriels.pour(existant.email()).size();
        Client c = new Client();
        Client.Reponse connue = c.post(
                "/api/auth/signup",
                Map.of("domaine", "Autre", "email", existant.email(), "nom", "X", "mot_de_passe", "un-autre-essai-42"));
        Client.Reponse nouvelle = c.post(
                "/api/auth/signup",
                Map.of("domaine", "Autre", "email", adresse(), "nom", "X", "mot_de_passe", "un-autre-essai-42"));
        assertEquals(202, connue.statut(), "before: 409 « un compte existe déjà pour cette adresse »");
        assertEquals(nouvelle.statut(), connue.statut());
        assertEquals(nouvelle.json(), connue.json());
        assertTrue(
                Courriels.attendre(existant.email(), recus + 1).texte().contains("a déjà un compte"),
                "the owner of the address is told, in their mailbox");
        assertEquals(
                401,
                new Client().connecter(existant.email(), "un-autre-essai-42").statut(),
                "the account keeps its password");
    }

    @Test
    void les_inscriptions_et_les_oublis_sont_limites_par_client() {
        Client c = new Client();
        int acceptees = 0;
        Client.Reponse derniere = null;
        for (int i = 0; i < 12; i++) {
            derniere = c.post(
                    "/api/auth/signup",
                    Map.of(
                            "domaine",
                            "Rafale " + i,
                            "email",
                            adresse(),
                            "nom",
                            "X",
                            "mot_de_passe",
                            "une-rafale-de-demandes"));
            acceptees += derniere.statut() == 202 ? 1 : 0;
        }
        assertEquals(10, acceptees);
        assertEquals(429, derniere.statut());
        assertTrue(Integer.parseInt(
                        derniere.brute().headers().firstValue("Retry-After").orElseThrow())
                > 60);
        assertEquals(
                429,
                c.post("/api/auth/mot-de-passe-oublie", Map.of("email", adresse()))
                        .statut(),
                "the same limit");
        assertEquals(
                202,
                new Client()
                        .post("/api/auth/mot-de-passe-oublie", Map.of("email", adresse()))
                        .statut(),
                "another client");
    }

    @Test
    void un_mot_de_passe_oublie_repond_pareil_pour_toute_adresse_et_son_lien_sert_une_fois() {
        Client a = Client.inscrit("Domaine Oublieux API");
        Client autre =
                a.memeAdresse().connecter(a.email(), Client.MOT_DE_PASSE).statut() == 200 ? a.memeAdresse() : null;
        Client.Reponse connue = new Client().post("/api/auth/mot-de-passe-oublie", Map.of("email", a.email()));
        Client.Reponse inconnue = new Client().post("/api/auth/mot-de-passe-oublie", Map.of("email", adresse()));
        assertEquals(202, connue.statut());
        assertEquals(inconnue.json(), connue.json());
        String jeton = Courriels.dernier(a.email(), "/reinitialisation").jeton("/reinitialisation");
        Client.Reponse faible = new Client()
                .post("/api/auth/reinitialisation", Map.of("jeton", jeton, "nouveau_mot_de_passe", "azertyuiop"));
        assertEquals(422, faible.statut());
        Client nouvelle = new Client();
        assertEquals(
                200,
                nouvelle.garder(nouvelle.post(
                                "/api/auth/reinitialisation",
                                Map.of("jeton", jeton, "nouveau_mot_de_passe", "les-vendanges-2027")))
                        .get("/api/me")
                        .statut());
        assertEquals(401, a.get("/api/me").statut(), "every other session ended");
        assertEquals(
                404,
                new Client()
                        .post(
                                "/api/auth/reinitialisation",
                                Map.of("jeton", jeton, "nouveau_mot_de_passe", "encore-les-vendanges"))
                        .statut(),
                "the link works once");
        assertEquals(401, new Client().connecter(a.email(), Client.MOT_DE_PASSE).statut());
        assertTrue(autre == null || autre.get("/api/me").statut() == 401);
    }

    @Test
    void les_mots_de_passe_courants_et_les_espaces_sont_refuses_par_l_api_et_les_pages() {
        for (String faible : List.of("1234567890", "motdepasse", "azertyuiop", "          ")) {
            Client.Reponse api = new Client()
                    .post(
                            "/api/auth/signup",
                            Map.of("domaine", "D", "email", adresse(), "nom", "X", "mot_de_passe", faible));
            assertEquals(422, api.statut(), "« " + faible + " » was accepted before");
            assertEquals(
                    "mot_de_passe",
                    api.json().get("erreurs").get(0).get("champ").asText());
            Client.Reponse page = new Client()
                    .formulaire(
                            "/inscription",
                            Map.of("domaine", "D", "email", adresse(), "nom", "X", "motDePasse", faible));
            assertEquals(422, page.statut());
            String texte = page.texte();
            assertEquals(
                    api.json().get("erreurs").get(0).get("message").asText(),
                    texte.replaceAll("(?s).*id=\"champ-motDePasse-erreur\">([^<]*)<.*", "$1")
                            .replace("&#39;", "'"),
                    "the page and the API refuse it alike, for the same reason");
        }
    }

    @Test
    void des_essais_de_mot_de_passe_lances_en_parallele_ne_sont_pas_plus_nombreux_qu_un_par_un() throws Exception {
        Client victime = Client.inscrit("Domaine Visé");
        Client attaquant = new Client();
        ExecutorService pool = Executors.newFixedThreadPool(48);
        CountDownLatch depart = new CountDownLatch(1);
        List<Future<Integer>> essais = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            int n = i;
            essais.add(pool.submit(() -> {
                depart.await();
                return attaquant
                        .memeAdresse()
                        .connecter(victime.email(), "essai-numero-" + n)
                        .statut();
            }));
        }
        depart.countDown();
        int verifies = 0;
        for (Future<Integer> e : essais) {
            int statut = e.get();
            assertTrue(statut == 401 || statut == 429, "refused or told to wait: " + statut);
            verifies += statut == 401 ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(verifies <= 4, "passwords checked: " + verifies + " (before: 16 of 48)");
    }

    @Test
    void changer_son_mot_de_passe_ferme_les_autres_sessions_et_renouvelle_la_sienne() {
        Client ici = Client.inscrit("Domaine des Sessions");
        Client ailleurs = ici.memeAdresse();
        ailleurs.connecter(ici.email(), Client.MOT_DE_PASSE);
        Client ancienne = ici.copie();
        int recus = Courriels.pour(ici.email()).size();
        Client.Reponse change = ici.post(
                "/api/auth/mot-de-passe",
                Map.of("mot_de_passe", Client.MOT_DE_PASSE, "nouveau_mot_de_passe", "la-taille-de-la-vigne"));
        assertEquals(200, change.statut(), String.valueOf(change.json()));
        ici.garder(change);
        assertEquals(401, ailleurs.get("/api/me").statut(), "before: the other sessions stayed alive");
        assertEquals(401, ancienne.get("/api/me").statut(), "before: the current session was not rotated");
        assertEquals(200, ici.get("/api/me").statut());
        assertTrue(
                Courriels.attendre(ici.email(), recus + 1).sujet().contains("mot de passe a changé"),
                "the person is told");
    }

    @Test
    void un_jeton_d_api_expire_se_liste_sans_son_secret_et_se_revoque() {
        Client admin = Client.inscrit("Domaine des Jetons");
        Client.Reponse cree = admin.post(
                "/api/jetons",
                Map.of(
                        "nom",
                        "Boutique",
                        "expire",
                        LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString()));
        assertEquals(201, cree.statut());
        String jeton = cree.json().get("jeton").asText();
        long id = cree.json().get("id").asLong();
        assertEquals(
                LocalDate.now(java.time.ZoneOffset.UTC).plusDays(31).toString(),
                cree.json().get("expire").asText().substring(0, 10));
        Client.Reponse liste = admin.get("/api/jetons");
        assertEquals(200, liste.statut(), "before: 404");
        assertEquals("Boutique", liste.json().get(0).get("nom").asText());
        assertFalse(liste.texte().contains(jeton.substring(jeton.indexOf('.') + 1)), "never the secret");
        assertEquals(
                201,
                Client.porteur(jeton)
                        .post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 10))
                        .statut());
        assertEquals(204, admin.delete("/api/jetons/" + id).statut(), "before: 404");
        assertEquals(401, Client.porteur(jeton).get("/api/cuves").statut(), "revoked: it no longer works");
        assertEquals(
                422,
                admin.post("/api/jetons", Map.of("nom", "Éternel", "expire", "2099-01-01"))
                        .statut(),
                "a year at most");
        long sansDate = Long.parseLong(admin.post("/api/jetons", Map.of("nom", "ERP"))
                .json()
                .get("expire")
                .asText()
                .substring(0, 4));
        assertTrue(sansDate <= LocalDate.now(java.time.ZoneOffset.UTC).getYear() + 1, "90 days unless chosen");
    }

    @Test
    void retirer_un_membre_ferme_ses_sessions_et_ses_jetons() {
        Client admin = Client.inscrit("Domaine du Retrait");
        Client membre = SecuriteTest.membre(admin, Role.OENOLOGUE);
        long id = membre.get("/api/me").json().get("utilisateur").get("id").asLong();
        Client.Reponse jeton = admin.post("/api/jetons", Map.of("nom", "Script"));
        assertEquals(
                204, admin.delete("/api/utilisateurs/" + id).statut(), "before: 404, a member could only be demoted");
        assertEquals(401, membre.get("/api/me").statut());
        assertEquals(
                200,
                Client.porteur(jeton.json().get("jeton").asText())
                        .get("/api/cuves")
                        .statut(),
                "the admin's own token stays");
        long moi = admin.get("/api/me").json().get("utilisateur").get("id").asLong();
        assertEquals(409, admin.delete("/api/utilisateurs/" + moi).statut(), "the last administrator stays");
        assertEquals(1, admin.get("/api/utilisateurs").json().size());
    }

    @Test
    void une_cle_d_idempotence_ne_rejoue_jamais_un_jeton_a_un_autre_ni_ne_le_garde() throws Exception {
        Client premier = Client.inscrit("Domaine Idempotent");
        Client second = SecuriteTest.membre(premier, Role.ADMIN);
        String cle = UUID.randomUUID().toString();
        Client.Reponse a = premier.entete("Idempotency-Key", cle).post("/api/jetons", Map.of("nom", "ERP"));
        Client.Reponse b = second.entete("Idempotency-Key", cle).post("/api/jetons", Map.of("nom", "ERP"));
        assertEquals(201, a.statut());
        assertEquals(201, b.statut(), "another member's same key is another request");
        assertNotEquals(
                a.json().get("jeton"),
                b.json().get("jeton"),
                "before: the second administrator got the first one's token");
        Client.Reponse rejeu = premier.post("/api/jetons", Map.of("nom", "ERP"));
        assertEquals(409, rejeu.statut(), "a secret is shown once: never replayed");
        assertFalse(rejeu.texte().contains(a.json().get("jeton").asText()));
        Map<String, String> acces = ServeurDeTest.serveur()
                .injecteur()
                .getInstance(BaseDeDonnees.class)
                .variablesConnexion();
        try (Connection c = DriverManager.getConnection(
                        acces.get("DATABASE_URL"), acces.get("DATABASE_USER"), acces.get("DATABASE_PASSWORD"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select corps from idempotence")) {
            while (rs.next()) {
                assertFalse(
                        rs.getString(1).contains(a.json().get("jeton").asText().substring(10)),
                        "no token is stored in clear");
            }
        }
    }

    @Test
    void un_formulaire_poste_depuis_un_autre_site_ne_connecte_ni_n_inscrit() {
        Client victime = Client.inscrit("Domaine CSRF de connexion");
        Client.Reponse connexion = new Client()
                .entete("Origin", "https://site-pirate.example")
                .formulaire("/connexion", Map.of("email", victime.email(), "motDePasse", Client.MOT_DE_PASSE));
        assertEquals(403, connexion.statut(), "before: 303 and a new session cookie");
        assertTrue(connexion.brute().headers().allValues("set-cookie").isEmpty());
        assertEquals(
                403,
                new Client()
                        .entete("Sec-Fetch-Site", "cross-site")
                        .formulaire(
                                "/inscription",
                                Map.of(
                                        "domaine",
                                        "D",
                                        "email",
                                        adresse(),
                                        "nom",
                                        "X",
                                        "motDePasse",
                                        "une-phrase-bien-longue"))
                        .statut());
        assertEquals(
                403,
                new Client()
                        .entete("Sec-Fetch-Site", "cross-site")
                        .post("/api/auth/login", Map.of("email", victime.email(), "mot_de_passe", Client.MOT_DE_PASSE))
                        .statut());
        assertEquals(
                303,
                new Client()
                        .entete("Origin", ServeurDeTest.url())
                        .entete("Sec-Fetch-Site", "same-origin")
                        .formulaire("/connexion", Map.of("email", victime.email(), "motDePasse", Client.MOT_DE_PASSE))
                        .statut(),
                "the server's own pages log in");
        assertEquals(
                200,
                new Client().connecter(victime.email(), Client.MOT_DE_PASSE).statut(),
                "a program sends no origin: not concerned");
    }
}
