package fr.monchai.core.registre;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Volume;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * One lot of an assemblage.
 *
 * @param lotId the lot
 * @param volumeHl the volume taken from it
 */
public record SourceAssemblage(
        @NotNull Long lotId,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal volumeHl) {

    /**
     * {@return what a lot gives to a blend}
     *
     * @param lot the lot
     * @param volume the volume it gives
     * @throws DomainException naming the field, when a value breaks its rule (a volume not positive, a name too long)
     */
    public static SourceAssemblage de(long lot, Volume volume) {
        return Saisie.valide(new SourceAssemblage(lot, Volume.hlOuNul(volume)));
    }
}
