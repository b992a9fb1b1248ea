package fr.monchai.core.commun;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The messages of broken input constraints, in the French a winemaker reads ("obligatoire",
 * "doit être supérieur à 0"), written from the constraint's own attributes. Hibernate
 * Validator's French bundle says "ne doit pas être nul" and, without an Expression Language,
 * leaves templates such as {@code ${inclusive == true ? ...}} in the text. A message that a
 * record states itself is kept, its {@code {attribute}} placeholders filled in.
 */
final class MessagesSaisie implements MessageInterpolator {

    private final ParameterMessageInterpolator parametres =
            new ParameterMessageInterpolator(Set.of(Locale.FRENCH), Locale.FRENCH, false);

    @Override
    public String interpolate(String gabarit, Context contexte) {
        return interpolate(gabarit, contexte, Locale.FRENCH);
    }

    @Override
    public String interpolate(String gabarit, Context contexte, Locale langue) {
        if (!gabarit.startsWith("{jakarta.validation.constraints.")
                && !gabarit.startsWith("{org.hibernate.validator.")) {
            return parametres.interpolate(gabarit, contexte, Locale.FRENCH);
        }
        Map<String, Object> a = contexte.getConstraintDescriptor().getAttributes();
        String contrainte = contexte.getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return switch (contrainte) {
            case "NotNull", "NotBlank", "NotEmpty" -> "obligatoire";
            case "Null" -> "ne doit pas être renseigné";
            case "Size", "Length" -> taille(a);
            case "Min" -> "doit être supérieur ou égal à " + a.get("value");
            case "Max" -> "doit être inférieur ou égal à " + a.get("value");
            case "DecimalMin" ->
                Boolean.TRUE.equals(a.get("inclusive"))
                        ? "doit être supérieur ou égal à " + a.get("value")
                        : "doit être supérieur à " + a.get("value");
            case "DecimalMax" ->
                Boolean.TRUE.equals(a.get("inclusive"))
                        ? "doit être inférieur ou égal à " + a.get("value")
                        : "doit être inférieur à " + a.get("value");
            case "Positive" -> "doit être supérieur à zéro";
            case "PositiveOrZero" -> "ne peut pas être négatif";
            case "Negative" -> "doit être inférieur à zéro";
            case "NegativeOrZero" -> "ne peut pas être positif";
            case "Digits" ->
                "au plus " + a.get("integer") + " chiffres avant la virgule et " + a.get("fraction") + " après";
            case "Email" -> "doit être une adresse e-mail (nom@domaine.fr)";
            case "Pattern" -> "n'a pas le format attendu";
            case "Past" -> "doit être une date passée";
            case "PastOrPresent" -> "ne peut pas être dans le futur";
            case "Future" -> "doit être une date future";
            case "FutureOrPresent" -> "ne peut pas être dans le passé";
            case "AssertTrue" -> "doit être vrai";
            case "AssertFalse" -> "doit être faux";
            default -> "n'est pas valide";
        };
    }

    private static String taille(Map<String, Object> a) {
        int min = ((Number) a.get("min")).intValue();
        int max = ((Number) a.get("max")).intValue();
        if (max == Integer.MAX_VALUE) {
            return min <= 1 ? "obligatoire" : "doit compter au moins " + min + " caractères ou éléments";
        }
        if (min == 0) {
            return "doit compter au plus " + max + " caractères ou éléments";
        }
        return "doit compter de " + min + " à " + max + " caractères ou éléments";
    }
}
