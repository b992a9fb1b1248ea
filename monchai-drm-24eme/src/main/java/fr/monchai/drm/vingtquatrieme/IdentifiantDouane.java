package fr.monchai.drm.vingtquatrieme;

import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.drm.modele.LibelleFiscal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How customs identify a product on a DRM: by its INAO code, or, for a product without one, by its
 * fiscal label (CIEL's choice {@code code-inao} / {@code libelle-fiscal}).
 *
 * @param valeur the INAO code as customs want it (6 to 8 characters, a 5-character code padded with a
 *     space, RG19), or the fiscal label, such as {@code VDN_VDL_AOP_SUP_18}
 * @param codeInao whether it is an INAO code
 */
public record IdentifiantDouane(String valeur, boolean codeInao) {

    private static final Pattern INAO = Pattern.compile(ProduitFiscal.FORME_CODE_INAO);

    /**
     * {@return the identifier of that product}: its own INAO code when it has one; else the portal
     * catalogue's identifier (the catalogues' column « IDENTIFIANT INAO » holds an INAO code, or a fiscal
     * label for products without one); else its national fiscal label
     *
     * @param p a fiscal product
     * @param catalogue its line of the portal's catalogue, if the portal has it
     */
    public static IdentifiantDouane de(ProduitFiscal p, Optional<ProduitPortail> catalogue) {
        if (!p.codeInao().isBlank()) {
            return inao(p.codeInao());
        }
        String duCatalogue = catalogue.map(ProduitPortail::codeInao).orElse("").strip();
        if (estCodeInao(duCatalogue)) {
            return inao(duCatalogue);
        }
        if (!duCatalogue.isEmpty()) {
            return new IdentifiantDouane(duCatalogue, false);
        }
        return new IdentifiantDouane(LibelleFiscal.de(p).name(), false);
    }

    /**
     * {@return whether the text is an INAO code} ({@link ProduitFiscal#FORME_CODE_INAO}), not a fiscal label
     *
     * @param texte a code from a catalogue
     */
    public static boolean estCodeInao(String texte) {
        return INAO.matcher(texte).matches();
    }

    private static IdentifiantDouane inao(String code) {
        String c = code.stripTrailing();
        return new IdentifiantDouane(c.length() == 5 ? c + " " : c, true);
    }
}
