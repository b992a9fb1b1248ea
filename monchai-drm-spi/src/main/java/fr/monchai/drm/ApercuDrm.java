package fr.monchai.drm;

import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.modele.DeclarationDrm;
import java.util.List;

/**
 * A month's declaration with everything the national and regional checks found in it.
 *
 * @param declaration the declaration, built from the register
 * @param anomalies what would be rejected or questioned
 */
public record ApercuDrm(DeclarationDrm declaration, List<Anomalie> anomalies) {

    /** Keeps the list immutable. */
    public ApercuDrm {
        anomalies = List.copyOf(anomalies);
    }

    /** {@return whether it can be exported (no blocking anomaly)} */
    public boolean exportable() {
        return anomalies.stream().noneMatch(Anomalie::bloquante);
    }
}
