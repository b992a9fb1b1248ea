package fr.monchai.core.chai;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The container sizes wine may be sold in. Up to 1.5 l, the sizes the law lists for
 * prepackaged still and sparkling wine (directive 2007/45/EC: 10, 18.7, 25, 37.5, 50, 75, 100,
 * 150 cl; 12.5 and 20 cl for sparkling wine; the 62 cl clavelin of vin jaune); above, the large
 * formats and bags-in-box, by quarter litre (2 l, 3 l, 4.5 l, 5 l, 6 l, 9 l, 10 l…), up to 30 l.
 * An estate may add a size it really uses ({@code Domaines.ajouterContenance}).
 */
public final class Contenances {

    /** The sizes the law lists up to 1.5 l, in millilitres. */
    public static final Set<Integer> REGLEMENTAIRES = Set.of(100, 125, 187, 200, 250, 375, 500, 620, 750, 1000, 1500);

    private Contenances() {}

    /**
     * Checks a container size.
     *
     * @param champ the field that carries it
     * @param contenanceMl the size in millilitres
     * @param propres the sizes the estate added
     * @throws DomainException ({@code SAISIE_INVALIDE} on that field) when it is none of them
     */
    public static void verifier(String champ, int contenanceMl, Collection<Integer> propres) {
        boolean grandFormat = contenanceMl > 1500 && contenanceMl <= 30_000 && contenanceMl % 250 == 0;
        if (!REGLEMENTAIRES.contains(contenanceMl) && !grandFormat && !propres.contains(contenanceMl)) {
            Set<Integer> tous = new TreeSet<>(REGLEMENTAIRES);
            tous.addAll(propres);
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    champ,
                    contenanceMl + " ml n'est pas une contenance de vin : "
                            + "jusqu'à 1,5 l, "
                            + String.join(
                                    ", ", tous.stream().map(ml -> ml + " ml").toList()) + " ; au-delà, par quart de "
                            + "litre jusqu'à 30 l. Une contenance que le domaine utilise vraiment s'ajoute à ses réglages");
        }
    }
}
