package fr.monchai.examples.drm;

import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.drm.kit.DrmPluginContractTest;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.util.List;
import java.util.Set;

/** The BIVC plugin passes the test kit, on Centre-Loire products, refusing what its portal has no code for. */
class BivcContractTest extends DrmPluginContractTest {

    @Override
    protected FabriqueExportateurDrm fabrique() {
        return new FabriqueBivc();
    }

    @Override
    protected List<ProduitFiscal> produits() {
        return List.of(
                new ProduitFiscal(
                        Certification.AOP, Genre.TRANQUILLE, "Sancerre", "", "", Couleur.BLANC, "", "Sancerre Blanc"),
                new ProduitFiscal(
                        Certification.IGP,
                        Genre.TRANQUILLE,
                        "Val de Loire",
                        "",
                        "",
                        Couleur.BLANC,
                        "Chardonnay",
                        "IGP Val de Loire Chardonnay"),
                new ProduitFiscal(
                        Certification.VSIG,
                        Genre.TRANQUILLE,
                        "Vin de France",
                        "",
                        "",
                        Couleur.ROUGE,
                        "",
                        "Vin de France rouge"),
                new ProduitFiscal(
                        Certification.AOP,
                        Genre.TRANQUILLE,
                        "Menetou-Salon",
                        "",
                        "",
                        Couleur.BLANC,
                        "",
                        "Menetou-Salon Blanc"),
                new ProduitFiscal(
                        Certification.AOP,
                        Genre.VCI,
                        "Menetou-Salon",
                        "",
                        "",
                        Couleur.BLANC,
                        "",
                        "VCI Menetou-Salon Blanc"));
    }

    @Override
    protected Set<NatureDrm> naturesRefusees() {
        return FabriqueBivc.REFUSEES;
    }
}
