package fr.monchai.drm.loire;

/** Which InterLoire CVO rate a product falls under (docs/DRM.md §8.3). */
public enum PerimetreCvo {
    /** An AOC in InterLoire's scope. */
    AOC_INTERLOIRE,
    /** IGP Val de Loire. */
    IGP_VAL_DE_LOIRE,
    /** No InterLoire CVO: wines without IG, VCI, AOCs of other interprofessions. */
    HORS_CVO
}
