/**
 * The DRM plugin contract: the national DRM model, the builder from a month of the ledger, the national checks and the test kit for regional plugins. Not built yet.
 */
package fr.monchai.drm.spi;
