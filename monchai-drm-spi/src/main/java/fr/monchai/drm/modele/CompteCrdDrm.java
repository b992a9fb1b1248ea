package fr.monchai.drm.modele;

import fr.monchai.core.crd.CompteCapsules;
import fr.monchai.core.crd.NatureCrd;
import java.util.Map;

/**
 * The month's account of one kind of CRD capsule.
 *
 * @param compte the capsules' category, type and size
 * @param debut the stock at the start of the month
 * @param mouvements the month's movements, as numbers of capsules by nature
 * @param fin the stock at the end of the month
 * @param observations why other entries or exits happened, if any
 */
public record CompteCrdDrm(
        CompteCapsules compte, long debut, Map<NatureCrd, Long> mouvements, long fin, String observations) {

    /** Keeps the movements immutable. */
    public CompteCrdDrm {
        mouvements = Map.copyOf(mouvements);
    }

    /** {@return whether the account holds: début + entrées − sorties = fin} */
    public boolean equilibre() {
        long total = debut;
        for (Map.Entry<NatureCrd, Long> e : mouvements.entrySet()) {
            total += e.getKey().signe() * e.getValue();
        }
        return total == fin;
    }
}
