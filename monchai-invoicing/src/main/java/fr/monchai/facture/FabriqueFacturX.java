package fr.monchai.facture;

import fr.monchai.facture.spi.FabriqueFormatFacture;
import fr.monchai.facture.spi.FormatFacture;
import fr.monchai.facture.spi.Vendeur;
import java.util.Map;

/**
 * The {@code facturx} format: the PDF/A-3b invoice with its CII XML embedded as {@code
 * factur-x.xml}, profile EN 16931, for business customers (a consumer's invoice, in TTC,
 * stays a plain PDF/A-3b).
 */
public final class FabriqueFacturX implements FabriqueFormatFacture {

    /** Found by {@link java.util.ServiceLoader}; the library never needs it built by hand. */
    public FabriqueFacturX() {}

    @Override
    public String id() {
        return "facturx";
    }

    @Override
    public String nom() {
        return "Factur-X EN 16931 (PDF/A-3b + CII)";
    }

    @Override
    public FormatFacture creer(Vendeur vendeur, Map<String, String> configuration) {
        fr.monchai.core.commun.Reglages.exigerConnues(configuration, java.util.Set.of(FabriquePdf.TRANSPORTEUR), id());
        return new FabriquePdf.Format(
                vendeur,
                true,
                java.util.Optional.ofNullable(configuration.get(FabriquePdf.TRANSPORTEUR))
                        .filter(t -> !t.isBlank()));
    }
}
