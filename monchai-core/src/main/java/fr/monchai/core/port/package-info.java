/**
 * The repository ports of the ledger: what the use cases need from a store. {@code
 * fr.monchai.core.memoire} implements them in memory, {@code monchai-persistence} on
 * PostgreSQL; both pass the same contract tests.
 *
 * <p>Conventions: every method takes the domaine first and never sees another domaine's
 * data; an object with id 0 is not stored yet and {@code inserer} returns it with its id;
 * nothing returns null.
 */
package fr.monchai.core.port;
