package fr.monchai.core.chai;

import fr.monchai.core.commun.ParDefaut;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;

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
 * @param codeInao the INAO code customs classify it by, such as {@code 1B230 01}, as the interprofession's
 *     catalogue gives it; empty when not known here (a DRM plugin then looks it up in its portal's
 *     catalogue, and a product without one is declared by its fiscal label)
 * @param tav its alcoholic strength by volume (% vol., two decimals at most), which customs want for a
 *     VDN or VDL (taxed above or below 18 % vol.); empty when not declared
 * @param premix whether it is a premix (mixed with a non-alcoholic drink), which customs tax apart; never
 *     null (an absent value is {@code false})
 */
public record ProduitFiscal(
        @NotNull Certification certification,
        @NotNull Genre genre,
        @NotBlank @Size(max = 100) String appellation,
        @NotNull @Size(max = 100) String mention,
        @NotNull @Size(max = 100) String lieu,
        @NotNull Couleur couleur,
        @NotNull @Size(max = 100) String cepage,
        @NotBlank @Size(max = 100) String libelleDouane,

        @ParDefaut("\"\"")
        @NotNull
        @Pattern(
                regexp = "|" + ProduitFiscal.FORME_CODE_INAO,
                message = "doit être un code INAO de 5 à 8 caractères, tel « 1B230 01 », ou vide")
        String codeInao,

        @NotNull
        Optional<
                        @DecimalMin(value = "0.5", inclusive = false) @DecimalMax(value = "100", inclusive = false)
                        @Digits(integer = 2, fraction = 2) BigDecimal>
                tav,

        @ParDefaut("false") Boolean premix) {

    /**
     * The form of an INAO code: a digit, a capital letter, three digits, then up to three characters
     * (capitals, digits, spaces), such as {@code 1B230 01} or {@code 1R105S2}.
     */
    public static final String FORME_CODE_INAO = "[0-9][A-Z][0-9]{3}[0-9A-Z ]{0,3}";

    /**
     * Reads an absent INAO code, strength or premix as not known (a JSON body that leaves them out), a
     * five-character INAO code without the space customs pad it with, and a strength with two decimals
     * (16.5 and 16.50 are one product).
     */
    public ProduitFiscal {
        codeInao = codeInao == null ? "" : codeInao.stripTrailing();
        tav = tav == null ? Optional.empty() : tav.map(t -> t.scale() < 2 ? t.setScale(2) : t);
        premix = Boolean.TRUE.equals(premix);
    }

    /**
     * A product with neither INAO code nor strength here, not a premix: a still or sparkling wine whose
     * code the DRM plugin finds in its portal's catalogue.
     *
     * @param certification AOP, IGP, VSIG or VDN/VDL
     * @param genre still, sparkling or VCI
     * @param appellation the dénomination
     * @param mention an optional mention (empty when none)
     * @param lieu an optional complementary geographic name (empty when none)
     * @param couleur the colour
     * @param cepage an optional grape variety (empty when none)
     * @param libelleDouane the stable label customs know this product by
     */
    public ProduitFiscal(
            Certification certification,
            Genre genre,
            String appellation,
            String mention,
            String lieu,
            Couleur couleur,
            String cepage,
            String libelleDouane) {
        this(
                certification,
                genre,
                appellation,
                mention,
                lieu,
                couleur,
                cepage,
                libelleDouane,
                "",
                Optional.empty(),
                false);
    }

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
        return new ProduitFiscal(
                Certification.VSIG, Genre.TRANQUILLE, "Vin de France", "", "", couleur, "", libelleDouane);
    }

    /**
     * {@return this product, of that genre}
     *
     * @param autre sparkling, still or VCI
     */
    public ProduitFiscal genre(Genre autre) {
        return new ProduitFiscal(
                certification,
                autre,
                appellation,
                mention,
                lieu,
                couleur,
                cepage,
                libelleDouane,
                codeInao,
                tav,
                premix);
    }

    /**
     * {@return this product, with that mention}
     *
     * @param texte such as "Sur lie"
     */
    public ProduitFiscal mention(String texte) {
        return new ProduitFiscal(
                certification, genre, appellation, texte, lieu, couleur, cepage, libelleDouane, codeInao, tav, premix);
    }

    /**
     * {@return this product, with that complementary geographic name}
     *
     * @param texte such as "Clisson"
     */
    public ProduitFiscal lieu(String texte) {
        return new ProduitFiscal(
                certification,
                genre,
                appellation,
                mention,
                texte,
                couleur,
                cepage,
                libelleDouane,
                codeInao,
                tav,
                premix);
    }

    /**
     * {@return this product, with that grape variety}
     *
     * @param texte such as "Melon"
     */
    public ProduitFiscal cepage(String texte) {
        return new ProduitFiscal(
                certification, genre, appellation, mention, lieu, couleur, texte, libelleDouane, codeInao, tav, premix);
    }

    /**
     * {@return this product, with that INAO code}
     *
     * @param code such as {@code 1B230 01}, as the interprofession's catalogue gives it
     */
    public ProduitFiscal codeInao(String code) {
        return new ProduitFiscal(
                certification, genre, appellation, mention, lieu, couleur, cepage, libelleDouane, code, tav, premix);
    }

    /**
     * {@return this product, with that alcoholic strength}
     *
     * @param titre % vol., such as {@code 16.5}
     */
    public ProduitFiscal tav(BigDecimal titre) {
        return new ProduitFiscal(
                certification,
                genre,
                appellation,
                mention,
                lieu,
                couleur,
                cepage,
                libelleDouane,
                codeInao,
                Optional.of(titre),
                premix);
    }

    /**
     * {@return this product, declared a premix or not}
     *
     * @param oui whether it is mixed with a non-alcoholic drink
     */
    public ProduitFiscal premix(boolean oui) {
        return new ProduitFiscal(
                certification, genre, appellation, mention, lieu, couleur, cepage, libelleDouane, codeInao, tav, oui);
    }
}
