package fr.monchai.core.commun;

import java.util.function.Supplier;

/** Runs a use case as one transaction: all its writes land, or none. */
public interface Transactions {

    /**
     * Runs the work in a transaction; a call inside a running transaction joins it.
     *
     * @param <T> what the work returns
     * @param travail the work
     * @return what it returned, once committed
     * @throws RuntimeException whatever the work threw, after rolling back everything
     */
    <T> T executer(Supplier<T> travail);
}
