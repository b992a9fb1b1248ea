/**
 * The contract of a regional DRM plugin: a {@link fr.monchai.drm.spi.FabriqueExportateurDrm}
 * listed in {@code META-INF/services/fr.monchai.drm.spi.FabriqueExportateurDrm} (or registered
 * by hand), which creates an {@link fr.monchai.drm.spi.ExportateurDrm} turning the national
 * model into the interprofession's files.
 */
package fr.monchai.drm.spi;
