package fr.monchai.examples;

import fr.monchai.core.MonChai;
import fr.monchai.core.commun.Artefact;
import fr.monchai.core.declaration.ExportDeclaration;
import fr.monchai.drm.ApercuDrm;
import fr.monchai.drm.ExportDrm;
import fr.monchai.drm.ExportateursDrm;
import fr.monchai.drm.ServiceDrm;
import fr.monchai.drm.modele.Declarant;
import java.time.YearMonth;
import java.util.Map;

/** The README's DRM example, compiled and run by the build so that it cannot rot. */
public final class ExporterUneDrm {

    private ExporterUneDrm() {}

    /**
     * Exports a month of a register for InterLoire.
     *
     * @param chai the register
     * @param domaine the domaine
     * @param mois the month
     * @return the final export, recorded (the month is locked)
     */
    public static ExportDeclaration exporter(MonChai chai, long domaine, YearMonth mois) {
        // README:debut
        ServiceDrm drm =
                new ServiceDrm(chai, ExportateursDrm.decouvrir()); // interloire, and any plugin on the classpath
        Declarant declarant = Declarant.de("Domaine de la Pierre Bleue", "FR012345E6789") // excise number
                .cvi("4912345678")
                .identifiant("interloire", "12345601");
        ApercuDrm apercu = drm.apercu(domaine, mois, declarant, "interloire", Map.of());
        apercu.anomalies().forEach(System.out::println); // each names the product, the rule and the fix
        ExportDeclaration export = drm.exporter(
                domaine,
                ExportDrm.de(mois, declarant).plugin("interloire").definitif().par("alice"));
        for (Artefact fichier : export.artefacts()) { // the portal's CSV, the CIEL XML, a PDF recap
            System.out.println(fichier.nom() + " " + fichier.sha256());
        }
        // README:fin
        return export;
    }
}
