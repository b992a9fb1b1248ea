package fr.monchai.core.registre;

/** Gap-free counters per domaine and series (the register, invoice series). */
public interface Compteurs {

    /**
     * Takes the next number of a series, inside the caller's transaction: if that rolls
     * back, so does the number, so the series never has a gap.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param serie the series, such as {@code registre}
     * @return the next number, from 1
     */
    long suivant(long domaineId, String serie);

    /**
     * Holds a series until the caller's transaction ends, without taking a number: whoever
     * asks for its next number meanwhile waits. A store whose transactions already run one at a
     * time does nothing.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param serie the series
     */
    default void bloquer(long domaineId, String serie) {}

    /**
     * Takes the next {@code combien} numbers of a series at once, like {@link #suivant}.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param serie the series
     * @param combien how many numbers, at least 1
     * @return the first of them; the others follow it without a gap
     */
    default long reserver(long domaineId, String serie, int combien) {
        long premier = suivant(domaineId, serie);
        for (int i = 1; i < combien; i++) {
            suivant(domaineId, serie);
        }
        return premier;
    }
}
