package fr.monchai.core.crd;

/**
 * The colour printed on a capsule, which tells the product class it may close: the interprofession
 * portals take it (customs no longer require it); two stocks of another colour are two accounts.
 */
public enum CouleurCapsule {
    /** Green: AOP wines. */
    VERT("VERT"),
    /** Blue: other wines (IGP, without IG). */
    BLEU("BLEU"),
    /** Wine-lees red: VDN and VDL under an AOP. */
    LIE_DE_VIN("LIE DE VIN");

    private final String libelle;

    CouleurCapsule(String libelle) {
        this.libelle = libelle;
    }

    /** {@return its name as the portals write it, such as {@code LIE DE VIN}} */
    public String libelle() {
        return libelle;
    }
}
