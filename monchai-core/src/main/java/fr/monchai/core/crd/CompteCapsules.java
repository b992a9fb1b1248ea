package fr.monchai.core.crd;

import java.util.Optional;

/**
 * One stock of capsules: a category, a type, a size, a container and, when given, a colour (one line
 * of the CRD account).
 *
 * @param categorie still, sparkling or intermediate product
 * @param type personalised or collective, suspended or duty-paid
 * @param contenanceMl the container size the capsules fit, such as 750 (a BIB of 3 l: 3000)
 * @param contenant a bottle or a BIB
 * @param couleur the colour printed on them, when the estate gives it
 */
public record CompteCapsules(
        CategorieCapsule categorie,
        TypeCapsule type,
        int contenanceMl,
        Contenant contenant,
        Optional<CouleurCapsule> couleur) {

    /**
     * A stock of capsules without colour, its container {@linkplain Contenant#deduit deduced} from its size.
     *
     * @param categorie still, sparkling or intermediate product
     * @param type personalised or collective, suspended or duty-paid
     * @param contenanceMl the container size in millilitres
     */
    public CompteCapsules(CategorieCapsule categorie, TypeCapsule type, int contenanceMl) {
        this(categorie, type, contenanceMl, Contenant.deduit(contenanceMl), Optional.empty());
    }
}
