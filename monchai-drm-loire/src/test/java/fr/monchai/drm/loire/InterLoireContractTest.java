package fr.monchai.drm.loire;

import fr.monchai.drm.kit.DrmPluginContractTest;
import fr.monchai.drm.spi.FabriqueExportateurDrm;

/** The InterLoire plugin passes the DRM plugin test kit. */
class InterLoireContractTest extends DrmPluginContractTest {
    @Override
    protected FabriqueExportateurDrm fabrique() {
        return new FabriqueInterLoire();
    }
}
