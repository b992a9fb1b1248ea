package fr.monchai.facture;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.vente.RenduFacture;
import fr.monchai.core.vente.TypeClient;
import fr.monchai.facture.spi.FabriqueFormatFacture;
import fr.monchai.facture.spi.Vendeur;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The invoice formats known to the application: found on the classpath, registered by hand, or both. */
public final class FormatsFacture {

    private static final String FACTURX = "facturx";
    private static final String PDF = "pdf";

    private final Map<String, FabriqueFormatFacture> parId;

    private FormatsFacture(Map<String, FabriqueFormatFacture> parId) {
        this.parId = Map.copyOf(parId);
    }

    /**
     * {@return every format listed in a {@code META-INF/services/fr.monchai.facture.spi.FabriqueFormatFacture}}
     *
     * @throws IllegalStateException when two share an id
     */
    public static FormatsFacture decouvrir() {
        FormatsFacture registre = new FormatsFacture(Map.of());
        for (FabriqueFormatFacture f : ServiceLoader.load(
                FabriqueFormatFacture.class, Thread.currentThread().getContextClassLoader())) {
            registre = registre.avec(f);
        }
        return registre;
    }

    /**
     * {@return a registry with it}
     *
     * @param fabrique one more format
     * @throws IllegalStateException when its id is invalid (as a DRM plugin's) or already taken
     */
    public FormatsFacture avec(FabriqueFormatFacture fabrique) {
        String id = fabrique.id();
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalStateException(
                    "invoice format " + fabrique.getClass().getName() + " has an invalid id: " + id
                            + " (lower-case letters, digits and dashes, at most 40)");
        }
        if (parId.containsKey(fabrique.id())) {
            throw new IllegalStateException("two invoice formats share the id '" + fabrique.id() + "': "
                    + parId.get(fabrique.id()).getClass().getName() + " and "
                    + fabrique.getClass().getName());
        }
        Map<String, FabriqueFormatFacture> copie = new TreeMap<>(parId);
        copie.put(fabrique.id(), fabrique);
        return new FormatsFacture(copie);
    }

    /**
     * {@return that format, if known}
     *
     * @param id a format id
     */
    public Optional<FabriqueFormatFacture> trouver(String id) {
        return Optional.ofNullable(parId.get(id));
    }

    /**
     * The renderer an issue uses: the format asked for, or else the customer's usual one —
     * Factur-X for a business (the e-invoicing mandate), a PDF for a consumer. The choice is
     * made when the invoice and its customer are read, in the issue's own transaction.
     *
     * @param format a format id, if the caller chose one
     * @param vendeur the seller's identity on the documents
     * @param configuration the format's settings (such as {@code transporteur})
     * @return the renderer to give {@code FactureService.emettre}
     * @throws DomainException ({@code SAISIE_INVALIDE} on {@code format}) for an unknown format
     */
    public RenduFacture rendu(Optional<String> format, Vendeur vendeur, Map<String, String> configuration) {
        if (format.isPresent()) {
            return fabrique(format.get()).creer(vendeur, configuration);
        }
        return (facture, client, origine, commande) -> fabrique(
                        client.type() == TypeClient.PROFESSIONNEL ? FACTURX : PDF)
                .creer(vendeur, configuration)
                .rendre(facture, client, origine, commande);
    }

    private FabriqueFormatFacture fabrique(String id) {
        return trouver(id)
                .orElseThrow(() -> new DomainException(
                        CodeErreur.SAISIE_INVALIDE,
                        "format",
                        "format inconnu : " + id + " (" + String.join(" ou ", parId.keySet()) + ")"));
    }

    /** {@return every format, by id} */
    public List<FabriqueFormatFacture> toutes() {
        return new TreeMap<>(parId).values().stream().toList();
    }
}
