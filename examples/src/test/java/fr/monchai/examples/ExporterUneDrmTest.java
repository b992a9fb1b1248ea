package fr.monchai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.declaration.ExportDeclaration;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.drm.ExportateursDrm;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExporterUneDrmTest {

    @Test
    void l_exemple_drm_du_readme_exporte_un_mois_et_le_verrouille() throws IOException {
        MonChai chai = MonChai.enMemoire();
        long d = chai.domaines().creer("Domaine de la Pierre Bleue").id();
        long parcelle = chai.parcelles()
                .creer(
                        d,
                        new NouvelleParcelle(
                                "Les Carrières",
                                "Melon B.",
                                new BigDecimal("1.2"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()))
                .id();
        long cuve = chai.cuves()
                .creer(d, new NouvelleCuve("Cuve 1", new BigDecimal("50"), Optional.empty()))
                .id();
        var v = chai.vendanges()
                .enregistrer(
                        d,
                        new NouvelleVendange(
                                parcelle,
                                LocalDate.of(2026, 9, 12),
                                new BigDecimal("25.4"),
                                Optional.empty(),
                                cuve,
                                Optional.of(new ProduitFiscal(
                                        Certification.AOP,
                                        Genre.TRANQUILLE,
                                        "Muscadet Sèvre et Maine",
                                        "Sur lie",
                                        "",
                                        Couleur.BLANC,
                                        "",
                                        "Muscadet Sèvre et Maine sur lie"))));
        chai.mouvements().valider(d, v.mouvementId().getAsLong());
        ExportDeclaration export = ExporterUneDrm.exporter(chai, d, YearMonth.of(2026, 9));
        assertEquals(
                List.of(
                        "drm-interloire-202609-FR012345E6789.csv",
                        "drm-interloire-202609-FR012345E6789.xml",
                        "drm-interloire-202609-FR012345E6789.pdf"),
                export.artefacts().stream().map(a -> a.nom()).toList());
        assertTrue(
                export.artefacts().get(0).texte().contains(",entrees,revendique,25.40,"),
                export.artefacts().get(0).texte());
        assertTrue(chai.periodes().verrouillees(d).contains(YearMonth.of(2026, 9)));
        String source = Files.readString(Path.of("src/main/java/fr/monchai/examples/ExporterUneDrm.java"));
        String extrait = source.substring(
                        source.indexOf("// README:debut\n") + "// README:debut\n".length(),
                        source.indexOf("        // README:fin"))
                .replaceAll("(?m)^ {8}", "");
        assertTrue(
                Files.readString(Path.of("../README.md")).contains(extrait),
                "README.md must show the DRM example verbatim:\n" + extrait);
    }

    @Test
    void le_module_tiers_d_exemple_se_trouve_par_serviceloader_depuis_son_jar() {
        ExportateursDrm plugins = ExportateursDrm.decouvrir();
        assertEquals(
                List.of("bivc", "interloire"),
                plugins.toutes().stream().map(FabriqueExportateurDrm::id).toList());
        FabriqueExportateurDrm exemple = plugins.trouver("bivc").orElseThrow();
        String ou = exemple.getClass()
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toString();
        assertTrue(ou.endsWith(".jar") || ou.endsWith("/classes/"), "loaded from " + ou);
    }
}
