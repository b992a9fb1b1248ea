package fr.monchai.examples.drm;

import fr.monchai.drm.kit.DrmPluginContractTest;
import fr.monchai.drm.spi.FabriqueExportateurDrm;

/** A plugin's whole test suite can be the kit: generated registers, determinism, balances, read-back. */
class DrmExempleTest extends DrmPluginContractTest {
    @Override
    protected FabriqueExportateurDrm fabrique() {
        return new FabriqueDrmExemple();
    }
}
