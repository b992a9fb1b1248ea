/**
 * Capsules représentatives de droits: the capsule accounts by category, type and size, their
 * movements (purchases, uses, destructions…) and balances at any date.
 */
package fr.monchai.core.crd;
