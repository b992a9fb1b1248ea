package fr.monchai.drm.loire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.Volume;
import fr.monchai.drm.controle.ControlesNationaux;
import fr.monchai.drm.kit.MoisComplet;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CategorieDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.spi.ExportateurDrm;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** A duty-paid stock list (bottles bought duty-paid for the shop) in every file, and each balance with its own lines only. */
class DroitsAcquittesTest {

    private static final ExportateurDrm INTERLOIRE = new FabriqueInterLoire().creer(Map.of());

    private static DeclarationDrm mois() {
        BalanceProduit suspendue = new BalanceProduit(
                MoisComplet.MUSCADET,
                Volume.hl("50"),
                List.of(LigneDrm.de(NatureDrm.CONSOMMATION_FAMILIALE, Volume.hl("1"))),
                Volume.hl("49"),
                "");
        BalanceProduit acquittee = new BalanceProduit(
                MoisComplet.IGP,
                Volume.hl("3"),
                List.of(
                        LigneDrm.de(CategorieDrm.ACQUITTES_ACHATS, Volume.hl("2.25")),
                        LigneDrm.de(CategorieDrm.ACQUITTES_VENTES, Volume.hl("1.5")),
                        LigneDrm.de(CategorieDrm.ACQUITTES_AUTRES_SORTIES, Volume.hl("0.0075"))),
                Volume.hl("3.7425"),
                "une bouteille cassée");
        return new DeclarationDrm(
                MoisComplet.DECLARANT,
                YearMonth.of(2026, 3),
                List.of(suspendue),
                List.of(acquittee),
                List.of(),
                List.of(),
                false);
    }

    @Test
    void la_liste_en_droits_acquittes_s_ecrit_dans_le_csv_le_xml_et_le_pdf_et_se_relit() throws IOException, Exception {
        DeclarationDrm drm = mois();
        assertEquals(List.of(), ControlesNationaux.verifier(drm, Optional.empty()));
        assertEquals(
                List.of(),
                INTERLOIRE.verifier(drm).stream().filter(a -> a.bloquante()).toList());
        List<Artefact> fichiers = INTERLOIRE.exporter(drm);
        String csv = fichiers.get(0).texte();
        assertTrue(
                csv.contains(",acquitte,entrees,achat,2.25,")
                        && csv.contains(",acquitte,sorties,vente,1.50,")
                        && csv.contains(",acquitte,sorties,autre,0.0075,")
                        && csv.contains(",acquitte,stocks_fin,revendique,3.7425,"),
                csv);
        assertEquals(
                drm.droitsAcquittes().get(0).lignes(),
                INTERLOIRE
                        .lecteur()
                        .orElseThrow()
                        .lireAcquittes(fichiers)
                        .get(0)
                        .lignes());
        assertEquals(1, INTERLOIRE.lecteur().orElseThrow().lire(fichiers).size(), "the suspended balance alone");
        String xml = fichiers.get(1).texte();
        assertTrue(xml.contains("<droits-acquittes>") && xml.contains("<ventes>1.50</ventes>"), xml);
        Path xsd = Path.of("..", "..", "shared", "drm", "ciel", "contrat_de_service_interpro.xsd");
        Assumptions.assumeTrue(Files.exists(xsd), "the customs XSD is in ../shared/drm/ciel");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(xsd.toFile())
                .newValidator()
                .validate(new StreamSource(new StringReader(xml)));
        PdfReader pdf = new PdfReader(fichiers.get(2).contenu());
        StringBuilder texte = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            texte.append(new PdfTextExtractor(pdf).getTextFromPage(page)).append('\n');
        }
        assertTrue(
                texte.toString().contains("Stock en droits acquittés")
                        && texte.toString().contains("ventes en droits acquittés"),
                texte.toString());
    }

    @Test
    void une_ligne_hors_de_sa_balance_est_refusee() {
        BalanceProduit melangee = new BalanceProduit(
                MoisComplet.IGP,
                Volume.hl("3"),
                List.of(LigneDrm.de(NatureDrm.EXPORT, Volume.hl("1"))),
                Volume.hl("2"),
                "");
        DeclarationDrm drm = new DeclarationDrm(
                MoisComplet.DECLARANT,
                YearMonth.of(2026, 3),
                List.of(),
                List.of(melangee),
                List.of(),
                List.of(),
                false);
        assertEquals(
                List.of("REGIME"),
                ControlesNationaux.verifier(drm, Optional.empty()).stream()
                        .map(a -> a.regle())
                        .toList());
    }
}
