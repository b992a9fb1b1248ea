package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.comptes.Role;
import fr.monchai.server.http.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roles on every route, tenant isolation on every route with an id, CSRF, bearer tokens, login throttling. */
class SecuriteTest {

    private static List<Route> routes() {
        return ServeurDeTest.serveur()
                .injecteur()
                .getInstance(fr.monchai.server.http.Routeur.class)
                .routes();
    }

    private static String chemin(Route r, long id) {
        return r.chemin().replaceAll(":[a-zA-Z_]+", Long.toString(id));
    }

    private static Client.Reponse appeler(Client c, Route r, long id) {
        return switch (r.methode()) {
            case "GET" -> c.get(chemin(r, id));
            case "DELETE" -> c.delete(chemin(r, id));
            case "PUT" -> c.put(chemin(r, id), Map.of());
            default -> c.post(chemin(r, id), Map.of());
        };
    }

    /**
     * A member of the admin's domaine with that role, logged in there; the person is also the
     * administrator of a domaine of their own, so every check runs for a member of two domaines.
     */
    static Client membre(Client admin, Role role) {
        Client ailleurs = Client.inscrit("Domaine personnel " + role);
        String email = email(ailleurs);
        Client.Reponse r =
                admin.post("/api/utilisateurs", Map.of("email", email, "nom", role.name(), "role", role.name()));
        assertEquals(201, r.statut(), r.json().toString());
        long domaine = admin.get("/api/me").json().get("domaine").get("id").asLong();
        Client c = ailleurs.memeAdresse();
        Client.Reponse acceptee = c.post(
                "/api/invitations/acceptation",
                Map.of("jeton", Courriels.dernier(email, "/invitation").jeton("/invitation")));
        assertEquals(200, acceptee.statut(), String.valueOf(acceptee.json()));
        c.garder(acceptee);
        assertEquals(domaine, c.get("/api/me").json().get("domaine").get("id").asLong());
        assertEquals(role.name(), c.get("/api/me").json().get("roles").get(0).asText());
        return c;
    }

    private static String email(Client c) {
        return c.get("/api/me").json().get("utilisateur").get("email").asText();
    }

    @Test
    void chaque_role_sur_chaque_route_est_autorise_ou_refuse_comme_le_dit_la_table() {
        Client admin = Client.inscrit("Domaine des Rôles");
        List<String> ecarts = new ArrayList<>();
        for (Role role : Role.values()) {
            Client c = role == Role.ADMIN ? admin : membre(admin, role);
            for (Route r : routes()) {
                if (r.chemin().equals("/api/auth/logout") || r.chemin().equals("/deconnexion")) {
                    continue;
                }
                int statut = appeler(c, r, 987_654_321L).statut();
                boolean autorise = r.publique() || r.roles().contains(role);
                if (autorise == (statut == 403)) {
                    ecarts.add(role + " " + r.methode() + " " + r.chemin() + " -> " + statut);
                }
            }
        }
        assertEquals(List.of(), ecarts);
        for (Route r : routes()) {
            if (!r.publique()) {
                assertEquals(
                        r.page() ? 303 : 401,
                        appeler(new Client(), r, 1).statut(),
                        "anonymous " + r.methode() + " " + r.chemin() + " (a page sends to the log-in page)");
            }
        }
    }

    @Test
    void les_ids_d_un_autre_domaine_donnent_404_et_rien_ne_change() {
        Client a = Client.inscrit("Domaine A");
        long parcelle = a.post("/api/parcelles", Map.of("nom", "Parcelle A", "cepage", "Melon B.", "surface_ha", 1))
                .json()
                .get("id")
                .asLong();
        long cuve = a.post("/api/cuves", Map.of("nom", "Cuve A", "capacite_hl", 20))
                .json()
                .get("id")
                .asLong();
        long vendange = a.post(
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
                                Map.of(
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
                                        "Anjou rouge")))
                .json()
                .get("id")
                .asLong();
        long mouvement =
                a.get("/api/vendanges/" + vendange).json().get("mouvement_id").asLong();
        String avant = a.get("/api/mouvements").json().toString()
                + a.get("/api/parcelles").json()
                + a.get("/api/cuves").json();
        Client b = Client.inscrit("Domaine B");
        Client c = Client.inscrit("Domaine C");
        assertEquals(
                201,
                c.post("/api/utilisateurs", Map.of("email", email(b), "nom", "B", "role", "ADMIN"))
                        .statut());
        assertEquals(
                200,
                b.memeAdresse()
                        .post(
                                "/api/invitations/acceptation",
                                Map.of(
                                        "jeton",
                                        Courriels.dernier(email(b), "/invitation")
                                                .jeton("/invitation")))
                        .statut(),
                "b belongs to two domaines, and not to A");
        List<String> fuites = new ArrayList<>();
        for (Route r : routes()) {
            if (!r.chemin().contains(":") || r.chemin().startsWith("/api/utilisateurs")) {
                continue;
            }
            for (long id : List.of(parcelle, cuve, vendange, mouvement)) {
                Client.Reponse rep = appeler(b, r, id);
                if (rep.statut() != 404 && rep.statut() != 422) {
                    fuites.add(r.methode() + " " + chemin(r, id) + " -> " + rep.statut() + " " + rep.json());
                }
            }
        }
        assertEquals(List.of(), fuites);
        assertEquals(
                avant,
                a.get("/api/mouvements").json().toString()
                        + a.get("/api/parcelles").json()
                        + a.get("/api/cuves").json());
        assertEquals(0, b.get("/api/parcelles").json().size());
        Client.Reponse autreUtilisateur = b.put(
                "/api/utilisateurs/"
                        + a.get("/api/me").json().get("utilisateur").get("id").asLong() + "/role",
                Map.of("role", "COMPTA"));
        assertEquals(404, autreUtilisateur.statut());
    }

    @Test
    void une_ecriture_par_session_sans_jeton_csrf_est_refusee_un_jeton_bearer_n_en_a_pas_besoin() {
        Client a = Client.inscrit("Domaine CSRF");
        Client.Reponse sans = a.sansCsrf().post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 10));
        assertEquals(403, sans.statut());
        assertEquals(0, a.get("/api/cuves").json().size());
        String jeton =
                a.post("/api/jetons", Map.of("nom", "ERP")).json().get("jeton").asText();
        Client integrateur = Client.porteur(jeton);
        assertEquals(
                201,
                integrateur
                        .post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 10))
                        .statut());
        assertEquals(401, Client.porteur(jeton + "x").get("/api/cuves").statut());
        assertEquals(204, a.post("/api/auth/logout", Map.of()).statut());
        assertEquals(401, a.get("/api/me").statut(), "a closed session is gone");
    }

    @Test
    void les_echecs_de_connexion_ralentissent_l_adresse_et_le_client_sans_bloquer_l_utilisateur_sur_son_appareil() {
        Client a = Client.inscrit("Domaine Freiné");
        String email = email(a);
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    401, new Client().connecter(email, "mauvais-mot-de-passe").statut(), "three failures cost nothing");
        }
        assertEquals(401, new Client().connecter(email, "mauvais-mot-de-passe").statut());
        Client.Reponse freine = new Client().connecter(email, Client.MOT_DE_PASSE);
        assertEquals(429, freine.statut(), "after the fourth failure, a new client waits before trying this address");
        assertTrue(freine.type().startsWith("application/problem+json"));
        assertTrue(Integer.parseInt(
                        freine.brute().headers().firstValue("Retry-After").orElseThrow())
                >= 1);
        assertEquals(
                200,
                a.memeAdresse().connecter(email, Client.MOT_DE_PASSE).statut(),
                "the user's own client, known for this address, is never kept out by a stranger's failures");
        assertEquals(
                200,
                new Client().connecter(email, Client.MOT_DE_PASSE).statut(),
                "a success forgets the address's failures");

        Client attaquant = new Client();
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    401,
                    attaquant.connecter(i + "-" + email, "mauvais-mot-de-passe").statut());
        }
        assertEquals(
                429,
                attaquant.connecter(email, Client.MOT_DE_PASSE).statut(),
                "a client failing on many addresses waits too");
    }

    @Test
    void une_personne_membre_de_deux_domaines_choisit_son_domaine_et_n_a_que_le_role_qu_elle_y_tient() {
        Client un = Client.inscrit("Domaine Un");
        Client deux = Client.inscrit("Domaine Deux");
        String email = email(un);
        long idUn = un.get("/api/me").json().get("domaine").get("id").asLong();
        long idDeux = deux.get("/api/me").json().get("domaine").get("id").asLong();
        long cuveDeux = deux.post("/api/cuves", Map.of("nom", "Cuve de Deux", "capacite_hl", 10))
                .json()
                .get("id")
                .asLong();
        Client.Reponse invitation = deux.post(
                "/api/utilisateurs",
                Map.of(
                        "email",
                        email.toUpperCase(java.util.Locale.ROOT),
                        "nom",
                        "Cabinet comptable",
                        "role",
                        "COMPTA"));
        assertEquals(201, invitation.statut(), "inviting an address that has an account invites it");
        assertEquals("INVITE", invitation.json().get("statut").asText());
        Client.Reponse inconnue = deux.post(
                "/api/utilisateurs", Map.of("email", "nouvelle-" + email, "nom", "Nouvelle", "role", "COMPTA"));
        assertEquals(
                invitation.json().properties().stream().map(Map.Entry::getKey).toList(),
                inconnue.json().properties().stream().map(Map.Entry::getKey).toList(),
                "the admin learns nothing of other domaines");
        assertEquals(invitation.json().get("statut"), inconnue.json().get("statut"));

        Client personne = un.memeAdresse();
        assertEquals(
                401,
                new Client()
                        .post(
                                "/api/auth/login",
                                Map.of("email", email, "mot_de_passe", Client.MOT_DE_PASSE, "domaine_id", idDeux))
                        .statut(),
                "an invitation not accepted opens nothing");
        assertEquals(1, un.get("/api/me").json().get("domaines").size(), "nor lists the domaine");
        assertEquals(
                200,
                personne.post(
                                "/api/invitations/acceptation",
                                Map.of(
                                        "jeton",
                                        Courriels.dernier(email, "/invitation").jeton("/invitation")))
                        .statut());
        assertEquals(
                409,
                deux.post("/api/utilisateurs", Map.of("email", email, "nom", "Encore", "role", "COMPTA"))
                        .statut(),
                "a member once per domaine");

        assertEquals(200, personne.connecter(email, Client.MOT_DE_PASSE).statut());
        var me = personne.get("/api/me").json();
        assertEquals(idDeux, me.get("domaine").get("id").asLong(), "the domaine last chosen (by accepting)");
        assertEquals(
                List.of("ADMIN", "COMPTA"),
                List.of(
                        me.get("domaines").get(0).get("role").asText(),
                        me.get("domaines").get(1).get("role").asText()));
        Client.Reponse versUn = personne.post("/api/auth/domaine", Map.of("domaine_id", idUn));
        assertEquals(200, versUn.statut());
        personne.garder(versUn);
        assertEquals(
                201,
                personne.post("/api/cuves", Map.of("nom", "Cuve de Un", "capacite_hl", 10))
                        .statut());
        Client ancienne = personne.sansCsrf();
        Client.Reponse bascule = personne.post("/api/auth/domaine", Map.of("domaine_id", idDeux));
        assertEquals(200, bascule.statut(), String.valueOf(bascule.json()));
        personne.garder(bascule);
        assertEquals(401, ancienne.get("/api/me").statut(), "switching replaces the session");
        assertEquals(
                "COMPTA", personne.get("/api/me").json().get("roles").get(0).asText());
        assertEquals(
                List.of("Cuve de Deux"),
                personne.get("/api/cuves").json().findValuesAsText("nom"),
                "only domaine Deux's data");
        assertEquals(
                403,
                personne.post("/api/cuves", Map.of("nom", "Interdite", "capacite_hl", 10))
                        .statut(),
                "COMPTA here");
        assertEquals(403, personne.get("/api/utilisateurs").statut(), "not an administrator here");
        assertEquals(200, personne.get("/api/clients").statut());
        assertEquals(200, deux.get("/api/cuves/" + cuveDeux).statut());
        Client.Reponse relogue = new Client().connecter(email, Client.MOT_DE_PASSE);
        assertEquals(
                idDeux,
                relogue.json().get("utilisateur").get("domaine_id").asLong(),
                "the choice is remembered at the next log-in");
        Client etranger = Client.inscrit("Domaine Étranger");
        long idEtranger =
                etranger.get("/api/me").json().get("domaine").get("id").asLong();
        assertEquals(
                404,
                personne.post("/api/auth/domaine", Map.of("domaine_id", idEtranger))
                        .statut());
        assertEquals(
                401,
                new Client()
                        .post(
                                "/api/auth/login",
                                Map.of("email", email, "mot_de_passe", Client.MOT_DE_PASSE, "domaine_id", idEtranger))
                        .statut(),
                "no session in a domaine one is not a member of");
        String jeton =
                un.post("/api/jetons", Map.of("nom", "ERP")).json().get("jeton").asText();
        assertEquals(
                409,
                Client.porteur(jeton)
                        .post("/api/auth/domaine", Map.of("domaine_id", idDeux))
                        .statut(),
                "a token belongs to one domaine");
    }

    @Test
    void un_administrateur_invite_et_change_les_roles_sans_perdre_le_dernier_admin() {
        Client admin = Client.inscrit("Domaine des Membres");
        long moi = admin.get("/api/me").json().get("utilisateur").get("id").asLong();
        Client.Reponse dernier = admin.put("/api/utilisateurs/" + moi + "/role", Map.of("role", "COMPTA"));
        assertEquals(409, dernier.statut());
        Client compta = membre(admin, Role.COMPTA);
        long id = compta.get("/api/me").json().get("utilisateur").get("id").asLong();
        assertEquals(
                "OENOLOGUE",
                admin.put("/api/utilisateurs/" + id + "/role", Map.of("role", "OENOLOGUE"))
                        .json()
                        .get("role")
                        .asText());
        assertEquals(2, admin.get("/api/utilisateurs").json().size());
        Client.Reponse doublon = admin.post(
                "/api/utilisateurs",
                Map.of(
                        "email",
                        compta.get("/api/me")
                                .json()
                                .get("utilisateur")
                                .get("email")
                                .asText(),
                        "nom",
                        "X",
                        "role",
                        "COMPTA"));
        assertEquals(409, doublon.statut());
        assertTrue(doublon.type().startsWith("application/problem+json"));
    }
}
