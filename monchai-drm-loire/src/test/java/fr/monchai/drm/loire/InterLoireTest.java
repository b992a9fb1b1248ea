package fr.monchai.drm.loire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Artefact;
import fr.monchai.drm.ConstructeurDrm;
import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.kit.MoisComplet;
import fr.monchai.drm.modele.Declarant;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.spi.ExportateurDrm;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
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
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The hand-built month of every movement type, exported for InterLoire and checked file by file. */
class InterLoireTest {

    private static final Path PARTAGE = Path.of("..", "..", "shared", "drm");

    private static List<Artefact> exporter() {
        MoisComplet.Mois m = MoisComplet.moisComplet();
        DeclarationDrm drm =
                new ConstructeurDrm(m.chai()).construire(m.domaine(), YearMonth.of(2026, 3), MoisComplet.DECLARANT);
        ExportateurDrm interloire = new FabriqueInterLoire().creer(Map.of());
        assertEquals(List.of(), interloire.verifier(drm));
        return interloire.exporter(drm);
    }

    /** The expected file; {@code -Dmonchai.golden.ecrire=true} writes it anew from what the exporter gives. */
    private static String golden(String nom, Artefact obtenu) throws IOException {
        if (Boolean.getBoolean("monchai.golden.ecrire")) {
            Files.write(Path.of("src/test/resources/fr/monchai/drm/loire", nom), obtenu.contenu());
        }
        try (InputStream in = InterLoireTest.class.getResourceAsStream(nom)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void des_capsules_de_type_autres_bloquent_l_export_car_le_portail_les_refuse() {
        MoisComplet.Mois m = MoisComplet.moisComplet();
        DeclarationDrm drm =
                new ConstructeurDrm(m.chai()).construire(m.domaine(), YearMonth.of(2026, 3), MoisComplet.DECLARANT);
        var capsules = new fr.monchai.core.crd.CompteCapsules(
                fr.monchai.core.crd.CategorieCapsule.TRANQUILLE, fr.monchai.core.crd.TypeCapsule.PERSONNALISEES, 750);
        DeclarationDrm avecAutres = new DeclarationDrm(
                drm.declarant(),
                drm.periode(),
                drm.droitsSuspendus(),
                drm.droitsAcquittes(),
                List.of(new fr.monchai.drm.modele.CompteCrdDrm(
                        capsules, 10, Map.of(fr.monchai.core.crd.NatureCrd.AUTRE_SORTIE, 5L), 5, "capsules abîmées")),
                drm.documents(),
                drm.stockEpuise());
        List<fr.monchai.drm.controle.Anomalie> anomalies =
                new FabriqueInterLoire().creer(Map.of()).verifier(avecAutres);
        assertEquals(
                List.of("INTERLOIRE-CRD-AUTRES"),
                anomalies.stream().map(fr.monchai.drm.controle.Anomalie::regle).toList());
        assertTrue(
                anomalies.get(0).bloquante() && anomalies.get(0).message().contains("destructions"),
                anomalies.toString());
    }

    @Test
    void un_reglage_inconnu_est_une_erreur_jamais_ignoree() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> new FabriqueInterLoire().creer(Map.of("catalgue", "/tmp/catalogue.csv")));
        assertTrue(e.getMessage().contains("catalgue") && e.getMessage().contains("catalogue"), e.getMessage());
    }

    @Test
    void le_csv_du_mois_est_celui_attendu_et_se_relit_avec_commons_csv() throws IOException {
        Artefact csv = exporter().get(0);
        assertEquals("drm-interloire-202603-FR012345E6789.csv", csv.nom());
        assertEquals(golden("drm-202603.csv", csv), csv.texte());
        List<CSVRecord> lignes = CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .get()
                .parse(new StringReader(csv.texte()))
                .getRecords();
        assertTrue(
                lignes.stream().allMatch(r -> r.size() == 20),
                "every line has the 20 columns of the InterLoire format");
        assertTrue(lignes.stream()
                .allMatch(r -> r.get(1).equals("202603")
                        && r.get(2).equals("12345601")
                        && r.get(3).equals("FR012345E6789")));
        CSVRecord export = lignes.stream()
                .filter(r -> r.get(15).equals("export") && r.get(17).equals("US"))
                .findFirst()
                .orElseThrow();
        assertEquals("1B230 01", export.get(12).replaceAll(".*\\((.*)\\)", "$1"));
        assertEquals("3.00", export.get(16));
        assertEquals("26FRA00000000000001A1", export.get(19));
        CSVRecord retour = lignes.stream()
                .filter(r -> r.get(15).equals("retourmarchandisetaxees"))
                .findFirst()
                .orElseThrow();
        assertEquals("2026-02-28", retour.get(17));
        CSVRecord vrac = lignes.stream()
                .filter(r -> r.get(15).equals("vrac"))
                .findFirst()
                .orElseThrow();
        assertEquals("2026030100042", vrac.get(18));
        assertEquals(
                List.of(
                        "personnalise debut:0",
                        "personnalise achats:500",
                        "personnalise retours:10",
                        "personnalise excedents:2",
                        "personnalise utilisations:100",
                        "personnalise destructions:3",
                        "personnalise manquants:1",
                        "personnalise fin:408",
                        "collectif suspendu debut:2000",
                        "collectif suspendu achats:1000",
                        "collectif suspendu utilisations:1100",
                        "collectif suspendu fin:1900",
                        "collectif acquitte debut:0",
                        "collectif acquitte fin:0"),
                lignes.stream()
                        .filter(r -> r.get(0).equals("CRD"))
                        .map(r -> r.get(13) + " " + r.get(15) + ":" + r.get(16))
                        .toList(),
                "every capsule regime and movement the portal accepts, and a zero line for a declared regime where nothing moved");
    }

    @Test
    void le_xml_ciel_est_celui_attendu_et_valide_contre_le_xsd_des_douanes() throws Exception {
        Artefact xml = exporter().get(1);
        assertEquals(golden("drm-202603.xml", xml), xml.texte());
        Path xsd = PARTAGE.resolve("ciel/contrat_de_service_interpro.xsd");
        Assumptions.assumeTrue(
                Files.exists(xsd), "the customs XSD is in ../shared/drm/ciel when shared/ is beside the repository");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(xsd.toFile())
                .newValidator()
                .validate(new StreamSource(new StringReader(xml.texte())));
    }

    @Test
    void le_pdf_se_relit_avec_les_soldes_les_droits_et_la_cvo() throws IOException {
        Artefact pdf = exporter().get(2);
        assertEquals("application/pdf", pdf.typeMedia());
        String apercu = System.getProperty("monchai.apercu.pdf");
        if (apercu != null) {
            Files.write(Path.of(apercu), pdf.contenu());
        }
        PdfReader lecteur = new PdfReader(pdf.contenu());
        StringBuilder texte = new StringBuilder();
        for (int page = 1; page <= lecteur.getNumberOfPages(); page++) {
            texte.append(new PdfTextExtractor(lecteur).getTextFromPage(page)).append('\n');
        }
        String t = texte.toString();
        for (String attendu : List.of(
                "Déclaration récapitulative mensuelle — mars 2026",
                "Muscadet Sèvre et Maine sur lie (INAO 1B230 01)",
                "Stock début de mois",
                "118,00 hl",
                "102,75 hl",
                "Sortie : export — US",
                "replacement en suspension",
                "Droits d'accise estimés : 26,19 €",
                "CVO InterLoire estimée",
                "1900",
                "26FRA00000000000002A1")) {
            assertTrue(t.contains(attendu), "the recap shows « " + attendu + " »:\n" + t);
        }
    }

    @Test
    void un_produit_hors_catalogue_ou_un_export_sans_pays_est_signale_avant_l_envoi() {
        ProduitFiscal inconnu = new ProduitFiscal(
                Certification.AOP,
                Genre.TRANQUILLE,
                "Appellation imaginaire",
                "",
                "",
                Couleur.ROUGE,
                "",
                "Imaginaire rouge");
        DeclarationDrm drm = new DeclarationDrm(
                new Declarant(
                        "X",
                        "FR12",
                        Optional.empty(),
                        Optional.empty(),
                        Map.of("interloire", "123"),
                        java.util.Set.of()),
                YearMonth.of(2026, 3),
                List.of(new fr.monchai.drm.modele.BalanceProduit(
                        inconnu,
                        fr.monchai.core.commun.Volume.hl("10"),
                        List.of(fr.monchai.drm.modele.LigneDrm.de(
                                fr.monchai.drm.modele.NatureDrm.EXPORT, fr.monchai.core.commun.Volume.hl("1"))),
                        fr.monchai.core.commun.Volume.hl("9"),
                        "")),
                List.of(),
                List.of(),
                List.of(),
                false);
        List<String> regles = new FabriqueInterLoire()
                .creer(Map.of()).verifier(drm).stream().map(Anomalie::regle).toList();
        assertEquals(
                List.of("INTERLOIRE-IDENTIFIANT", "INTERLOIRE-ACCISE", "INTERLOIRE-CATALOGUE", "INTERLOIRE-PAYS"),
                regles);
    }

    @Test
    void le_catalogue_complet_du_portail_se_charge_depuis_un_fichier() {
        Path fichier = PARTAGE.resolve("interloire/catalogue_produits.csv");
        Assumptions.assumeTrue(Files.exists(fichier), "the portal's catalogue is in ../shared/drm/interloire");
        CatalogueInterLoire complet = CatalogueInterLoire.charger(fichier);
        assertEquals(654, complet.taille());
        ProduitFiscal surLie = new ProduitFiscal(
                Certification.AOP,
                Genre.TRANQUILLE,
                "Muscadet Sevre et Maine",
                "sur lie",
                "",
                Couleur.BLANC,
                "Melon",
                "Muscadet SM sur lie");
        assertEquals("1B230 01", complet.trouver(surLie).orElseThrow().codeInao());
        ProduitFiscal cremant = new ProduitFiscal(
                Certification.AOP, Genre.MOUSSEUX, "Crémant de Loire", "", "", Couleur.ROSE, "", "Crémant rosé");
        assertEquals("1S215M", complet.trouver(cremant).orElseThrow().codeInao());
        assertEquals(
                PerimetreCvo.AOC_INTERLOIRE,
                CatalogueInterLoire.perimetre(complet.trouver(surLie).orElseThrow()));
        ProduitFiscal bordeaux = new ProduitFiscal(
                Certification.AOP, Genre.TRANQUILLE, "Bordeaux", "", "", Couleur.ROUGE, "", "Bordeaux");
        assertEquals(
                PerimetreCvo.HORS_CVO,
                CatalogueInterLoire.perimetre(complet.trouver(bordeaux).orElseThrow()),
                "the portal lists every region");
        assertEquals(
                Optional.empty(),
                complet.trouver(new ProduitFiscal(
                        Certification.AOP,
                        Genre.TRANQUILLE,
                        "Appellation imaginaire",
                        "",
                        "",
                        Couleur.ROUGE,
                        "",
                        "Imaginaire")));
        assertTrue(CatalogueInterLoire.integre().taille() > 50);
    }
}
