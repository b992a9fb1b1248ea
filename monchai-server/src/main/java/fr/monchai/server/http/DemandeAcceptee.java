package fr.monchai.server.http;

/**
 * A request taken, whose effect comes later (202): a sign-up or a forgotten password, whose
 * mail leaves after the answer. The words do not depend on whether the address has an account.
 *
 * @param message what happens next, for people
 */
public record DemandeAcceptee(String message) {}
