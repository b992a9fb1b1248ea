package fr.monchai.drm.loire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.Volume;
import fr.monchai.drm.kit.MoisComplet;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CategorieDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.Sens;
import fr.monchai.drm.spi.ExportateurDrm;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Lines are keyed by customs category, the national type optional: a file with every movement code of
 * the portal's own catalogue — those with no national type too — reads back whole, each line where
 * customs file it, and a declaration of such lines is written again (CIEL XML valid against the XSD).
 */
class CodesDuPortailTest {

    private static final Path CATALOGUE =
            Path.of("..", "..", "shared", "drm", "interloire", "catalogue_mouvements.csv");
    private static final ExportateurDrm INTERLOIRE = new FabriqueInterLoire().creer(Map.of());

    /** Each duty-suspended movement code of the portal's catalogue, with its customs path. */
    private static List<CSVRecord> codes() throws java.io.IOException {
        Assumptions.assumeTrue(
                Files.exists(CATALOGUE),
                "the portal's catalogue is in ../shared/drm when shared/ is beside the repository");
        return CSVFormat.DEFAULT.parse(new StringReader(Files.readString(CATALOGUE))).getRecords().stream()
                .filter(r -> r.get(0).equals("suspendu")
                        && (r.get(1).equals("entrees") || r.get(1).equals("sorties")))
                .toList();
    }

    @Test
    void chaque_code_du_catalogue_du_portail_se_relit_dans_sa_categorie_douaniere() throws Exception {
        List<CSVRecord> codes = codes();
        StringBuilder csv = new StringBuilder(
                "#TYPE,PERIODE,IDENTIFIANT,ACCISE,CERTIFICATION,GENRE,APPELLATION,MENTION,LIEU,COULEUR,"
                        + "CEPAGE,COMPLEMENT,LIBELLE,TYPE_DRM,CATEGORIE MOUVEMENT,TYPE MOUVEMENT,VOLUME,PAYS,CONTRAT,DOCUMENT\n");
        int i = 0;
        for (CSVRecord c : codes) {
            i++;
            String detail = c.get(6).contains("replacement") ? "2026-01-31" : "";
            csv.append("CAVE,202603,12345601,FR012345E6789,AOC,,Anjou,,,Blanc,,,Anjou Blanc (1B200),suspendu,")
                    .append(c.get(1))
                    .append(',')
                    .append(c.get(2))
                    .append(',')
                    .append(i)
                    .append(".00,")
                    .append(detail)
                    .append(",,\n");
        }
        List<BalanceProduit> lues = INTERLOIRE
                .lecteur()
                .orElseThrow()
                .lire(List.of(new Artefact(
                        "drm.csv", "text/csv; charset=utf-8", csv.toString().getBytes(StandardCharsets.UTF_8))));
        assertEquals(1, lues.size());
        List<LigneDrm> lignes = lues.get(0).lignes();
        assertEquals(codes.size(), lignes.size(), "one line per code, none refused");
        List<String> ecarts = new ArrayList<>();
        int sansType = 0;
        for (int k = 0; k < codes.size(); k++) {
            CSVRecord c = codes.get(k);
            LigneDrm l = lignes.get(k);
            Optional<CategorieDrm> attendue = CategorieDrm.deChemin(c.get(6));
            if (!attendue.equals(Optional.of(l.categorie())) || !l.volume().equals(Volume.hl((k + 1) + ""))) {
                ecarts.add(
                        c.get(1) + "/" + c.get(2) + " (" + c.get(6) + ") read as " + l.categorie() + " " + l.volume());
            }
            sansType += l.nature().isEmpty() ? 1 : 0;
        }
        assertEquals(List.of(), ecarts);
        assertTrue(sansType >= 8, "the portal's codes with no national type are read by their category: " + sansType);
        assertEquals(
                YearMonth.of(2026, 1),
                lignes.stream()
                        .filter(l -> l.categorie() == CategorieDrm.REPLACEMENT_SUSPENSION
                                && l.nature().isEmpty())
                        .findFirst()
                        .orElseThrow()
                        .moisOrigine()
                        .orElseThrow(),
                "a replacement keeps its month");
    }

    @Test
    void une_declaration_de_lignes_connues_par_leur_seule_categorie_s_ecrit_et_se_relit() throws Exception {
        ProduitFiscal anjou = ProduitFiscal.aop("Anjou", Couleur.BLANC, "Anjou Blanc");
        List<LigneDrm> lignes = new ArrayList<>();
        Volume entrees = Volume.ZERO;
        Volume sorties = Volume.ZERO;
        for (CategorieDrm c : List.of(
                CategorieDrm.AUTRES_ENTREES,
                CategorieDrm.ENTREE_EMBOUTEILLAGE,
                CategorieDrm.SORTIE_RELOGEMENT,
                CategorieDrm.FABRICATION_AUTRE_PRODUIT,
                CategorieDrm.MISE_SUR_MARCHE_CORSE,
                CategorieDrm.VENTES_FRANCE_CRD_ACQUITTES)) {
            lignes.add(LigneDrm.de(c, Volume.hl("2")));
            if (c.sens() == Sens.ENTREE) {
                entrees = entrees.plus(Volume.hl("2"));
            } else {
                sorties = sorties.plus(Volume.hl("2"));
            }
        }
        BalanceProduit b = new BalanceProduit(
                anjou,
                Volume.hl("100"),
                lignes,
                Volume.hl("100").plus(entrees).moins(sorties),
                "manipulation: désacidification");
        DeclarationDrm drm = new DeclarationDrm(
                MoisComplet.DECLARANT, YearMonth.of(2026, 3), List.of(b), List.of(), List.of(), List.of(), false);
        List<String> refus = INTERLOIRE.verifier(drm).stream()
                .filter(a -> a.bloquante())
                .map(a -> a.regle() + " " + a.message())
                .toList();
        assertEquals(
                List.of(
                        "INTERLOIRE-MOUVEMENT le portail n'a pas de mouvement pour « retour d'embouteillage » (2.00 hl)",
                        "INTERLOIRE-MOUVEMENT le portail n'a pas de mouvement pour « sortie pour relogement » (2.00 hl)",
                        "INTERLOIRE-MOUVEMENT le portail n'a pas de mouvement pour « mise sur le marché en Corse » (2.00 hl)"),
                refus,
                "what the portal has no code for is refused by name; the rest is written with the category's code");
        BalanceProduit acceptee = new BalanceProduit(
                anjou,
                Volume.hl("100"),
                List.of(lignes.get(0), lignes.get(3), lignes.get(5)),
                Volume.hl("98"),
                b.observations());
        DeclarationDrm declaree = new DeclarationDrm(
                MoisComplet.DECLARANT,
                YearMonth.of(2026, 3),
                List.of(acceptee),
                List.of(),
                List.of(),
                List.of(),
                false);
        assertEquals(
                List.of(),
                INTERLOIRE.verifier(declaree).stream()
                        .filter(a -> a.bloquante())
                        .toList());
        List<Artefact> fichiers = INTERLOIRE.exporter(declaree);
        assertTrue(
                fichiers.get(0).texte().contains(",entrees,excedents,2.00,"),
                fichiers.get(0).texte());
        assertTrue(fichiers.get(0).texte().contains(",sorties,fabricationautre,2.00,"));
        List<LigneDrm> relues =
                INTERLOIRE.lecteur().orElseThrow().lire(fichiers).get(0).lignes();
        assertEquals(
                List.of(
                        CategorieDrm.AUTRES_ENTREES,
                        CategorieDrm.FABRICATION_AUTRE_PRODUIT,
                        CategorieDrm.VENTES_FRANCE_CRD_ACQUITTES),
                relues.stream().map(LigneDrm::categorie).toList());
        String xml = fichiers.get(1).texte();
        assertTrue(xml.contains("<fabrication-autre-produit>2.00</fabrication-autre-produit>"), xml);
        Path xsd = CATALOGUE.getParent().resolveSibling("ciel").resolve("contrat_de_service_interpro.xsd");
        Assumptions.assumeTrue(Files.exists(xsd), "the customs XSD is in ../shared/drm/ciel");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(xsd.toFile())
                .newValidator()
                .validate(new StreamSource(new StringReader(xml)));
        // a CIEL-only month: every temporary kind and Corsica, valid against the schema too
        BalanceProduit tous = new BalanceProduit(anjou, Volume.hl("100"), lignes, b.stockFin(), b.observations());
        String cielSeul = new XmlCiel(CatalogueInterLoire.integre())
                .ecrire(
                        new DeclarationDrm(
                                MoisComplet.DECLARANT,
                                YearMonth.of(2026, 3),
                                List.of(tous),
                                List.of(),
                                List.of(),
                                List.of(),
                                false),
                        "drm.xml")
                .texte();
        assertTrue(
                cielSeul.contains("<embouteillage>2.00</embouteillage>")
                        && cielSeul.contains("<relogement>2.00</relogement>")
                        && cielSeul.contains("<mise-sur-marche-corse>2.00</mise-sur-marche-corse>"),
                cielSeul);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(xsd.toFile())
                .newValidator()
                .validate(new StreamSource(new StringReader(cielSeul)));
    }
}
