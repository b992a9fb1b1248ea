/**
 * A thread-safe in-memory store: the ledger with no database, for embedding, tests and
 * demos. Use {@link fr.monchai.core.memoire.StockageMemoire#creer()}.
 */
package fr.monchai.core.memoire;
