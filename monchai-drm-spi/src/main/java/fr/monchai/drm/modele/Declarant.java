package fr.monchai.drm.modele;

import fr.monchai.core.crd.TypeCapsule;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who declares: the estate as customs and its interprofessions know it.
 *
 * @param raisonSociale the company name
 * @param numeroAccise the excise number (13 characters, such as {@code FR012345E6789})
 * @param siret the establishment's SIRET (14 digits), if known: some portals identify an estate by it
 * @param numeroCvi the CVI (casier viticole) number, if any
 * @param identifiants the estate's id at each interprofession that gave it one, by the id of that
 *     interprofession's plugin (such as {@code interloire} or {@code bivc}): an estate selling
 *     several regions' wines is known to several portals
 * @param regimesCrd the capsule regimes the estate declares (personalised, collective under bond, collective
 *     duty-paid): every export declares each of them, a zero line where nothing moved, because a portal
 *     records an estate's regimes from its first file and refuses a movement under another one; empty for
 *     an estate that uses no capsules
 */
public record Declarant(
        String raisonSociale,
        String numeroAccise,
        Optional<String> siret,
        Optional<String> numeroCvi,
        Map<String, String> identifiants,
        Set<TypeCapsule> regimesCrd) {

    /**
     * {@return the declarant of a domaine's DRM, from its identity}
     *
     * @param identite the domaine's identity
     * @throws fr.monchai.core.commun.DomainException when its InterLoire id is given twice, differently
     */
    public static Declarant de(fr.monchai.core.parametres.IdentiteDomaine identite) {
        return new Declarant(
                identite.raisonSociale(),
                identite.numeroAccise().orElse(""),
                Optional.of(identite.siret()),
                identite.numeroCvi(),
                identite.identifiantsParPortail(),
                identite.regimesDeclares());
    }

    /** Keeps the identifiers and regimes immutable. */
    public Declarant {
        identifiants = Map.copyOf(identifiants);
        regimesCrd = Set.copyOf(regimesCrd);
    }

    /**
     * {@return a declarant known by its excise number alone, using collective capsules bought under bond}
     *
     * @param raisonSociale the company name
     * @param numeroAccise the excise number (13 characters, such as {@code FR012345E6789})
     */
    public static Declarant de(String raisonSociale, String numeroAccise) {
        return new Declarant(
                raisonSociale,
                numeroAccise,
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Set.of(TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS));
    }

    /**
     * {@return the estate's id at that interprofession, if it gave one}
     *
     * @param interprofession the id of the interprofession's plugin, such as {@code bivc}
     */
    public Optional<String> identifiant(String interprofession) {
        return Optional.ofNullable(identifiants.get(interprofession));
    }

    /**
     * {@return this declarant, with that SIRET}
     *
     * @param numero the establishment's SIRET (14 digits)
     */
    public Declarant siret(String numero) {
        return new Declarant(raisonSociale, numeroAccise, Optional.of(numero), numeroCvi, identifiants, regimesCrd);
    }

    /**
     * {@return this declarant, with that CVI number}
     *
     * @param numero the CVI (casier viticole) number
     */
    public Declarant cvi(String numero) {
        return new Declarant(raisonSociale, numeroAccise, siret, Optional.of(numero), identifiants, regimesCrd);
    }

    /**
     * {@return this declarant, with its id at that interprofession (replacing any other it had there)}
     *
     * @param interprofession the id of the interprofession's plugin, such as {@code bivc}
     * @param identifiant the estate's id at that interprofession
     */
    public Declarant identifiant(String interprofession, String identifiant) {
        Map<String, String> tous = new TreeMap<>(identifiants);
        tous.put(interprofession, identifiant);
        return new Declarant(raisonSociale, numeroAccise, siret, numeroCvi, tous, regimesCrd);
    }

    /**
     * {@return this declarant, with those capsule regimes}
     *
     * @param regimes the regimes the estate declares
     */
    public Declarant avecRegimesCrd(TypeCapsule... regimes) {
        return new Declarant(raisonSociale, numeroAccise, siret, numeroCvi, identifiants, Set.of(regimes));
    }
}
