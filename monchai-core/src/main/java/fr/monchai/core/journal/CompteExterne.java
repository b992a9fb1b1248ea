package fr.monchai.core.journal;

/**
 * The domaine's outside accounts, which close the books: wine comes into the cellar from
 * some of them and leaves to others. Unlike lots, they are not stock and may hold any sign
 * (the harvest account goes below zero as wine comes in).
 */
public enum CompteExterne {
    /** Harvest entries (volume produit). */
    RECOLTE,
    /** Purchases of bulk wine or bottles. */
    ACHATS,
    /** Losses: lees, racking, bottling, breakage, harvest waste. */
    PERTES,
    /** Inventory corrections: manquants and excédents. */
    AJUSTEMENTS,
    /** Sales in France under duty suspension, taxable when they leave (CRD bought in suspension). */
    VENTES_FRANCE_DROITS_SUSPENDUS,
    /** Sales in France of duty-paid wine (collective CRD bought duty-paid). */
    VENTES_FRANCE_DROITS_ACQUITTES,
    /** Exports outside the EU. */
    EXPORT,
    /** Deliveries to another EU member state under a DAE. */
    LIVRAISON_UE,
    /** Shipments to another bonded warehouse (entrepositaire agréé). */
    ENTREPOSITAIRE_AGREE,
    /** Family consumption and on-site tasting. */
    CONSOMMATION_FAMILIALE,
    /** Wine or lees delivered to a distillery. */
    DISTILLATION,
    /** Wine or lees delivered for industrial use: vinegar making, food industry. */
    USAGE_INDUSTRIEL,
    /**
     * Wine away at a provider for a while — bottling, storage elsewhere (relogement), work or
     * distillation à façon — until it comes back. Never below zero: nothing comes back that did
     * not go.
     */
    TRAVAIL_A_FACON
}
