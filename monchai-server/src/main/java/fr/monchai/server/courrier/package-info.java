/**
 * Mail: the messages the accounts send (sign-up, invitation, password reset), in French, with
 * their one link; sent by the SMTP server of {@code SMTP_URL}, or kept in the outbox and
 * shown in the log when none is configured (a local run).
 */
package fr.monchai.server.courrier;
