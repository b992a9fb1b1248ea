package fr.monchai.drm.loire;

import fr.monchai.core.commun.Artefact;
import fr.monchai.drm.kit.DrmPluginContractTest;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The InterLoire plugin passes the DRM plugin test kit, and the CIEL XML of every generated month is valid. */
class InterLoireContractTest extends DrmPluginContractTest {
    @Override
    protected FabriqueExportateurDrm fabrique() {
        return new FabriqueInterLoire();
    }

    /** The InterLoire file has no buyer columns (20 columns): a sale's buyer and price stay in the register. */
    @Override
    protected boolean porteLesAcheteurs() {
        return false;
    }

    @Test
    void le_xml_ciel_de_chaque_mois_genere_valide_contre_le_xsd_des_douanes() throws Exception {
        Path xsd = Path.of("..", "..", "shared", "drm", "ciel", "contrat_de_service_interpro.xsd");
        Assumptions.assumeTrue(
                Files.exists(xsd), "the customs XSD is in ../shared/drm/ciel when shared/ is beside the repository");
        Validator validateur = javax.xml.validation.SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(xsd.toFile())
                .newValidator();
        var exportateur = fabrique().creer(Map.of());
        for (Cas cas : declarationsAcceptees()) {
            Artefact xml = exportateur.exporter(cas.drm()).get(1);
            try {
                validateur.validate(new StreamSource(new StringReader(xml.texte())));
            } catch (org.xml.sax.SAXException e) {
                throw new AssertionError("the CIEL XML of the " + cas + " is not valid: " + e.getMessage());
            }
        }
    }
}
