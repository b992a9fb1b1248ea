package fr.monchai.drm.modele;

/** The kind of an accompanying document, as customs files it on the DRM. */
public enum TypeDocument {
    /**
     * Document administratif électronique: wine leaving under bond (to a bonded warehouse in
     * France or the EU, for export), numbered by EMCS (its ARC); discharged when the
     * consignee's receipt comes back, listed on the relevé de non-apurement until then.
     */
    DAE("DAE"),
    /**
     * Document simplifié d'accompagnement: wine travelling duty-paid in France without capsules
     * (petit vrac, whose duty the DRM pays as it leaves; bottles without capsules), on the
     * estate's numbered forms (or an invoice serving as DSA); the DRM gives the first and last
     * number used in the month. Never discharged.
     */
    DSA("DSA");

    private final String libelle;

    TypeDocument(String libelle) {
        this.libelle = libelle;
    }

    /** {@return the short name customs and winemakers use, such as « DAE »} */
    public String libelle() {
        return libelle;
    }
}
