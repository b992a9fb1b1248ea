package fr.monchai.core.crd;

/** What happened to capsules: the lines of the CRD account. */
public enum NatureCrd {
    /** Bought. */
    ACHAT(1),
    /** Returned (unused capsules coming back). */
    RETOUR(1),
    /** Found in excess at inventory. */
    EXCEDENT(1),
    /** Any other entry, explained in the observation. */
    AUTRE_ENTREE(1),
    /** Put on bottles. */
    UTILISATION(-1),
    /** Destroyed (damaged, spoilt). */
    DESTRUCTION(-1),
    /** Missing at inventory. */
    MANQUANT(-1),
    /** Any other exit, explained in the observation. */
    AUTRE_SORTIE(-1);

    private final int signe;

    NatureCrd(int signe) {
        this.signe = signe;
    }

    /** {@return +1 for an entry into the capsule stock, -1 for an exit} */
    public int signe() {
        return signe;
    }

    /** {@return whether customs require an observation for this line (RG66, RG67)} */
    public boolean exigeObservation() {
        return this == AUTRE_ENTREE || this == AUTRE_SORTIE;
    }
}
