package fr.monchai.core.crd;

/** Who the capsules belong to and under which duty regime they were bought. */
public enum TypeCapsule {
    /** Capsules personalised to the estate, bought under duty suspension. */
    PERSONNALISEES,
    /** Collective capsules bought under duty suspension. */
    COLLECTIVES_DROITS_SUSPENDUS,
    /** Collective capsules bought duty-paid. */
    COLLECTIVES_DROITS_ACQUITTES
}
