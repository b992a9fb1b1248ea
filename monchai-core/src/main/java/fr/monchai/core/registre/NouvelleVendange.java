package fr.monchai.core.registre;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.chai.ProduitFiscal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A harvest to record, and optionally the cuve it goes into (which makes a draft {@code
 * vendange_vers_cuve} movement).
 *
 * @param parcelleId the parcelle harvested
 * @param date the harvest date
 * @param volumeHl the gross volume in hectolitres
 * @param dechetsHl the part lost before the cuve (zero when absent)
 * @param cuveId the target cuve
 * @param produit the fiscal product of the new lot, when the target cuve is empty
 */
public record NouvelleVendange(
        @NotNull Long parcelleId,
        @NotNull LocalDate date,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal volumeHl,
        @NotNull Optional<@PositiveOrZero @DecimalMax("1000000") BigDecimal> dechetsHl,
        @NotNull Optional<Long> cuveId,
        @NotNull Optional<@Valid ProduitFiscal> produit) {

    /**
     * {@return a harvest with no waste stated, not yet in a cuve, of the parcelle's default product}
     *
     * @param parcelleId the parcelle harvested
     * @param date the day
     * @param volume the gross volume brought in
     * @throws DomainException naming the field, when a value breaks its rule (a volume not positive, a name too long)
     */
    public static NouvelleVendange de(long parcelleId, LocalDate date, Volume volume) {
        return Saisie.valide(new NouvelleVendange(parcelleId, date, volume.enHl(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /**
     * {@return this input, with that waste (lees, bourbes), which goes to losses}
     *
     * @param dechets the volume
     */
    public NouvelleVendange dechets(Volume dechets) {
        return Saisie.valide(new NouvelleVendange(parcelleId, date, volumeHl, Optional.of(dechets.enHl()), cuveId, produit));
    }

    /**
     * {@return this input, into that cuve}
     *
     * @param cuveId its id
     */
    public NouvelleVendange dansCuve(long cuveId) {
        return Saisie.valide(new NouvelleVendange(parcelleId, date, volumeHl, dechetsHl, Optional.of(cuveId), produit));
    }

    /**
     * {@return this input, of that fiscal product}
     *
     * @param produit the resulting fiscal product
     */
    public NouvelleVendange produit(ProduitFiscal produit) {
        return Saisie.valide(new NouvelleVendange(parcelleId, date, volumeHl, dechetsHl, cuveId, Optional.of(produit)));
    }
}
