package fr.monchai.facture.spi;

import java.util.Map;

/** An invoice format's entry point: one instance per JVM, found by {@link java.util.ServiceLoader} or registered by hand. */
public interface FabriqueFormatFacture {

    /** {@return a stable id, such as {@code pdf} or {@code facturx}} */
    String id();

    /** {@return a name for people} */
    String nom();

    /**
     * {@return the format}
     *
     * @param vendeur the estate issuing the invoices
     * @param configuration the format's own settings
     */
    FormatFacture creer(Vendeur vendeur, Map<String, String> configuration);
}
