package fr.monchai.core.registre;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.DestinationFiscale;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@code vente_sortie_stock} of bulk wine.
 *
 * @param lotId the lot sold from
 * @param volumeHl the volume
 * @param destination the fiscal destination
 * @param date the day it leaves
 * @param commentaire a free comment (contract, DAE reference…)
 */
public record VenteVrac(
        @NotNull Long lotId,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal volumeHl,
        @NotNull DestinationFiscale destination,
        @NotNull LocalDate date,
        @NotNull Optional<@Size(max = 500) String> commentaire) {

    /**
     * {@return a sale of bulk wine with no comment}
     *
     * @param lot the lot sold from
     * @param volume the volume sold
     * @param destination where it goes, for customs
     * @param date the day
     * @throws DomainException naming the field, when a value breaks its rule
     */
    public static VenteVrac de(long lot, Volume volume, DestinationFiscale destination, LocalDate date) {
        return Saisie.valide(new VenteVrac(lot, Volume.hlOuNul(volume), destination, date, Optional.empty()));
    }

    /**
     * {@return this input, with that comment}
     *
     * @param commentaire the text
     */
    public VenteVrac commentaire(String commentaire) {
        return Saisie.valide(new VenteVrac(lotId, volumeHl, destination, date, Optional.of(commentaire)));
    }
}
