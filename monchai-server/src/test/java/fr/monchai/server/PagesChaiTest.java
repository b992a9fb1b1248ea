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
        assertTrue(vide.contains("Aucune cuve pour l'instant") && vide.contains("Créer une première cuve"), "before: « Aucune cuve ne correspond »");
        c.post("/api/cuves", Map.of("nom", "Cuve 1", "capacite_hl", 50));
        String filtre = c.get("/app/cuverie?place=abc").texte();
        assertTrue(filtre.contains("« abc » n&#39;est pas un volume"), "before: silently ignored");
        assertTrue(filtre.contains("Cuve 1"));
        assertFalse(c.get("/app/cuverie").texte().contains("En cours"), "a cuve with wine reads « Occupée », never « en cours »");
    }
}
