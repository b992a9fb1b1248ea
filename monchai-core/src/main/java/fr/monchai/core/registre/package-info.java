/**
 * The ledger: its ports (cuves, lots, the journal, counters, declared months…), its rules (no
 * negative stock or overfull cuve at any date, one lot per cuve, products never mixed silently)
 * and its services — parcelles, cuves, harvests, movements from draft to validated, reversals,
 * balances, composition and traceability, history import. Services take the ports they use.
 */
package fr.monchai.core.registre;
