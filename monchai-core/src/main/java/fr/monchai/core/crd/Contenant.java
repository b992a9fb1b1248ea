package fr.monchai.core.crd;

/**
 * What a capsule closes: a bottle or a bag-in-box. Sizes alone do not tell them apart (a 1.5 l BIB
 * and a magnum, a 3 l BIB and a jeroboam), and customs file them apart.
 */
public enum Contenant {
    /** A glass bottle, from the 10 cl piccolo to the 15 l nabuchodonosor. */
    BOUTEILLE,
    /** A bag-in-box (BIB, « fontaine à vin »). */
    BIB;

    /**
     * {@return the container of that size when nobody said which}: a BIB above 2 l, a bottle up to 2 l
     *
     * @param contenanceMl the size in millilitres
     */
    public static Contenant deduit(int contenanceMl) {
        return contenanceMl > 2000 ? BIB : BOUTEILLE;
    }
}
