package fr.monchai.core.memoire;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The store's one lock and its undo log. A transaction holds the lock from start to end,
 * so use cases are serialised; each write inside it records how to undo itself, and a
 * failure undoes them in reverse order.
 */
final class Etat {

    private final ReentrantLock verrou = new ReentrantLock();
    private Deque<Runnable> annulations;

    <T> T transaction(Supplier<T> travail) {
        verrou.lock();
        try {
            if (annulations != null) {
                return travail.get();
            }
            annulations = new ArrayDeque<>();
            try {
                T resultat = travail.get();
                annulations = null;
                return resultat;
            } catch (RuntimeException | Error e) {
                Deque<Runnable> aDefaire = annulations;
                annulations = null;
                aDefaire.forEach(Runnable::run);
                throw e;
            }
        } finally {
            verrou.unlock();
        }
    }

    <T> T lire(Supplier<T> lecture) {
        verrou.lock();
        try {
            return lecture.get();
        } finally {
            verrou.unlock();
        }
    }

    void ecrire(Runnable ecriture) {
        transaction(() -> {
            ecriture.run();
            return null;
        });
    }

    /** Called by writes, always inside {@link #transaction}. */
    void siAnnule(Runnable annulation) {
        annulations.push(annulation);
    }
}
