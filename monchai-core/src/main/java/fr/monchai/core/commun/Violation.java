package fr.monchai.core.commun;

/**
 * One broken rule: which input field, which rule, and a message a winemaker understands.
 *
 * @param champ the input field, such as {@code volumeHl} or {@code lignes[1].quantite}; empty
 *     when the rule concerns the whole operation
 * @param regle the rule's short name, such as {@code NotNull}, {@code Positive} or a
 *     {@link CodeErreur} name
 * @param message the explanation, in French
 */
public record Violation(String champ, String regle, String message) {}
