/**
 * The "logiciels tiers" DRM CSV shared by the interprofession portals built by 24ème (InterLoire,
 * BIVC, CIVA, IVBD, IVSO, Déclarvins): {@link fr.monchai.drm.vingtquatrieme.FormatTiers} configured by a
 * portal's {@link fr.monchai.drm.vingtquatrieme.CodesMouvements} and {@link fr.monchai.drm.vingtquatrieme.CataloguePortail}.
 * A regional plugin for one of those portals is mostly that configuration (docs/PLUGINS.md).
 */
package fr.monchai.drm.vingtquatrieme;
