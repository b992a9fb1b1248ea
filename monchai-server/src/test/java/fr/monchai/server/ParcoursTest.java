package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dev book's chain over real HTTP, the register checked at each step. */
class ParcoursTest {

    private static final Map<String, Object> MUSCADET = Map.of(
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
            "Muscadet Sèvre et Maine sur lie");

    /** The fiscal product of most scenarios, as the API takes it. */
    static final Map<String, Object> MUSCADET_SUR_LIE = Map.of(
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
            "Muscadet Sèvre et Maine sur lie");

    /**
     * A validated harvest into a new cuve of twice its volume, from a new parcelle.
     *
     * @return the id of the lot it filled
     */
    static long lotRecolte(Client c, String date, int volumeHl, Map<String, Object> produit) {
        long parcelle = c.post(
                        "/api/parcelles", Map.of("nom", "Parcelle du " + date, "cepage", "Melon B.", "surface_ha", 3))
                .json()
                .get("id")
                .asLong();
        long cuve = c.post("/api/cuves", Map.of("nom", "Cuve du " + date, "capacite_hl", 2 * volumeHl))
                .json()
                .get("id")
                .asLong();
        long vendange = c.post(
                        "/api/vendanges",
                        Map.of(
                                "parcelle_id",
                                parcelle,
                                "date",
                                date,
                                "volume_hl",
                                volumeHl,
                                "cuve_id",
                                cuve,
                                "produit",
                                produit))
                .json()
                .get("mouvement_id")
                .asLong();
        c.post("/api/mouvements/" + vendange + "/valider", Map.of());
        for (JsonNode l : c.get("/api/lots").json()) {
            if (l.get("lot").get("cuve_id").asLong() == cuve) {
                return l.get("lot").get("id").asLong();
            }
        }
        throw new AssertionError("the harvest filled no lot in cuve " + cuve);
    }

    /** Gives the domaine the identity its invoices and declarations carry. */
    static Client.Reponse parametrer(Client c, String raisonSociale) {
        return c.put("/api/domaine/parametres", identite(raisonSociale));
    }

    /** {@return a complete identity of a domaine, as {@code PUT /api/domaine/parametres} takes it} */
    static Map<String, Object> identite(String raisonSociale) {
        return new java.util.HashMap<>(Map.ofEntries(
                Map.entry("raison_sociale", raisonSociale),
                Map.entry("forme_juridique", "SCEA"),
                Map.entry("capital", "15 000 €"),
                Map.entry(
                        "adresse",
                        Map.of("rue", "La Pierre Bleue", "code_postal", "44330", "ville", "Vallet", "pays", "FR")),
                Map.entry("siren", "732829320"),
                Map.entry("siret", "73282932000017"),
                Map.entry("ville_rcs", "Nantes"),
                Map.entry("numero_tva", "FR44732829320"),
                Map.entry("numero_accise", "FR012345E6789"),
                Map.entry("iban", "FR7630006000011234567890189"),
                Map.entry("bic", "AGRIFRPP"),
                Map.entry("telephone", "02 40 00 00 00"),
                Map.entry("numero_cvi", "4912345678"),
                Map.entry("identifiant_interloire", "12345601"),
                Map.entry("regimes_crd", List.of("COLLECTIVES_DROITS_SUSPENDUS", "COLLECTIVES_DROITS_ACQUITTES"))));
    }

    @Test
    void de_l_inscription_a_la_mise_en_bouteille() {
        Client c = Client.inscrit("Domaine du Parcours");
        JsonNode me = c.get("/api/me").json();
        assertEquals("ADMIN", me.get("roles").get(0).asText());
        assertEquals("Domaine du Parcours", me.get("domaine").get("nom").asText());
        long parcelle = c.post(
                        "/api/parcelles",
                        Map.of(
                                "nom",
                                "Les Carrières",
                                "cepage",
                                "Melon B.",
                                "surface_ha",
                                1.2,
                                "lat",
                                47.1,
                                "lng",
                                -1.5,
                                "annee_plantation",
                                2008))
                .json()
                .get("id")
                .asLong();
        assertEquals(1, c.get("/api/parcelles?search=carri").json().size());
        assertEquals(1, c.get("/api/parcelles/?search=Carri").json().size(), "the dev book's paths end with a slash");
        JsonNode cuveCreee = c.post("/api/cuves", Map.of("nom", "Cuve 1", "capacite_hl", 50, "materiau", "inox"))
                .json();
        assertEquals("50", cuveCreee.get("capacite_hl").asText(), "a field keeps its name both ways");
        long cuve = cuveCreee.get("id").asLong();
        long cuve2 = c.post("/api/cuves", Map.of("nom", "Cuve 2", "capacite_hl", 30))
                .json()
                .get("id")
                .asLong();
        Client.Reponse vendange = c.post(
                "/api/vendanges",
                Map.of(
                        "parcelle_id",
                        parcelle,
                        "date",
                        "2026-09-12",
                        "volume_hl",
                        25.4,
                        "dechets_hl",
                        0.8,
                        "cuve_id",
                        cuve,
                        "produit",
                        MUSCADET));
        assertEquals(201, vendange.statut(), vendange.json().toString());
        long brouillon = vendange.json().get("mouvement_id").asLong();
        assertEquals("25.4", vendange.json().get("volume_hl").asText(), "the gross volume, named as in the request");
        assertEquals(
                1,
                c.get("/api/vendanges?parcelle=" + parcelle + "&millesime=2026")
                        .json()
                        .size());
        assertEquals(0, c.get("/api/vendanges?du=2026-09-13").json().size());
        assertEquals(422, c.get("/api/vendanges?millesime=99999999999").statut());
        assertEquals(
                "BROUILLON",
                c.get("/api/mouvements/" + brouillon).json().get("statut").asText());
        assertEquals(0, c.get("/api/lots").json().size(), "a draft changes no stock");
        JsonNode valide =
                c.post("/api/mouvements/" + brouillon + "/valider", Map.of()).json();
        assertEquals("VALIDE", valide.get("statut").asText());
        assertEquals(1, valide.get("numero").asLong());
        JsonNode lots = c.get("/api/lots").json();
        assertEquals("24.6", lots.get(0).get("volume_hl").asText());
        long lot = lots.get(0).get("lot").get("id").asLong();
        Client.Reponse soutirage = c.post(
                "/api/mouvements/soutirages",
                Map.of(
                        "source_lot_id",
                        lot,
                        "destination_cuve_id",
                        cuve2,
                        "volume_hl",
                        5,
                        "pertes_hl",
                        0.1,
                        "date",
                        "2026-09-18",
                        "commentaire",
                        "Soutirage clair"));
        assertEquals(201, soutirage.statut(), soutirage.json().toString());
        c.post("/api/mouvements/" + soutirage.json().get("id").asLong() + "/valider", Map.of());
        Client.Reponse mise = c.post(
                "/api/mise_en_bouteille",
                Map.of(
                        "source_lot_id",
                        lot,
                        "nb_bouteilles",
                        2000,
                        "contenance_ml",
                        750,
                        "pertes_hl",
                        0.2,
                        "date",
                        "2026-09-19"));
        assertEquals(201, mise.statut(), mise.json().toString());
        c.post("/api/mouvements/" + mise.json().get("id").asLong() + "/valider", Map.of());
        assertEquals(
                201,
                c.post(
                                "/api/capsules",
                                Map.of(
                                        "date",
                                        "2026-09-01",
                                        "categorie",
                                        "TRANQUILLE",
                                        "type",
                                        "COLLECTIVES_DROITS_SUSPENDUS",
                                        "contenance_ml",
                                        750,
                                        "nature",
                                        "ACHAT",
                                        "quantite",
                                        5000))
                        .statut());
        assertEquals(
                201,
                c.post(
                                "/api/capsules",
                                Map.of(
                                        "date",
                                        "2026-09-19",
                                        "categorie",
                                        "TRANQUILLE",
                                        "type",
                                        "COLLECTIVES_DROITS_SUSPENDUS",
                                        "contenance_ml",
                                        750,
                                        "nature",
                                        "UTILISATION",
                                        "quantite",
                                        2000))
                        .statut());
        assertEquals(
                3000,
                c.get("/api/capsules?date=2026-09-30")
                        .json()
                        .get(0)
                        .get("quantite")
                        .asLong());
        JsonNode stock = c.get("/api/stock/bouteilles").json();
        assertEquals(2000, stock.get(0).get("nb_bouteilles").asLong(), stock.toString());
        JsonNode journal =
                c.get("/api/mouvements?statut=valide&taille=2&page=2").json();
        assertEquals(3, journal.get("total").asInt());
        assertEquals(1, journal.get("elements").size());
        assertEquals(
                "mise_en_bouteille",
                journal.get("elements").get(0).get("type").asText().toLowerCase(java.util.Locale.ROOT));
        JsonNode trace = c.get("/api/lots/" + lot + "/tracabilite").json();
        assertTrue(
                trace.toString().contains("Les Carrières")
                        || trace.get("amont").toString().contains(Long.toString(parcelle)),
                trace.toString());
        // Sales, invoice and DRM, as the dev book's scenario goes on.
        Client.Reponse sansParametres = c.get("/api/domaine/parametres");
        assertEquals(409, sansParametres.statut());
        Client.Reponse p = parametrer(c, "SCEA Domaine du Parcours");
        assertEquals(200, p.statut(), String.valueOf(p.json()));
        Map<String, Object> fausses =
                new java.util.HashMap<>(c.get("/api/domaine/parametres").json().properties().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (Object) e.getValue())));
        fausses.put("siren", "123456789");
        Client.Reponse siren = c.put("/api/domaine/parametres", fausses);
        assertEquals(422, siren.statut(), String.valueOf(siren.json()));
        assertEquals("siren", siren.json().get("erreurs").get(0).get("champ").asText());
        assertEquals(
                "732829320",
                c.get("/api/domaine/parametres").json().get("siren").asText(),
                "a refused identity changes nothing");
        long bouteilleLot = stock.get(0).get("bouteille_lot").get("id").asLong();
        Client.Reponse produit = c.post(
                "/api/produits",
                Map.of(
                        "bouteille_lot_id",
                        bouteilleLot,
                        "sku",
                        "MSM-25",
                        "nom",
                        "Muscadet Sèvre et Maine sur lie 2026",
                        "prix",
                        8.90,
                        "base",
                        "TTC",
                        "degre",
                        12,
                        "millesime",
                        2026));
        assertEquals(201, produit.statut(), String.valueOf(produit.json()));
        long client = c.post(
                        "/api/clients",
                        Map.of(
                                "type",
                                "PROFESSIONNEL",
                                "nom",
                                "La Cave du Port",
                                "adresse_facturation",
                                Map.of(
                                        "rue",
                                        "3 quai de la Fosse",
                                        "code_postal",
                                        "44000",
                                        "ville",
                                        "Nantes",
                                        "pays",
                                        "FR"),
                                "siren",
                                "552100554",
                                "siret",
                                "55210055400013",
                                "numero_tva",
                                "FR96552100554",
                                "adresse_electronique",
                                "552100554"))
                .json()
                .get("id")
                .asLong();
        Client.Reponse commande = c.post(
                "/api/commandes",
                Map.of(
                        "client_id",
                        client,
                        "date",
                        "2026-09-25",
                        "destination",
                        "FRANCE_DROITS_ACQUITTES",
                        "reference",
                        Map.of(),
                        "reference_client",
                        "BC-1",
                        "lignes",
                        List.of(Map.of(
                                "produit_id",
                                produit.json().get("id").asLong(),
                                "quantite",
                                60,
                                "prix_unitaire",
                                8.50))));
        assertEquals(201, commande.statut(), String.valueOf(commande.json()));
        long cmd = commande.json().get("id").asLong();
        assertEquals(
                "VALIDEE",
                c.post("/api/commandes/" + cmd + "/valider", Map.of())
                        .json()
                        .get("statut")
                        .asText());
        JsonNode stockProduit = c.get("/api/stock/produits").json().get(0);
        assertEquals(
                List.of(2000L, 60L, 1940L),
                List.of(
                        stockProduit.get("physique").asLong(),
                        stockProduit.get("reserve").asLong(),
                        stockProduit.get("disponible").asLong()));
        assertEquals(
                "LIVREE",
                c.post("/api/commandes/" + cmd + "/livrer", Map.of("date", "2026-09-26"))
                        .json()
                        .get("statut")
                        .asText());
        assertEquals(
                1940,
                c.get("/api/stock/bouteilles")
                        .json()
                        .get(0)
                        .get("nb_bouteilles")
                        .asLong());
        long facture = c.post("/api/commandes/" + cmd + "/facture", Map.of("echeance", "2026-10-26"))
                .json()
                .get("id")
                .asLong();
        JsonNode emise = c.post("/api/factures/" + facture + "/emettre", Map.of("date", "2026-09-30"))
                .json();
        assertEquals("F2026-000001", emise.get("numero").asText(), emise.toString());
        JsonNode document = emise.get("document");
        assertEquals(
                "/api/factures/" + facture + "/document", document.get("url").asText(), document.toString());
        assertEquals(null, document.get("contenu"), "a file is described, never inlined");
        Client.Reponse pdf = c.get(document.get("url").asText());
        assertEquals("application/pdf", pdf.type());
        assertEquals(pdf.brute().body().length, document.get("taille_octets").asInt());
        assertTrue(
                new String(pdf.brute().body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals(
                "TTC",
                commande.json().get("lignes").get(0).get("base").asText(),
                "an order line says its price is TTC");
        JsonNode ligneFacturee = emise.get("lignes").get(0);
        assertEquals("7.08", ligneFacturee.get("prix_unitaire").asText(), "8,50 € TTC invoiced HT, to the cent");
        assertEquals(
                0,
                new java.math.BigDecimal("424.80")
                        .compareTo(ligneFacturee.get("montant").decimalValue()),
                "60 × 7,08 €");
        // Credit notes, payments and refunds: each refusal changes nothing.
        assertEquals(
                200,
                c.post(
                                "/api/factures/" + facture + "/paiements",
                                Map.of("date", "2026-10-01", "montant", 100, "moyen", "virement"))
                        .statut());
        long avoir = c.post("/api/factures/" + facture + "/avoir", Map.of())
                .json()
                .get("id")
                .asLong();
        Client.Reponse secondAvoir = c.post("/api/factures/" + facture + "/avoir", Map.of());
        assertEquals(409, secondAvoir.statut(), String.valueOf(secondAvoir.json()));
        assertTrue(
                secondAvoir.json().get("erreurs").get(0).get("message").asText().contains("a déjà son avoir"));
        assertEquals(
                "CREDITEE",
                c.post("/api/factures/" + avoir + "/emettre", Map.of("date", "2026-10-02"))
                                        .statut()
                                == 200
                        ? c.get("/api/factures/" + facture).json().get("statut").asText()
                        : "avoir non émis");
        Client.Reponse payerCreditee = c.post(
                "/api/factures/" + facture + "/paiements",
                Map.of("date", "2026-10-03", "montant", 10, "moyen", "virement"));
        assertEquals(409, payerCreditee.statut(), String.valueOf(payerCreditee.json()));
        Client.Reponse payerAvoir = c.post(
                "/api/factures/" + avoir + "/paiements",
                Map.of("date", "2026-10-03", "montant", 10, "moyen", "virement"));
        assertEquals(409, payerAvoir.statut(), String.valueOf(payerAvoir.json()));
        Client.Reponse tropRembourse = c.post(
                "/api/factures/" + avoir + "/remboursements",
                Map.of("date", "2026-10-04", "montant", 100.01, "moyen", "virement"));
        assertEquals(422, tropRembourse.statut(), String.valueOf(tropRembourse.json()));
        assertEquals(
                "montant",
                tropRembourse.json().get("erreurs").get(0).get("champ").asText());
        assertEquals(
                0, c.get("/api/factures/" + avoir).json().get("paiements").size(), "a refused refund changes nothing");
        JsonNode rembourse = c.post(
                        "/api/factures/" + avoir + "/remboursements",
                        Map.of("date", "2026-10-04", "montant", 100, "moyen", "virement"))
                .json();
        assertEquals(
                "PAYEE", rembourse.get("statut").asText(), "what was paid is refunded: the credit note is settled");
        JsonNode creditee = c.get("/api/factures/" + facture).json();
        assertEquals("CREDITEE", creditee.get("statut").asText(), creditee.toString());
        assertEquals(1, creditee.get("paiements").size(), "refused payments left the invoice as it was");
        JsonNode apercu = c.get("/api/drm/apercu?mois=2026-09").json();
        JsonNode balance = apercu.get("declaration").get("droits_suspendus").get(0);
        assertEquals("0", balance.get("stock_debut_hl").asText());
        assertEquals("23.85", balance.get("stock_fin_hl").asText(), balance.toString());
        assertEquals(0, apercu.get("anomalies").size(), apercu.get("anomalies").toString());
        Client.Reponse export = c.post("/api/drm/exports", Map.of("mois", "2026-09", "definitif", true));
        assertEquals(201, export.statut(), String.valueOf(export.json()));
        long exportId = export.json().get("id").asLong();
        assertEquals(
                "/api/drm/exports/" + exportId + "/fichiers/0",
                export.json().get("artefacts").get(0).get("url").asText());
        String csv = new String(
                c.get("/api/drm/exports/" + exportId + "/fichiers/0").brute().body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains(",entrees,revendique,24.60,"), csv);
        assertTrue(csv.contains(",sorties,ventefrancebouteillecrdacquitte,0.45,"), csv);
        assertTrue(
                csv.contains(
                        "CRD,202609,12345601,FR012345E6789,,TRANQUILLE,Bouteille 75 cl,,,,,,,collectif suspendu,sorties,utilisations,2000"),
                csv);
        assertEquals(
                409,
                c.post(
                                "/api/mouvements/soutirages",
                                Map.of(
                                        "source_lot_id",
                                        lot,
                                        "destination_cuve_id",
                                        cuve2,
                                        "volume_hl",
                                        1,
                                        "date",
                                        "2026-09-28"))
                        .statut(),
                "September is declared and locked");
        assertEquals(1, c.get("/api/drm/exports").json().size());
        String journalCsv =
                new String(c.get("/api/mouvements.csv").brute().body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(journalCsv.startsWith("numero,date,type,statut,compte,volume_hl"), journalCsv);
        // Editing what the register points at: the same validation, and what it depends on stays.
        Client.Reponse cuveModifiee =
                c.put("/api/cuves/" + cuve, Map.of("nom", "Cuve Une", "capacite_hl", 40, "materiau", "inox"));
        assertEquals(200, cuveModifiee.statut(), String.valueOf(cuveModifiee.json()));
        assertEquals("40", cuveModifiee.json().get("capacite_hl").asText());
        Client.Reponse tropPetite = c.put("/api/cuves/" + cuve, Map.of("nom", "Cuve Une", "capacite_hl", 20));
        assertEquals(409, tropPetite.statut(), "it held 25.4 hl in September");
        assertEquals(
                "capacite_hl",
                tropPetite.json().get("erreurs").get(0).get("champ").asText());
        assertEquals(
                422,
                c.put("/api/cuves/" + cuve, Map.of("nom", "Cuve Une", "capacite_hl", "40"))
                        .statut());
        assertEquals(
                409,
                c.put(
                                "/api/parcelles/" + parcelle,
                                Map.of("nom", "Les Carrières", "cepage", "Chardonnay B.", "surface_ha", 1.2))
                        .statut(),
                "a harvested parcelle keeps its grape variety");
        assertEquals(
                "1.25",
                c.put(
                                "/api/parcelles/" + parcelle,
                                Map.of("nom", "Les Carrières", "cepage", "Melon B.", "surface_ha", 1.25))
                        .json()
                        .get("surface_ha")
                        .asText());
        long produitId = produit.json().get("id").asLong();
        JsonNode hausse = c.put(
                        "/api/produits/" + produitId,
                        Map.of(
                                "bouteille_lot_id",
                                bouteilleLot,
                                "sku",
                                "MSM-25",
                                "nom",
                                "Muscadet Sèvre et Maine sur lie 2026",
                                "prix",
                                9.20,
                                "base",
                                "TTC",
                                "degre",
                                12,
                                "millesime",
                                2026))
                .json();
        assertEquals(
                0, new java.math.BigDecimal("9.20").compareTo(hausse.get("prix").decimalValue()));
        assertEquals(hausse, c.get("/api/produits/" + produitId).json());
        JsonNode auTarif = c.post(
                        "/api/commandes",
                        Map.of(
                                "client_id",
                                client,
                                "date",
                                "2026-10-02",
                                "destination",
                                "FRANCE_DROITS_ACQUITTES",
                                "reference",
                                Map.of(),
                                "lignes",
                                List.of(Map.of("produit_id", produitId, "quantite", 6))))
                .json();
        assertEquals(
                0,
                new java.math.BigDecimal("9.20")
                        .compareTo(auTarif.get("lignes")
                                .get(0)
                                .get("prix_unitaire")
                                .decimalValue()),
                "a line without a price takes the catalogue's");
        assertEquals(
                200,
                c.put(
                                "/api/clients/" + client,
                                Map.of(
                                        "type",
                                        "PROFESSIONNEL",
                                        "nom",
                                        "La Cave du Port",
                                        "adresse_facturation",
                                        Map.of(
                                                "rue",
                                                "8 rue Kervégan",
                                                "code_postal",
                                                "44000",
                                                "ville",
                                                "Nantes",
                                                "pays",
                                                "FR"),
                                        "siren",
                                        "552100554",
                                        "numero_tva",
                                        "FR96552100554"))
                        .statut());
        assertEquals(
                "8 rue Kervégan",
                c.get("/api/clients/" + client)
                        .json()
                        .get("adresse_facturation")
                        .get("rue")
                        .asText());
        Client.Reponse sante = c.get("/healthz");
        assertEquals(200, sante.statut());
        assertEquals(
                List.of("ok", "ok"),
                List.of(
                        sante.json().get("status").asText(),
                        sante.json().get("db").asText()));
    }
}
