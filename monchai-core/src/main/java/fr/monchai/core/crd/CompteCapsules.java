package fr.monchai.core.crd;

/**
 * One stock of capsules: a category, a type and a size (one line of the CRD account).
 *
 * @param categorie still or sparkling
 * @param type personalised or collective, suspended or duty-paid
 * @param contenanceMl the bottle size the capsules fit, such as 750 (a BIB of 3 l: 3000)
 */
public record CompteCapsules(CategorieCapsule categorie, TypeCapsule type, int contenanceMl) {}
