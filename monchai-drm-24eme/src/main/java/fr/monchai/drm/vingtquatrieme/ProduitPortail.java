package fr.monchai.drm.vingtquatrieme;

/**
 * A product of a portal's catalogue, spelt as the portal spells it (one line of its
 * {@code catalogue_produits.csv}).
 *
 * @param certification such as {@code AOP}, {@code AOC}, {@code IGP}, {@code Vins sans IG}
 * @param genre empty or {@code Tranquille} for still wine, {@code Mousseux}, {@code VCI}…
 * @param appellation such as {@code Sancerre}
 * @param mention such as {@code Sur lie}
 * @param lieu such as {@code Clisson}
 * @param couleur {@code Blanc}, {@code Rouge} or {@code Rosé}
 * @param cepage such as {@code Chardonnay}
 * @param libelle the portal's label
 * @param codeInao the INAO code, such as {@code 1B230 01}, or for a product without one its fiscal label, such as
 *     {@code VDN_VDL_AOP_SUP_18} (the catalogues' column « IDENTIFIANT INAO »; see {@link IdentifiantDouane})
 */
public record ProduitPortail(
        String certification,
        String genre,
        String appellation,
        String mention,
        String lieu,
        String couleur,
        String cepage,
        String libelle,
        String codeInao) {}
