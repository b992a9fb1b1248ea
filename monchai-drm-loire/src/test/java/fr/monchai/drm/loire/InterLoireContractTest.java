package fr.monchai.drm.loire;

import fr.monchai.drm.kit.DrmPluginContractTest;
import fr.monchai.drm.spi.FabriqueExportateurDrm;

/** The InterLoire plugin passes the DRM plugin test kit. */
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
}
