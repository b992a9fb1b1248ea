package fr.monchai.drm.loire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.Volume;
import fr.monchai.drm.controle.ControlesNationaux;
import fr.monchai.drm.kit.MoisComplet;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.LibelleFiscal;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.spi.ExportateurDrm;
import java.io.StringReader;
import java.math.BigDecimal;
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

/**
 * A product's customs identity in the files: its own INAO code, or the catalogue's, or else its fiscal
 * label; its strength and premix as CIEL elements and as the 24ème format's complement lines, read back.
 */
class IdentiteDouaneTest {

    private static final ExportateurDrm INTERLOIRE = new FabriqueInterLoire().creer(Map.of());

    private static BalanceProduit balance(ProduitFiscal p) {
        return new BalanceProduit(
                p,
                Volume.hl("10"),
                List.of(LigneDrm.de(NatureDrm.CONSOMMATION_FAMILIALE, Volume.hl("1"))),
                Volume.hl("9"),
                "");
    }

    private static DeclarationDrm drm(ProduitFiscal... produits) {
        return new DeclarationDrm(
                MoisComplet.DECLARANT,
                YearMonth.of(2026, 3),
                java.util.Arrays.stream(produits)
                        .map(IdentiteDouaneTest::balance)
                        .toList(),
                List.of(),
                List.of(),
                List.of(),
                false);
    }

    @Test
    void le_libelle_fiscal_national_suit_la_certification_le_genre_le_cepage_le_premix_et_le_titre() {
        ProduitFiscal vdn = new ProduitFiscal(
                Certification.VDN_VDL,
                Genre.TRANQUILLE,
                "Muscat de Rivesaltes",
                "",
                "",
                Couleur.BLANC,
                "",
                "Muscat de Rivesaltes");
        assertEquals(LibelleFiscal.VDN_VDL_AOP_INF_18, LibelleFiscal.de(vdn.tav(new BigDecimal("18"))));
        assertEquals(LibelleFiscal.VDN_VDL_AOP_SUP_18, LibelleFiscal.de(vdn.tav(new BigDecimal("18.01"))));
        assertEquals(LibelleFiscal.VM_IG_AOP, LibelleFiscal.de(MoisComplet.MUSCADET.genre(Genre.MOUSSEUX)));
        assertEquals(LibelleFiscal.VT_IG_IGP, LibelleFiscal.de(MoisComplet.IGP));
        assertEquals(LibelleFiscal.VT_SANS_IG_AUTRES_PREMIX, LibelleFiscal.de(MoisComplet.VSIG.premix(true)));
        assertEquals(LibelleFiscal.VT_SANS_IG_CEPAGE, LibelleFiscal.de(MoisComplet.VSIG.cepage("Chardonnay")));
        assertEquals(
                List.of("TAV"),
                ControlesNationaux.verifier(drm(vdn), Optional.empty()).stream()
                        .map(a -> a.regle())
                        .toList(),
                "a VDN without its strength is stopped");
        assertEquals(List.of(), ControlesNationaux.verifier(drm(vdn.tav(new BigDecimal("16.5"))), Optional.empty()));
    }

    @Test
    void le_xml_ciel_porte_le_code_inao_ou_le_libelle_fiscal_le_tav_et_le_premix_et_valide_contre_le_xsd()
            throws Exception {
        ProduitFiscal vdn = new ProduitFiscal(
                        Certification.VDN_VDL,
                        Genre.TRANQUILLE,
                        "Muscat de Rivesaltes",
                        "",
                        "",
                        Couleur.BLANC,
                        "",
                        "Muscat de Rivesaltes")
                .tav(new BigDecimal("16.5"));
        ProduitFiscal code = MoisComplet.MUSCADET.codeInao("1B230 01");
        ProduitFiscal premix = MoisComplet.VSIG.premix(true);
        String xml = new XmlCiel(CatalogueInterLoire.integre())
                .ecrire(drm(vdn, code, premix, MoisComplet.IGP), "drm.xml")
                .texte();
        assertTrue(
                xml.contains(
                        "<libelle-fiscal>VDN_VDL_AOP_INF_18</libelle-fiscal>\n        <libelle-personnalise>Muscat de Rivesaltes"
                                + "</libelle-personnalise>\n        <tav>16.50</tav>"),
                xml);
        assertTrue(xml.contains("<code-inao>1B230 01</code-inao>"), xml);
        assertTrue(xml.contains("<premix>true</premix>"), xml);
        Path xsd = Path.of("..", "..", "shared", "drm", "ciel", "contrat_de_service_interpro.xsd");
        Assumptions.assumeTrue(Files.exists(xsd), "the customs XSD is in ../shared/drm/ciel");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(xsd.toFile())
                .newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void le_csv_porte_tav_et_premix_en_lignes_complement_et_les_relit_avec_le_code_inao() {
        ProduitFiscal touraine =
                ProduitFiscal.aop("Touraine", Couleur.BLANC, "Touraine Blanc").tav(new BigDecimal("12.5"));
        ProduitFiscal premix = MoisComplet.VSIG.premix(true);
        DeclarationDrm drm = drm(touraine, premix);
        assertEquals(
                List.of(),
                INTERLOIRE.verifier(drm).stream().filter(a -> a.bloquante()).toList());
        List<Artefact> fichiers = INTERLOIRE.exporter(drm);
        String csv = fichiers.get(0).texte();
        assertTrue(csv.contains("Touraine Blanc (1B235S),suspendu,complement,TAV,12.50,,,"), csv);
        assertTrue(csv.contains(",suspendu,complement,premix,true,,,"), csv);
        List<BalanceProduit> relues = INTERLOIRE.lecteur().orElseThrow().lire(fichiers);
        assertEquals(
                Optional.of(new BigDecimal("12.50")), relues.get(0).produit().tav());
        assertEquals("1B235S", relues.get(0).produit().codeInao(), "the INAO code read from the label's parentheses");
        assertTrue(relues.get(1).produit().premix());
    }
}
