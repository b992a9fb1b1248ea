package fr.monchai.core.registre;

import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Volume;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A harvest to record, with the cuve it goes into: recording it enters a draft {@code
 * vendange_vers_cuve} movement, validated as any other. A harvest always enters the register
 * in a cuve: grapes waiting to be pressed are not yet in it.
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

        @NotNull(
                message = "obligatoire : une vendange entre au registre dans une cuve ; choisissez celle qui la reçoit")
        Long cuveId,

        @NotNull Optional<@Valid ProduitFiscal> produit) {

    /**
     * {@return a harvest into that cuve, with no waste stated, of the product already in the cuve}
     *
     * @param parcelleId the parcelle harvested
     * @param date the day
     * @param volume the gross volume brought in
     * @param cuveId the cuve it goes into
     * @throws DomainException naming the field, when a value breaks its rule (a volume not positive, a name too long)
     */
    public static NouvelleVendange de(long parcelleId, LocalDate date, Volume volume, long cuveId) {
        return Saisie.valide(new NouvelleVendange(
                parcelleId, date, Volume.hlOuNul(volume), Optional.empty(), cuveId, Optional.empty()));
    }

    /**
     * {@return this input, with that waste (lees, bourbes), which goes to losses}
     *
     * @param dechets the volume
     */
    public NouvelleVendange dechets(Volume dechets) {
        return Saisie.valide(new NouvelleVendange(
                parcelleId,
                date,
                volumeHl,
                Optional.of(Saisie.requis("dechetsHl", dechets).enHl()),
                cuveId,
                produit));
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
