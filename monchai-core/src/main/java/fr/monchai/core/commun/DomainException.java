package fr.monchai.core.commun;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The ledger refused an operation. Nothing was changed: every use case runs in one
 * transaction that this exception rolls back.
 */
public final class DomainException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    /** The stable code a caller branches on. */
    private final CodeErreur code;
    /** The broken rules, each naming its field. */
    @SuppressWarnings("serial") // an immutable list of records, serializable as it is
    private final List<Violation> violations;

    /**
     * Refuses an operation for the rules it breaks.
     *
     * @param code the stable error code
     * @param violations the broken rules, at least one
     */
    public DomainException(CodeErreur code, List<Violation> violations) {
        super(violations.stream().map(DomainException::texte).collect(Collectors.joining(" ; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a DomainException names at least one violation");
        }
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    /**
     * An error on one field.
     *
     * @param code the stable error code
     * @param champ the input field, or empty for the whole operation
     * @param message the explanation, in French
     */
    public DomainException(CodeErreur code, String champ, String message) {
        this(code, List.of(new Violation(champ, code.name(), message)));
    }

    private static String texte(Violation v) {
        return v.champ().isEmpty() ? v.message() : v.champ() + " : " + v.message();
    }

    /** {@return the stable error code} */
    public CodeErreur code() {
        return code;
    }

    /** {@return the broken rules, at least one} */
    public List<Violation> violations() {
        return violations;
    }

    /** {@return the field of the first broken rule (empty for the whole operation)} */
    public String champ() {
        return violations.get(0).champ();
    }
}
