package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Validations racing the final export of their month, over HTTP on PostgreSQL: whatever the
 * interleaving, every movement the export locks is in its files, and nothing is validated in
 * the month once it is declared.
 */
class DeclarationConcurrenteTest {

    private static final int FILS = 4;
    private static final int BROUILLONS = 24;

    @Test
    void chaque_mouvement_verrouille_du_mois_est_dans_les_fichiers_declares() throws Exception {
        Client c = Client.inscrit("Domaine de la Course");
        assertEquals(
                200, ParcoursTest.parametrer(c, "SCEA Domaine de la Course").statut());
        long lot = ParcoursTest.lotRecolte(c, "2026-01-05", 400, ParcoursTest.MUSCADET_SUR_LIE);
        ExecutorService fils = Executors.newFixedThreadPool(FILS);
        try {
            for (YearMonth mois = YearMonth.of(2026, 1);
                    !mois.isAfter(YearMonth.of(2026, 4));
                    mois = mois.plusMonths(1)) {
                course(c, fils, lot, mois);
            }
        } finally {
            fils.shutdownNow();
        }
    }

    /** Drafts of the month, validated by several threads while the month's final export is tried again and again. */
    private static void course(Client c, ExecutorService fils, long lot, YearMonth mois) throws Exception {
        List<Long> brouillons = new ArrayList<>();
        for (int i = 0; i < BROUILLONS; i++) {
            brouillons.add(c.post(
                            "/api/mouvements/pertes",
                            Map.of(
                                    "lot_id",
                                    lot,
                                    "volume_hl",
                                    0.1,
                                    "date",
                                    mois.atDay(20).toString(),
                                    "commentaire",
                                    "ouillage " + i))
                    .json()
                    .get("id")
                    .asLong());
        }
        List<Future<Integer>> validations = new ArrayList<>();
        for (int f = 0; f < FILS; f++) {
            int premier = f;
            validations.add(fils.submit(() -> {
                int validees = 0;
                for (int i = premier; i < brouillons.size(); i += FILS) {
                    int statut = c.post("/api/mouvements/" + brouillons.get(i) + "/valider", Map.of())
                            .statut();
                    assertTrue(statut == 200 || statut == 409 || statut == 422, "validation answered " + statut);
                    validees += statut == 200 ? 1 : 0;
                }
                return validees;
            }));
        }
        Client.Reponse export;
        do {
            export = c.post("/api/drm/exports", Map.of("mois", mois.toString(), "definitif", true));
        } while (export.statut() != 201 && !validations.stream().allMatch(Future::isDone));
        int validees = 0;
        for (Future<Integer> v : validations) {
            validees += v.get();
        }
        if (export.statut() != 201) {
            export = c.post("/api/drm/exports", Map.of("mois", mois.toString(), "definitif", true));
        }
        assertEquals(201, export.statut(), String.valueOf(export.json()));
        String csv = new String(
                c.get(export.json().get("artefacts").get(0).get("url").asText())
                        .brute()
                        .body(),
                StandardCharsets.UTF_8);
        BigDecimal pertesDeclarees = csv.lines()
                .map(l -> l.split(",", -1))
                .filter(l -> l.length > 16 && l[15].equals("destructionperte"))
                .map(l -> new BigDecimal(l[16]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonNode verrouilles = c.get("/api/mouvements?statut=verrouille&du=" + mois.atDay(1) + "&au="
                        + mois.atEndOfMonth() + "&taille=200")
                .json();
        long pertesVerrouillees = 0;
        for (JsonNode m : verrouilles.get("elements")) {
            pertesVerrouillees += m.get("type").asText().equalsIgnoreCase("perte") ? 1 : 0;
        }
        assertEquals(validees, pertesVerrouillees, mois + ": every validated loss of the month is locked");
        assertEquals(
                0,
                new BigDecimal("0.1")
                        .multiply(BigDecimal.valueOf(pertesVerrouillees))
                        .compareTo(pertesDeclarees),
                mois + ": the files declare " + pertesDeclarees + " hl of losses for " + pertesVerrouillees
                        + " locked losses\n" + csv);
        assertEquals(
                0,
                c.get("/api/mouvements?statut=brouillon&du=" + mois.atDay(1) + "&au=" + mois.atEndOfMonth())
                        .json()
                        .get("total")
                        .asInt(),
                mois + ": no draft is left in a declared month");
    }
}
