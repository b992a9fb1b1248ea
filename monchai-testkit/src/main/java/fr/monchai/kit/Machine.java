package fr.monchai.kit;

import java.util.SplittableRandom;

/**
 * One run of a stateful property: a fresh system beside its reference model. The runner
 * asks it for operations chosen from the current state, applies them one by one, and
 * treats any exception from {@link #appliquer} as a broken invariant.
 *
 * <p>Operations must be plain data (records) that can be replayed on a fresh machine
 * without the random source: shrinking replays shorter lists. An operation that no
 * longer makes sense after shrinking (it names the third lot, and there are two) should
 * be skipped, not fail.
 *
 * @param <O> the operation type
 */
public interface Machine<O> {

    /**
     * {@return the next operation, chosen from the model's current state}
     *
     * @param alea the run's random source
     */
    O generer(SplittableRandom alea);

    /**
     * Applies the operation to the system and the model, then checks every invariant.
     *
     * @param operation the operation
     * @throws Throwable (an {@link AssertionError} usually) when an invariant breaks
     */
    void appliquer(O operation) throws Throwable;
}
