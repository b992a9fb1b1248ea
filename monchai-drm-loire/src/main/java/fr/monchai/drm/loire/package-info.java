/**
 * The InterLoire DRM plugin (logiciel tiers CSV, CIEL XML, PDF recap). Not built yet.
 */
package fr.monchai.drm.loire;
