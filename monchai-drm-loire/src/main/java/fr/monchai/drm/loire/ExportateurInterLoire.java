package fr.monchai.drm.loire;

import fr.monchai.core.commun.Artefact;
import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.spi.ExportateurDrm;
import fr.monchai.drm.spi.LecteurDrm;
import fr.monchai.drm.vingtquatrieme.FormatTiers;
import java.util.List;
import java.util.Optional;

/** The InterLoire exporter: its checks, then the portal's CSV, the CIEL XML and a PDF recap. */
final class ExportateurInterLoire implements ExportateurDrm {

    private final CatalogueInterLoire catalogue;
    private final FormatTiers csv;
    private final XmlCiel xml;
    private final PdfRecapitulatif pdf;

    ExportateurInterLoire(CatalogueInterLoire catalogue) {
        this.catalogue = catalogue;
        this.csv = PortailInterLoire.format(catalogue);
        this.xml = new XmlCiel(catalogue);
        this.pdf = new PdfRecapitulatif(catalogue);
    }

    @Override
    public List<fr.monchai.core.chai.ProduitFiscal> produits() {
        return catalogue.produitsFiscaux();
    }

    @Override
    public List<Anomalie> verifier(DeclarationDrm drm) {
        return ControlesInterLoire.verifier(drm, catalogue, csv);
    }

    @Override
    public List<Artefact> exporter(DeclarationDrm drm) {
        String base = String.format(
                "drm-interloire-%04d%02d-%s",
                drm.periode().getYear(),
                drm.periode().getMonthValue(),
                drm.declarant().numeroAccise());
        return List.of(csv.ecrire(drm, base + ".csv"), xml.ecrire(drm, base + ".xml"), pdf.ecrire(drm, base + ".pdf"));
    }

    @Override
    public Optional<LecteurDrm> lecteur() {
        return Optional.of(csv);
    }
}
