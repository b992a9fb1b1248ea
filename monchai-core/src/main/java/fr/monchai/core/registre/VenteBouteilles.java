package fr.monchai.core.registre;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.journal.DestinationFiscale;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@code vente_sortie_stock} of bottles.
 *
 * @param bouteilleLotId the bottles sold
 * @param nbBouteilles how many
 * @param destination the fiscal destination
 * @param date the day they leave
 * @param commentaire a free comment (an invoice or DAE reference…)
 */
public record VenteBouteilles(
        @NotNull Long bouteilleLotId,
        @NotNull @Positive @Max(100_000_000) Long nbBouteilles,
        @NotNull DestinationFiscale destination,
        @NotNull LocalDate date,
        @NotNull Optional<@Size(max = 500) String> commentaire) {

    /**
     * {@return a sale of bottles with no comment}
     *
     * @param bouteilleLot the bouteille lot sold from
     * @param bouteilles how many
     * @param destination where they go, for customs
     * @param date the day
     * @throws DomainException naming the field, when a value breaks its rule (a volume not positive, a name too long)
     */
    public static VenteBouteilles de(
            long bouteilleLot, long bouteilles, DestinationFiscale destination, LocalDate date) {
        return Saisie.valide(new VenteBouteilles(bouteilleLot, bouteilles, destination, date, Optional.empty()));
    }

    /**
     * {@return this input, with that comment (the buyer)}
     *
     * @param commentaire the text
     */
    public VenteBouteilles commentaire(String commentaire) {
        return Saisie.valide(
                new VenteBouteilles(bouteilleLotId, nbBouteilles, destination, date, Optional.of(commentaire)));
    }
}
