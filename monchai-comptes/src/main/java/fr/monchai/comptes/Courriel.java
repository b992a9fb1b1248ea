package fr.monchai.comptes;

/**
 * A plain-text mail to one person.
 *
 * @param destinataire the address
 * @param sujet its subject
 * @param texte its body, plain text
 */
public record Courriel(String destinataire, String sujet, String texte) {}
