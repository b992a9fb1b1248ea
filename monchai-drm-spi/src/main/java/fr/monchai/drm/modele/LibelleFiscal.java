package fr.monchai.drm.modele;

import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import java.math.BigDecimal;

/**
 * The fiscal label customs declare a product by when it has no INAO code (CIEL {@code libelle-fiscal}):
 * the wine products' part of the customs list, each named as CIEL spells it ({@link #name()}).
 */
public enum LibelleFiscal {
    /** Still wine under an AOP. */
    VT_IG_AOP,
    /** Still wine under an IGP. */
    VT_IG_IGP,
    /** Still wine without IG, with a grape variety. */
    VT_SANS_IG_CEPAGE,
    /** Still wine without IG, with a grape variety: a premix. */
    VT_SANS_IG_CEPAGE_PREMIX,
    /** Other still wine without IG. */
    VT_SANS_IG_AUTRES,
    /** Other still wine without IG: a premix. */
    VT_SANS_IG_AUTRES_PREMIX,
    /** Sparkling wine under an AOP. */
    VM_IG_AOP,
    /** Sparkling wine under an IGP. */
    VM_IG_IGP,
    /** Sparkling wine without IG, with a grape variety. */
    VM_SANS_IG_CEPAGE,
    /** Sparkling wine without IG, with a grape variety: a premix. */
    VM_SANS_IG_CEPAGE_PREMIX,
    /** Other sparkling wine without IG. */
    VM_SANS_IG_AUTRES,
    /** Other sparkling wine without IG: a premix. */
    VM_SANS_IG_AUTRES_PREMIX,
    /** VDN and VDL under an AOP, above 18 % vol. */
    VDN_VDL_AOP_SUP_18,
    /** VDN and VDL under an AOP, 18 % vol. or less. */
    VDN_VDL_AOP_INF_18;

    private static final BigDecimal DIX_HUIT = BigDecimal.valueOf(18);

    /**
     * {@return the fiscal label of that product}: by its certification, genre (VCI as still wine), grape
     * variety and premix; a VDN or VDL by its strength (one without strength is declared at 18 % vol. or
     * less, and the national check {@code TAV} blocks it first)
     *
     * @param p a fiscal product
     */
    public static LibelleFiscal de(ProduitFiscal p) {
        if (p.certification() == Certification.VDN_VDL) {
            return p.tav().filter(t -> t.compareTo(DIX_HUIT) > 0).isPresent() ? VDN_VDL_AOP_SUP_18 : VDN_VDL_AOP_INF_18;
        }
        boolean mousseux = p.genre() == Genre.MOUSSEUX;
        return switch (p.certification()) {
            case AOP -> mousseux ? VM_IG_AOP : VT_IG_AOP;
            case IGP -> mousseux ? VM_IG_IGP : VT_IG_IGP;
            default -> {
                String nom = (mousseux ? "VM" : "VT")
                        + (p.cepage().isBlank() ? "_SANS_IG_AUTRES" : "_SANS_IG_CEPAGE")
                        + (p.premix() ? "_PREMIX" : "");
                yield valueOf(nom);
            }
        };
    }
}
