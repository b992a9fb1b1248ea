package fr.monchai.core.registre;

import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Volume;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An {@code entree} of bulk wine coming back from a provider — after bottling elsewhere, storage
 * (relogement), work or distillation à façon — that left as an exit to {@code TRAVAIL_A_FACON}.
 * No more comes back than is away at that date and every later one.
 *
 * @param destinationCuveId the cuve it goes into (its lot, or a new lot if it is empty)
 * @param volumeHl the volume
 * @param produit its fiscal product, when the cuve is empty (else the cuve's lot's)
 * @param date the day it came back
 * @param commentaire a free comment, such as the provider's name
 */
public record RetourTravailAFacon(
        @NotNull Long destinationCuveId,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal volumeHl,
        @NotNull Optional<@Valid ProduitFiscal> produit,
        @NotNull LocalDate date,
        @NotNull Optional<@Size(max = 500) String> commentaire) {

    /**
     * {@return wine coming back into a cuve, of the fiscal product the cuve holds}
     *
     * @param cuve the cuve it goes into
     * @param volume the volume
     * @param date the day
     * @throws DomainException naming the field, when a value breaks its rule
     */
    public static RetourTravailAFacon de(long cuve, Volume volume, LocalDate date) {
        return Saisie.valide(
                new RetourTravailAFacon(cuve, Volume.hlOuNul(volume), Optional.empty(), date, Optional.empty()));
    }
}
