package fr.monchai.core.chai;

/** The certification of a fiscal product. */
public enum Certification {
    /** Appellation d'origine protégée (AOC). */
    AOP,
    /** Indication géographique protégée. */
    IGP,
    /** Vin sans indication géographique. */
    VSIG,
    /**
     * Vin doux naturel or vin de liqueur under an AOP, such as Muscat de Rivesaltes (VDN) or Pineau
     * des Charentes (VDL) — a wine muted with alcohol, not a sweet wine such as Coteaux du Layon: an
     * intermediate product for customs, taxed above or below 18 % vol., so declared with its strength,
     * and capped with PI capsules.
     */
    VDN_VDL
}
