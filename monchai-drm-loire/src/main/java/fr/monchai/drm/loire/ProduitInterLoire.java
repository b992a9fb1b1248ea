package fr.monchai.drm.loire;

/**
 * A product of the InterLoire catalogue, spelt as the portal spells it.
 *
 * @param certification such as {@code AOP}, {@code IGP}, {@code Autres vins}
 * @param genre empty for still wine, {@code Mousseux}, {@code VCI}…
 * @param appellation such as {@code Muscadet Sèvre et Maine}
 * @param mention such as {@code Sur lie}
 * @param lieu such as {@code Clisson}
 * @param couleur {@code Blanc}, {@code Rouge} or {@code Rosé}
 * @param cepage such as {@code Chardonnay}
 * @param libelle the portal's label
 * @param codeInao the INAO code, such as {@code 1B230 01}
 * @param perimetre whether InterLoire collects a CVO on it, and at which rate
 */
public record ProduitInterLoire(String certification, String genre, String appellation, String mention, String lieu, String couleur,
        String cepage, String libelle, String codeInao, PerimetreCvo perimetre) {

    /** {@return the INAO code as customs want it: 6 to 8 characters, a 5-character code padded with a space (RG19)} */
    public String codeInaoDouane() {
        return codeInao.length() == 5 ? codeInao + " " : codeInao;
    }
}
