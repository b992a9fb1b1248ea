package fr.monchai.examples.drm;

import fr.monchai.drm.kit.DrmPluginContractTest;
import fr.monchai.drm.loire.FabriqueInterLoire;
import fr.monchai.drm.spi.FabriqueExportateurDrm;

/**
 * The InterLoire plugin, as published, passes the kit as published: `.ci/run` builds this project
 * alone against the installed artifacts, so both interprofessions' plugins are tried as a
 * contributor would try theirs.
 */
class InterLoireAussiTest extends DrmPluginContractTest {
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
