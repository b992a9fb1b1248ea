package fr.monchai.server.pages;

/**
 * One option of a list in a form.
 *
 * @param valeur what the form sends: a stable identity, never a position in the list
 * @param libelle what the person reads
 */
public record Choix(String valeur, String libelle) {}
