package fr.monchai.core.commun;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * Checks inputs at the use-case boundary and turns them into domain values: the use cases call
 * it, and so may another layer for its own input records (the same French messages).
 */
public final class Saisie {

    /**
     * Hibernate Validator prints its version at INFO when it starts: a library user's console
     * gets its warnings only, unless they configured that logger themselves (held, so that the
     * level is not collected with an unreferenced logger).
     */
    @SuppressWarnings("UnusedVariable") // held, never read: see above
    private static final java.util.logging.Logger JOURNAL_VALIDATEUR = silencieux("org.hibernate.validator");

    private static java.util.logging.Logger silencieux(String nom) {
        java.util.logging.Logger journal = java.util.logging.Logger.getLogger(nom);
        if (journal.getLevel() == null) {
            journal.setLevel(java.util.logging.Level.WARNING);
        }
        return journal;
    }

    private static final Validator VALIDATEUR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new MessagesSaisie())
            .buildValidatorFactory()
            .getValidator();

    private Saisie() {}

    /**
     * {@return the input, once its constraints hold}: what an input's factory and its
     * {@code with} methods end with, so a bad input is refused where it is built.
     *
     * @param <T> the input's type
     * @param saisie an input record carrying Jakarta Validation constraints
     * @throws DomainException ({@link CodeErreur#SAISIE_INVALIDE}) naming every broken constraint
     */
    public static <T> T valide(T saisie) {
        verifier(saisie);
        return saisie;
    }

    /**
     * Checks an input record's Jakarta Validation constraints, all at once.
     *
     * @param saisie an input record carrying Jakarta Validation constraints
     * @throws DomainException ({@link CodeErreur#SAISIE_INVALIDE}) naming every broken constraint
     */
    public static void verifier(Object saisie) {
        if (saisie == null) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "", "la saisie est vide");
        }
        Set<ConstraintViolation<Object>> erreurs = VALIDATEUR.validate(saisie);
        List<Violation> violations = new ArrayList<>(dates(saisie));
        erreurs.stream()
                .map(v -> new Violation(
                        v.getPropertyPath().toString(),
                        v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName(),
                        v.getMessage()))
                .forEach(violations::add);
        if (!violations.isEmpty()) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    violations.stream()
                            .distinct()
                            .sorted(Comparator.comparing(Violation::champ).thenComparing(Violation::regle))
                            .toList());
        }
    }

    /** Every date of an input record is a register's date ({@link Calendrier#horsPlage}). */
    private static List<Violation> dates(Object saisie) {
        if (!(saisie instanceof Record)) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        for (RecordComponent c : saisie.getClass().getRecordComponents()) {
            Object valeur;
            try {
                valeur = c.getAccessor().invoke(saisie);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a record's accessor is public", e);
            }
            if (valeur instanceof Optional<?> o) {
                valeur = o.orElse(null);
            }
            if (valeur instanceof LocalDate date) {
                Calendrier.horsPlage(date).ifPresent(m -> violations.add(new Violation(c.getName(), "Date", m)));
            }
        }
        return violations;
    }

    /**
     * {@return the value, once given}: what an input's {@code with} method calls on what it is handed, so that a null is
     * refused naming its field rather than by a bare {@code NullPointerException}
     *
     * @param <T> the value's type
     * @param champ the input field, for the error
     * @param valeur the value
     * @throws DomainException ({@code SAISIE_INVALIDE} on that field) when it is null
     */
    public static <T> T requis(String champ, T valeur) {
        if (valeur == null) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, champ, "obligatoire");
        }
        return valeur;
    }

    /**
     * {@return the exact volume}
     *
     * @param champ the input field, for the error
     * @param hectolitres a volume in hectolitres
     * @throws DomainException when it is finer than a millilitre or not above zero
     */
    public static Volume volumePositif(String champ, BigDecimal hectolitres) {
        Volume v = volume(champ, hectolitres);
        if (!v.estPositif()) {
            throw new DomainException(CodeErreur.VOLUME_INVALIDE, champ, "le volume doit être supérieur à zéro");
        }
        return v;
    }

    /**
     * {@return the exact volume, zero or above}
     *
     * @param champ the input field, for the error
     * @param hectolitres a volume in hectolitres
     * @throws DomainException when it is finer than a millilitre or below zero
     */
    public static Volume volumePositifOuNul(String champ, BigDecimal hectolitres) {
        Volume v = volume(champ, hectolitres);
        if (v.estNegatif()) {
            throw new DomainException(CodeErreur.VOLUME_INVALIDE, champ, "le volume ne peut pas être négatif");
        }
        return v;
    }

    private static Volume volume(String champ, BigDecimal hectolitres) {
        try {
            return Volume.hl(hectolitres);
        } catch (ArithmeticException e) {
            throw new DomainException(
                    CodeErreur.VOLUME_INVALIDE,
                    champ,
                    "un volume s'exprime en hectolitres avec au plus 5 décimales (le millilitre) : "
                            + hectolitres.toPlainString());
        }
    }
}
