package fr.monchai.core.chai;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A DRM product: the customs classification of a wine. Two lots of equal fiscal products
 * are one column of the DRM; a movement between two different ones is a repli,
 * déclassement or transfert there.
 *
 * @param certification AOP, IGP or VSIG
 * @param genre still, sparkling or VCI
 * @param appellation the dénomination, such as "Muscadet Sèvre et Maine"
 * @param mention an optional mention such as "Sur lie" (empty when none)
 * @param lieu an optional complementary geographic name such as "Clisson" (empty when none)
 * @param couleur the colour
 * @param cepage an optional grape variety on the label (empty when none)
 * @param libelleDouane the stable label customs know this product by ({@code
 *     libelle-personnalise}): chosen once, never regenerated
 */
public record ProduitFiscal(
        @NotNull Certification certification,
        @NotNull Genre genre,
        @NotBlank @Size(max = 100) String appellation,
        @NotNull @Size(max = 100) String mention,
        @NotNull @Size(max = 100) String lieu,
        @NotNull Couleur couleur,
        @NotNull @Size(max = 100) String cepage,
        @NotBlank @Size(max = 100) String libelleDouane) {}
