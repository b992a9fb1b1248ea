/**
 * The register's values: a {@link fr.monchai.core.journal.Mouvement} and its legs over accounts
 * (lots, bouteille lots, the domaine's outside accounts), which always sum to zero; its types,
 * statuses, fiscal destinations and positions in the register.
 */
package fr.monchai.core.journal;
