package fr.monchai.core.registre;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An {@code ajustement_inventaire} of a bouteille lot.
 *
 * @param bouteilleLotId the bouteille lot
 * @param sens manquant or excédent
 * @param nbBouteilles the difference found, in bottles
 * @param date the inventory day
 * @param commentaire why (mandatory: customs ask for it)
 */
public record AjustementBouteilles(
        @NotNull Long bouteilleLotId,
        @NotNull SensAjustement sens,
        @NotNull @Positive @Max(100_000_000) Long nbBouteilles,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 500) String commentaire) {}
