package fr.monchai.drm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.kit.DrmPluginContractTest;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.spi.ExportateurDrm;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kit run on a plugin whose portal has no code for duty-paid capsule sales (as CIVA):
 * it declares that movement refused, blocks it, and the kit checks exactly that — and never
 * exports those months. Its format cannot be read back, which it says.
 */
class PluginQuiRefuseContractTest extends DrmPluginContractTest {

    /** The test plugin that refuses duty-paid capsule sales. */
    private static final class SansCrdAcquittees extends ExportateurTexte {
        @Override
        public String id() {
            return "sans-crd-acquittees";
        }

        @Override
        public List<Anomalie> verifier(DeclarationDrm drm) {
            boolean refusee = drm.droitsSuspendus().stream()
                    .anyMatch(b -> b.lignes().stream().anyMatch(l -> l.est(NatureDrm.VENTE_CRD_ACQUITTES)));
            return refusee
                    ? List.of(new Anomalie(
                            "",
                            "SANS-CRD-ACQUITTEES",
                            "le portail n'a pas de code pour les ventes sous " + "capsules acquittées",
                            "déclarez ces ventes autrement",
                            true))
                    : List.of();
        }

        @Override
        public List<fr.monchai.core.commun.Artefact> exporter(DeclarationDrm drm) {
            assertTrue(verifier(drm).isEmpty(), "the kit exports a month the plugin refused: " + drm.periode());
            return super.exporter(drm);
        }

        @Override
        public ExportateurDrm creer(Map<String, String> configuration) {
            fr.monchai.core.commun.Reglages.exigerConnues(configuration, java.util.Set.of(), id());
            return this;
        }
    }

    @Override
    protected FabriqueExportateurDrm fabrique() {
        return new SansCrdAcquittees();
    }

    @Override
    protected Set<NatureDrm> naturesRefusees() {
        return Set.of(NatureDrm.VENTE_CRD_ACQUITTES);
    }

    @Override
    protected boolean relitSesFichiers() {
        return false;
    }

    /** Overridden: a test plugin is not registered for {@code ServiceLoader}. */
    @org.junit.jupiter.api.Test
    @Override
    protected void le_plugin_se_trouve_par_serviceloader_sous_son_id() {
        assertTrue(ExportateursDrm.decouvrir().trouver(fabrique().id()).isEmpty());
    }

    /** The generated registers do hold refused months, so the refusal path is exercised. */
    @org.junit.jupiter.api.Test
    void des_mois_generes_contiennent_le_mouvement_refuse() {
        assertTrue(
                declarations().size() > declarationsAcceptees().size(),
                "no generated month sells under duty-paid capsules");
    }
}
