package fr.monchai.core.chai;

/** The certification of a fiscal product. */
public enum Certification {
    /** Appellation d'origine protégée (AOC). */
    AOP,
    /** Indication géographique protégée. */
    IGP,
    /** Vin sans indication géographique. */
    VSIG
}
