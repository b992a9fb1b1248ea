/**
 * The cellar's values: domaines, parcelles, cuves, lots and bouteille lots with their fiscal
 * product, harvests, and the composition of a wine (vintage, grape variety, parcelle, appellation).
 */
package fr.monchai.core.chai;
