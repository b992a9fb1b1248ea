package fr.monchai.facture;

import fr.monchai.core.commun.Artefact;
import fr.monchai.core.vente.Client;
import fr.monchai.core.vente.Commande;
import fr.monchai.core.vente.Facture;
import fr.monchai.facture.internal.Cii;
import fr.monchai.facture.internal.MiseEnPage;
import fr.monchai.facture.spi.FabriqueFormatFacture;
import fr.monchai.facture.spi.FormatFacture;
import fr.monchai.facture.spi.Vendeur;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code pdf} format: an A4 PDF/A-3b with every mandatory mention. Setting {@code
 * transporteur} (the carrier's name and address) makes duty-paid invoices serve as the DSA,
 * with the transport mentions.
 */
public final class FabriquePdf implements FabriqueFormatFacture {

    /** Found by {@link java.util.ServiceLoader}; the library never needs it built by hand. */
    public FabriquePdf() {}

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String nom() {
        return "PDF (PDF/A-3b)";
    }

    @Override
    public FormatFacture creer(Vendeur vendeur, Map<String, String> configuration) {
        fr.monchai.core.commun.Reglages.exigerConnues(configuration, java.util.Set.of(TRANSPORTEUR), id());
        return new Format(
                vendeur,
                false,
                Optional.ofNullable(configuration.get(TRANSPORTEUR)).filter(t -> !t.isBlank()));
    }

    /** The setting naming the carrier, when invoices serve as the DSA. */
    public static final String TRANSPORTEUR = "transporteur";

    /** A PDF, with the Factur-X XML embedded or not, serving as DSA or not. */
    record Format(Vendeur vendeur, boolean facturX, Optional<String> transporteur) implements FormatFacture {
        private static final MiseEnPage MISE_EN_PAGE = new MiseEnPage();

        @Override
        public String typeMedia() {
            return "application/pdf";
        }

        @Override
        public Artefact rendre(Facture facture, Client client, Optional<Facture> origine, Optional<Commande> commande) {
            var m = new fr.monchai.facture.internal.Mentions(facture, client, vendeur, origine, commande);
            // EN 16931 computes on net amounts: a consumer's TTC invoice stays a plain PDF/A (e-reporting covers B2C).
            Optional<byte[]> xml = facturX && facture.base() == fr.monchai.core.vente.BasePrix.HT
                    ? Optional.of(Cii.xml(m))
                    : Optional.empty();
            boolean acquitte = commande.map(c -> switch (c.destination()) {
                        case FRANCE_DROITS_ACQUITTES, FRANCE_DROITS_SUSPENDUS, CONSOMMATION_FAMILIALE -> true;
                        default -> false;
                    })
                    .orElse(true);
            Optional<String> dsa =
                    transporteur.filter(t -> acquitte && facture.type() == fr.monchai.core.vente.TypeFacture.FACTURE);
            return new Artefact(facture.numero().orElseThrow() + ".pdf", typeMedia(), MISE_EN_PAGE.rendre(m, xml, dsa));
        }
    }
}
