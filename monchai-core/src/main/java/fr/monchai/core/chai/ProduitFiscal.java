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
        @NotBlank @Size(max = 100) String libelleDouane) {

    /**
     * {@return a still AOP wine, with no mention, place or grape variety}
     *
     * @param appellation the dénomination, such as "Muscadet Sèvre et Maine"
     * @param couleur its colour
     * @param libelleDouane the label customs know it by (the interprofession catalogue's, with its INAO code)
     */
    public static ProduitFiscal aop(String appellation, Couleur couleur, String libelleDouane) {
        return new ProduitFiscal(Certification.AOP, Genre.TRANQUILLE, appellation, "", "", couleur, "", libelleDouane);
    }

    /**
     * {@return a still IGP wine, with no mention, place or grape variety}
     *
     * @param appellation the IGP, such as "Val de Loire"
     * @param couleur its colour
     * @param libelleDouane the label customs know it by
     */
    public static ProduitFiscal igp(String appellation, Couleur couleur, String libelleDouane) {
        return new ProduitFiscal(Certification.IGP, Genre.TRANQUILLE, appellation, "", "", couleur, "", libelleDouane);
    }

    /**
     * {@return a still wine without geographical indication}
     *
     * @param couleur its colour
     * @param libelleDouane the label customs know it by
     */
    public static ProduitFiscal vsig(Couleur couleur, String libelleDouane) {
        return new ProduitFiscal(Certification.VSIG, Genre.TRANQUILLE, "Vin de France", "", "", couleur, "", libelleDouane);
    }

    /**
     * {@return this product, of that genre}
     *
     * @param autre sparkling, still or VCI
     */
    public ProduitFiscal genre(Genre autre) {
        return new ProduitFiscal(certification, autre, appellation, mention, lieu, couleur, cepage, libelleDouane);
    }

    /**
     * {@return this product, with that mention}
     *
     * @param texte such as "Sur lie"
     */
    public ProduitFiscal mention(String texte) {
        return new ProduitFiscal(certification, genre, appellation, texte, lieu, couleur, cepage, libelleDouane);
    }

    /**
     * {@return this product, with that complementary geographic name}
     *
     * @param texte such as "Clisson"
     */
    public ProduitFiscal lieu(String texte) {
        return new ProduitFiscal(certification, genre, appellation, mention, texte, couleur, cepage, libelleDouane);
    }

    /**
     * {@return this product, with that grape variety}
     *
     * @param texte such as "Melon"
     */
    public ProduitFiscal cepage(String texte) {
        return new ProduitFiscal(certification, genre, appellation, mention, lieu, couleur, texte, libelleDouane);
    }
}
