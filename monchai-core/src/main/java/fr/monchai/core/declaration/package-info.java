/**
 * The monthly customs declaration's history: exports recorded with their files, under the
 * customs' rules (a final export once per month, in order, for a month that is over; it locks the
 * month); the regional formats themselves are plugins ({@code monchai-drm-spi}).
 */
package fr.monchai.core.declaration;
