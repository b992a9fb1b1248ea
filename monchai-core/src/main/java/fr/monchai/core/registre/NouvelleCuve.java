package fr.monchai.core.registre;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Volume;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A cuve to record.
 *
 * @param nom its internal name
 * @param capaciteHl its capacity in hectolitres, above zero
 * @param materiau what it is made of
 */
public record NouvelleCuve(
        @NotBlank @Size(max = 100) String nom,
        @NotNull @Positive @DecimalMax("1000000") BigDecimal capaciteHl,
        @NotNull Optional<@Size(max = 100) String> materiau) {

    /**
     * {@return a cuve of unstated material}
     *
     * @param nom its name, unique in the domaine
     * @param capacite what it holds
     * @throws DomainException naming the field, when a value breaks its rule (a volume not positive, a name too long)
     */
    public static NouvelleCuve de(String nom, Volume capacite) {
        return Saisie.valide(new NouvelleCuve(nom, Volume.hlOuNul(capacite), Optional.empty()));
    }

    /**
     * {@return this input, of that material (inox, béton, bois…)}
     *
     * @param materiau the text
     */
    public NouvelleCuve materiau(String materiau) {
        return Saisie.valide(new NouvelleCuve(nom, capaciteHl, Optional.of(materiau)));
    }
}
