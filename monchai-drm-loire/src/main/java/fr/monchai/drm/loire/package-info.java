/**
 * The InterLoire DRM plugin: {@link fr.monchai.drm.loire.FabriqueInterLoire}, found by
 * {@code ServiceLoader} under the id {@code interloire}, exports a month as the portal's
 * "logiciel tiers" CSV, the CIEL interprofession XML and a PDF recap with the estimated excise
 * and CVO; {@link fr.monchai.drm.loire.CatalogueInterLoire} holds the portal's products.
 */
package fr.monchai.drm.loire;
