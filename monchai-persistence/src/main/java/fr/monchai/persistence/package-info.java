/**
 * The Mon Chai ledger on PostgreSQL: Jdbi implementations of the repository ports of {@code monchai-core}, with Liquibase migrations. Not built yet.
 */
package fr.monchai.persistence;
