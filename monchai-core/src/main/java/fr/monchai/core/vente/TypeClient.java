package fr.monchai.core.vente;

/** Who buys: a consumer (prices and invoices TTC) or a business (prices HT, e-invoicing). */
public enum TypeClient {
    /** A consumer. */
    PARTICULIER,
    /** A business: restaurant, wine shop, importer, négociant. */
    PROFESSIONNEL
}
