/**
 * The hosted product's accounts: people who belong to one or several domaines with a role in
 * each, sessions, API tokens, settings documents and the answers of idempotent requests. Secrets
 * are kept only as hashes.
 */
package fr.monchai.core.compte;
