package fr.monchai.server.http;

/**
 * An answer's body that carries a secret shown once (a new API token): written to the caller,
 * never kept, so an idempotency key's replay cannot hand it to anyone again.
 *
 * @param corps the body
 */
public record Secret(Object corps) {}
