/**
 * The Mon Chai ledger on PostgreSQL: {@link fr.monchai.persistence.BaseDeDonnees} starts an
 * embedded PostgreSQL or connects to {@code DATABASE_URL}, {@link fr.monchai.persistence.Migrations}
 * brings the schema up to date (Liquibase), and {@link fr.monchai.persistence.StockagePostgres}
 * gives the core's ports over a pool, for {@code new MonChai(depots)}.
 */
package fr.monchai.persistence;
