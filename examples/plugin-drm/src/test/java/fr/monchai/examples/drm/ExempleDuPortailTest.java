package fr.monchai.examples.drm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.crd.CategorieCapsule;
import fr.monchai.core.crd.CompteCapsules;
import fr.monchai.core.crd.Contenant;
import fr.monchai.core.crd.CouleurCapsule;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.crd.TypeCapsule;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CompteCrdDrm;
import fr.monchai.drm.modele.Declarant;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The golden test: the BIVC portal's own example file ({@code exemple_export_drm.csv}, from the
 * portal's public documentation, github.com/24eme/giilda, {@code doc/logiciels_tiers/bivc/}) is what
 * the plugin writes for the same month, line for line and column for column.
 *
 * <p>Compared as the portal reads it (numbers by value: « 482 » is « 482.00 »; surrounding spaces
 * ignored), leaving out what the national model does not carry yet, each named here: the
 * {@code dont_revendique} and {@code revendication} detail lines and the « Autres / DPLC » product
 * (not a wine). The capsules carry their colour (« VERT »), as in the portal's file. The two sales to négoce outside an
 * interprofession contract carry their buyer, excise number and price, as in the portal's file.
 */
class ExempleDuPortailTest {

    private static final CSVFormat LECTURE = CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .get();

    @Test
    void le_module_ecrit_l_exemple_du_portail() throws IOException {
        List<List<String>> attendu = new ArrayList<>();
        for (List<String> ligne : lire(ressource("exemple_export_drm.csv"))) {
            boolean detail =
                    ligne.get(15).equals("dont_revendique") || ligne.get(15).equals("revendication");
            if (detail || ligne.get(4).equals("Autres")) {
                continue;
            }
            attendu.add(ligne);
        }
        Artefact csv = new FabriqueBivc().creer(Map.of()).exporter(exemple()).get(0);
        assertEquals("drm-bivc-201711-FR00000000000.csv", csv.nom());
        assertEquals(
                ressource("exemple_export_drm.csv").lines().findFirst(),
                csv.texte().lines().findFirst(),
                "the header");
        List<List<String>> ecrit = lire(csv.texte());
        for (int i = 0; i < Math.max(attendu.size(), ecrit.size()); i++) {
            assertEquals(
                    i < attendu.size() ? attendu.get(i) : null,
                    i < ecrit.size() ? ecrit.get(i) : null,
                    "line " + (i + 2));
        }
    }

    @Test
    void le_module_relit_l_exemple_du_portail() throws IOException {
        String sansDetails = ressource("exemple_export_drm.csv")
                .lines()
                .filter(l ->
                        !l.contains(",dont_revendique,") && !l.contains(",revendication,") && !l.contains(",Autres,"))
                .reduce("", (a, b) -> a + b + "\n");
        List<Artefact> fichier = List.of(
                new Artefact("exemple.csv", "text/csv; charset=utf-8", sansDetails.getBytes(StandardCharsets.UTF_8)));
        List<BalanceProduit> relues =
                new FabriqueBivc().creer(Map.of()).lecteur().orElseThrow().lire(fichier);
        assertEquals(
                exemple().crd(),
                new FabriqueBivc().creer(Map.of()).lecteur().orElseThrow().lireCapsules(fichier),
                "the portal's capsule lines (« VERT », « TRANQ », « Bouteille 75 cl », « BIB 5l ») read back");
        List<BalanceProduit> ecrites = exemple().droitsSuspendus();
        assertEquals(
                ecrites.stream().map(BalanceProduit::libelle).toList(),
                relues.stream().map(BalanceProduit::libelle).toList());
        for (int i = 0; i < ecrites.size(); i++) {
            assertEquals(ecrites.get(i).stockDebut(), relues.get(i).stockDebut());
            assertEquals(ecrites.get(i).stockFin(), relues.get(i).stockFin());
            assertEquals(
                    ecrites.get(i).lignes(),
                    relues.get(i).lignes(),
                    ecrites.get(i).libelle());
        }
    }

    /** The month of the portal's example, in the national model. */
    private static DeclarationDrm exemple() {
        Declarant declarant = new Declarant(
                "Exemple",
                "FR00000000000",
                Optional.empty(),
                Optional.empty(),
                Map.of("bivc", "99999901"),
                Set.of(TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS));
        List<BalanceProduit> produits = List.of(
                balance(
                        sancerre(Couleur.ROUGE, "Sancerre Rouge"),
                        "728.83",
                        "1188.74",
                        ligne(NatureDrm.RECOLTE, "482"),
                        vente(
                                NatureDrm.VENTE_ENTREPOSITAIRE,
                                "60.61",
                                "M Pierre Negociant Vrac",
                                "FR99999999999",
                                "210.0")),
                balance(
                        sancerre(Couleur.ROSE, "Sancerre Rosé"),
                        "37.25",
                        "79.39",
                        ligne(NatureDrm.RECOLTE, "63"),
                        ligne(NatureDrm.VENTE_BOUTEILLES_CRD, "20.86")),
                balance(
                        sancerre(Couleur.BLANC, "Sancerre Blanc"),
                        "88.1875",
                        "155.0775",
                        ligne(NatureDrm.RECOLTE, "88"),
                        ligne(NatureDrm.EXCEDENT, "2.34"),
                        vente(
                                NatureDrm.VENTE_ENTREPOSITAIRE_BOUTEILLES,
                                "23.45",
                                "M Paul Negociant Bouteille",
                                "FR99999999000",
                                "250.0")),
                balance(
                        ProduitFiscal.aop("Menetou-Salon", Couleur.BLANC, "Menetou-Salon Blanc"),
                        "4.02",
                        "0.96",
                        ligne(NatureDrm.VENTE_BOUTEILLES_CRD, "3.06")));
        List<CompteCrdDrm> capsules = List.of(
                capsules(750, 18594, 12324, Map.of(NatureCrd.ACHAT, 7500L, NatureCrd.UTILISATION, 13770L)),
                capsules(5000, 439, 345, Map.of(NatureCrd.UTILISATION, 94L)));
        return new DeclarationDrm(declarant, YearMonth.of(2017, 11), produits, List.of(), capsules, List.of(), false);
    }

    private static ProduitFiscal sancerre(Couleur couleur, String libelle) {
        return new ProduitFiscal(Certification.AOP, Genre.TRANQUILLE, "Sancerre", "", "", couleur, "", libelle);
    }

    private static LigneDrm ligne(NatureDrm nature, String hl) {
        return LigneDrm.de(nature, Volume.hl(hl));
    }

    private static LigneDrm vente(NatureDrm nature, String hl, String acheteur, String accise, String prixHl) {
        return new LigneDrm(
                nature,
                Volume.hl(hl),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new fr.monchai.drm.modele.Acheteur(acheteur, Optional.of(accise), new BigDecimal(prixHl))));
    }

    private static BalanceProduit balance(ProduitFiscal produit, String debut, String fin, LigneDrm... lignes) {
        return new BalanceProduit(produit, Volume.hl(debut), List.of(lignes), Volume.hl(fin), "");
    }

    private static CompteCrdDrm capsules(int ml, long debut, long fin, Map<NatureCrd, Long> mouvements) {
        return new CompteCrdDrm(
                new CompteCapsules(
                        CategorieCapsule.TRANQUILLE,
                        TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS,
                        ml,
                        Contenant.deduit(ml),
                        Optional.of(CouleurCapsule.VERT)),
                debut,
                new EnumMap<>(mouvements),
                fin,
                "");
    }

    /** The records as the portal reads them: 23 columns, spaces stripped, numbers by value. */
    private static List<List<String>> lire(String csv) throws IOException {
        List<List<String>> lignes = new ArrayList<>();
        for (CSVRecord r : LECTURE.parse(new StringReader(csv))) {
            List<String> ligne = new ArrayList<>();
            for (String v : r) {
                String s = v.strip();
                ligne.add(
                        s.matches("[0-9]+(\\.[0-9]+)?")
                                ? new BigDecimal(s).stripTrailingZeros().toPlainString()
                                : s);
            }
            while (ligne.size() < 23) {
                ligne.add("");
            }
            lignes.add(ligne);
        }
        return lignes;
    }

    private static String ressource(String nom) throws IOException {
        try (InputStream in = ExempleDuPortailTest.class.getResourceAsStream(nom)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
