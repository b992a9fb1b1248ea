package fr.monchai.facture.spi;

import fr.monchai.core.vente.RenduFacture;

/** An invoice format: renders an invoice being issued as the document kept with it. */
public interface FormatFacture extends RenduFacture {

    /** {@return the media type of its documents, such as {@code application/pdf}} */
    String typeMedia();
}
