/**
 * The hosted service's accounts, apart from the ledger: people who belong to one or several domaines with a role in
 * each, proving their address and accepting before they join; sessions with their CSRF token and lifetimes; API
 * tokens; password hashing; the kept answers of idempotent requests; the mail they are sent. Secrets are kept only as
 * hashes. A library user who embeds the ledger does not need this module; the server and the PostgreSQL store do.
 */
package fr.monchai.comptes;
