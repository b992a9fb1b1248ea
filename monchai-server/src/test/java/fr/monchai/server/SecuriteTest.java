package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.server.api.Route;
import fr.monchai.server.comptes.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Roles on every route, tenant isolation on every route with an id, CSRF, bearer tokens, login throttling. */
class SecuriteTest {

    private static List<Route> routes() {
        return ServeurDeTest.serveur().injecteur().getInstance(fr.monchai.server.api.Api.class).routes();
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

    /** A member of a new domaine with that role, logged in. */
    private static Client membre(Client admin, Role role) {
        String email = UUID.randomUUID() + "@exemple.fr";
        Client.Reponse r = admin.post("/api/utilisateurs", Map.of("email", email, "nom", role.name(), "role", role.name(),
                "mot_de_passe", "motdepasse-42"));
        assertEquals(201, r.statut(), r.json().toString());
        Client c = new Client();
        assertEquals(200, c.connecter(email, "motdepasse-42").statut());
        return c;
    }

    @Test
    void chaque_role_sur_chaque_route_est_autorise_ou_refuse_comme_le_dit_la_table() {
        Client admin = Client.inscrit("Domaine des Rôles");
        List<String> ecarts = new ArrayList<>();
        for (Role role : Role.values()) {
            Client c = role == Role.ADMIN ? admin : membre(admin, role);
            for (Route r : routes()) {
                if (r.chemin().equals("/api/auth/logout")) {
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
                assertEquals(401, appeler(new Client(), r, 1).statut(), "anonymous " + r.methode() + " " + r.chemin());
            }
        }
    }

    @Test
    void les_ids_d_un_autre_domaine_donnent_404_et_rien_ne_change() {
        Client a = Client.inscrit("Domaine A");
        long parcelle = a.post("/api/parcelles", Map.of("nom", "Parcelle A", "cepage", "Melon B.", "surface_ha", 1)).json().get("id").asLong();
        long cuve = a.post("/api/cuves", Map.of("nom", "Cuve A", "capacite_hl", 20)).json().get("id").asLong();
        long vendange = a.post("/api/vendanges", Map.of("parcelle_id", parcelle, "date", "2026-09-12", "volume_hl", 10, "cuve_id", cuve,
                "produit", Map.of("certification", "AOP", "genre", "TRANQUILLE", "appellation", "Anjou", "mention", "", "lieu", "",
                        "couleur", "ROUGE", "cepage", "", "libelle_douane", "Anjou rouge"))).json().get("id").asLong();
        long mouvement = a.get("/api/vendanges/" + vendange).json().get("mouvement_id").asLong();
        String avant = a.get("/api/mouvements").json().toString() + a.get("/api/parcelles").json() + a.get("/api/cuves").json();
        Client b = Client.inscrit("Domaine B");
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
        assertEquals(avant, a.get("/api/mouvements").json().toString() + a.get("/api/parcelles").json() + a.get("/api/cuves").json());
        assertEquals(0, b.get("/api/parcelles").json().size());
        Client.Reponse autreUtilisateur = b.put("/api/utilisateurs/" + a.get("/api/me").json().get("utilisateur").get("id").asLong()
                + "/role", Map.of("role", "COMPTA"));
        assertEquals(404, autreUtilisateur.statut());
    }

    @Test
    void une_ecriture_par_session_sans_jeton_csrf_est_refusee_un_jeton_bearer_n_en_a_pas_besoin() {
        Client a = Client.inscrit("Domaine CSRF");
        Client.Reponse sans = a.sansCsrf().post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 10));
        assertEquals(403, sans.statut());
        assertEquals(0, a.get("/api/cuves").json().size());
        String jeton = a.post("/api/jetons", Map.of("nom", "ERP")).json().get("jeton").asText();
        Client integrateur = Client.porteur(jeton);
        assertEquals(201, integrateur.post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 10)).statut());
        assertEquals(401, Client.porteur(jeton + "x").get("/api/cuves").statut());
        assertEquals(204, a.post("/api/auth/logout", Map.of()).statut());
        assertEquals(401, a.get("/api/me").statut(), "a closed session is gone");
    }

    @Test
    void les_echecs_de_connexion_repetes_sont_freines() {
        Client a = Client.inscrit("Domaine Freiné");
        String email = a.get("/api/me").json().get("utilisateur").get("email").asText();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new Client().connecter(email, "mauvais-mot-de-passe").statut());
        }
        assertEquals(429, new Client().connecter(email, "motdepasse-42").statut());
        assertNotEquals(429, new Client().connecter("autre-" + email, "motdepasse-42").statut());
    }

    @Test
    void un_administrateur_invite_et_change_les_roles_sans_perdre_le_dernier_admin() {
        Client admin = Client.inscrit("Domaine des Membres");
        long moi = admin.get("/api/me").json().get("utilisateur").get("id").asLong();
        Client.Reponse dernier = admin.put("/api/utilisateurs/" + moi + "/role", Map.of("role", "COMPTA"));
        assertEquals(409, dernier.statut());
        Client compta = membre(admin, Role.COMPTA);
        long id = compta.get("/api/me").json().get("utilisateur").get("id").asLong();
        assertEquals("OENOLOGUE", admin.put("/api/utilisateurs/" + id + "/role", Map.of("role", "OENOLOGUE")).json().get("role").asText());
        assertEquals(2, admin.get("/api/utilisateurs").json().size());
        Client.Reponse doublon = admin.post("/api/utilisateurs", Map.of("email", compta.get("/api/me").json().get("utilisateur")
                .get("email").asText(), "nom", "X", "role", "COMPTA", "mot_de_passe", "motdepasse-42"));
        assertEquals(409, doublon.statut());
        assertTrue(doublon.type().startsWith("application/problem+json"));
    }
}
