package fr.monchai.drm.modele;

import fr.monchai.core.crd.TypeCapsule;
import java.util.Optional;
import java.util.Set;

/**
 * Who declares: the estate as customs and its interprofession know it.
 *
 * @param raisonSociale the company name
 * @param numeroAccise the excise number (13 characters, such as {@code FR012345E6789})
 * @param numeroCvi the CVI (casier viticole) number, if any
 * @param identifiantInterprofession the estate's id at its interprofession (an 8-digit number at several portals), if any
 * @param regimesCrd the capsule regimes the estate declares (personalised, collective under bond, collective
 *     duty-paid): every export declares each of them, a zero line where nothing moved, because a portal
 *     records an estate's regimes from its first file and refuses a movement under another one; empty for
 *     an estate that uses no capsules
 */
public record Declarant(String raisonSociale, String numeroAccise, Optional<String> numeroCvi,
        Optional<String> identifiantInterprofession, Set<TypeCapsule> regimesCrd) {

    /** Keeps the regimes immutable. */
    public Declarant {
        regimesCrd = Set.copyOf(regimesCrd);
    }

    /**
     * {@return a declarant known by its excise number alone, using collective capsules bought under bond}
     *
     * @param raisonSociale the company name
     * @param numeroAccise the excise number (13 characters, such as {@code FR012345E6789})
     */
    public static Declarant de(String raisonSociale, String numeroAccise) {
        return new Declarant(raisonSociale, numeroAccise, Optional.empty(), Optional.empty(), Set.of(TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS));
    }

    /**
     * {@return this input, with that CVI number}
     *
     * @param numero the CVI (casier viticole) number
     */
    public Declarant cvi(String numero) {
        return new Declarant(raisonSociale, numeroAccise, Optional.of(numero), identifiantInterprofession, regimesCrd);
    }

    /**
     * {@return this input, with its id at its interprofession}
     *
     * @param identifiant the estate's id at its interprofession
     */
    public Declarant interprofession(String identifiant) {
        return new Declarant(raisonSociale, numeroAccise, numeroCvi, Optional.of(identifiant), regimesCrd);
    }

    /**
     * {@return this declarant, with those capsule regimes}
     *
     * @param regimes the regimes the estate declares
     */
    public Declarant avecRegimesCrd(TypeCapsule... regimes) {
        return new Declarant(raisonSociale, numeroAccise, numeroCvi, identifiantInterprofession, Set.of(regimes));
    }
}
