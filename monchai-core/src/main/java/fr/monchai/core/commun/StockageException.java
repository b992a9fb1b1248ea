package fr.monchai.core.commun;

/**
 * The store failed for a reason that is not the user's input: a lost connection, or a
 * conflict that kept recurring. Nothing was written. When {@link #reessayable()} is true,
 * the same operation may succeed if tried again.
 */
public final class StockageException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    /**
     * Whether the same operation may succeed if tried again.
     */
    private final boolean reessayable;

    /**
     * A store failure, told apart from a broken rule.
     *
     * @param message what failed
     * @param reessayable whether trying again may succeed
     * @param cause the store's own error
     */
    public StockageException(String message, boolean reessayable, Throwable cause) {
        super(message, cause);
        this.reessayable = reessayable;
    }

    /** {@return whether the same operation may succeed if tried again} */
    public boolean reessayable() {
        return reessayable;
    }
}
