package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.monchai.persistence.BaseDeDonnees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Two server instances on one database behave as one: register numbers stay gap-free under concurrent requests. */
class DeuxServeursTest {

    @Test
    void deux_instances_sur_une_base_numerotent_le_registre_sans_trou() throws Exception {
        Main.Demarre premier = ServeurDeTest.serveur();
        Map<String, String> env = new HashMap<>(
                premier.injecteur().getInstance(BaseDeDonnees.class).variablesConnexion());
        env.put("PORT", "0");
        try (Main.Demarre second = Main.demarrer(Configuration.depuis(env))) {
            Client admin = Client.inscrit("Domaine à deux serveurs");
            String jeton = admin.post("/api/jetons", Map.of("nom", "charge"))
                    .json()
                    .get("jeton")
                    .asText();
            long parcelle = admin.post("/api/parcelles", Map.of("nom", "P", "cepage", "Melon B.", "surface_ha", 1))
                    .json()
                    .get("id")
                    .asLong();
            long cuve = admin.post("/api/cuves", Map.of("nom", "Cuve", "capacite_hl", 10000))
                    .json()
                    .get("id")
                    .asLong();
            Map<String, Object> produit = Map.of(
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
            List<Client> clients =
                    List.of(Client.porteur(jeton), Client.porteur(jeton).versPort(second.port()));
            ExecutorService ex = Executors.newFixedThreadPool(8);
            List<Future<Integer>> resultats = new ArrayList<>();
            for (int f = 0; f < 8; f++) {
                Client c = clients.get(f % 2);
                resultats.add(ex.submit(() -> {
                    int valides = 0;
                    for (int i = 0; i < 15; i++) {
                        long m = c.post(
                                        "/api/vendanges",
                                        Map.of(
                                                "parcelle_id",
                                                parcelle,
                                                "date",
                                                "2026-09-12",
                                                "volume_hl",
                                                1,
                                                "cuve_id",
                                                cuve,
                                                "produit",
                                                produit))
                                .json()
                                .get("mouvement_id")
                                .asLong();
                        if (c.post("/api/mouvements/" + m + "/valider", Map.of())
                                        .statut()
                                == 200) {
                            valides++;
                        }
                    }
                    return valides;
                }));
            }
            int total = 0;
            for (Future<Integer> r : resultats) {
                total += r.get();
            }
            ex.shutdown();
            assertEquals(120, total);
            List<Long> numeros = new ArrayList<>();
            admin.get("/api/mouvements?taille=500")
                    .json()
                    .get("elements")
                    .forEach(m -> numeros.add(m.get("numero").asLong()));
            numeros.sort(null);
            assertEquals(LongStream.rangeClosed(1, 120).boxed().toList(), numeros);
        }
    }
}
