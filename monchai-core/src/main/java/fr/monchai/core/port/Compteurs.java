package fr.monchai.core.port;

/** Gap-free counters per domaine and series (the register, invoice series). */
public interface Compteurs {

    /**
     * Takes the next number of a series, inside the caller's transaction: if that rolls
     * back, so does the number, so the series never has a gap.
     *
     * @param domaineId the domaine
     * @param serie the series, such as {@code registre}
     * @return the next number, from 1
     */
    long suivant(long domaineId, String serie);
}
