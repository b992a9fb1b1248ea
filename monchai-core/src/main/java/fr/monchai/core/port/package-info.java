/**
 * The bundle of every port ({@link fr.monchai.core.port.Stockage}) that {@code MonChai} is built on:
 * {@code fr.monchai.core.memoire} provides one in memory, {@code monchai-persistence} one on
 * PostgreSQL ({@code StockagePostgres.creer}); both pass the same contract tests. The ports
 * themselves live with their feature ({@code registre}, {@code crd}, {@code declaration}, {@code vente}).
 *
 * <p>Conventions of every port: every method takes the domaine first and never sees another
 * domaine's data; an object with id 0 is not stored yet and {@code inserer} returns it with its
 * id; nothing returns null.
 */
package fr.monchai.core.port;
