package fr.monchai.core.vente;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.ReferenceSortie;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An order to record as a draft.
 *
 * @param clientId the customer
 * @param date the day
 * @param destination where the wine goes, fiscally
 * @param reference the shipment's customs references (the DAE of an EU delivery, the country of an export)
 * @param referenceClient the customer's purchase order number
 * @param lignes the lines, each at the catalogue price or an agreed one
 */
public record NouvelleCommande(
        @NotNull Long clientId,
        @NotNull LocalDate date,
        @NotNull DestinationFiscale destination,
        @NotNull @Valid ReferenceSortie reference,
        @NotNull Optional<@Size(max = 50) String> referenceClient,
        @NotNull @NotEmpty @Size(max = 200) List<@NotNull @Valid NouvelleLigne> lignes) {

    /**
     * {@return an order with no customer reference}
     *
     * @param client the customer
     * @param date the day
     * @param destination where the wine goes, for customs
     * @param reference the accompanying document
     * @param lignes its lines
     * @throws DomainException naming the field, when a value breaks its rule
     */
    public static NouvelleCommande de(
            long client,
            LocalDate date,
            DestinationFiscale destination,
            ReferenceSortie reference,
            NouvelleLigne... lignes) {
        return Saisie.valide(
                new NouvelleCommande(client, date, destination, reference, Optional.empty(), List.of(lignes)));
    }

    /**
     * {@return this input, with the customer's own reference}
     *
     * @param texte the text
     */
    public NouvelleCommande referenceClient(String texte) {
        return Saisie.valide(new NouvelleCommande(clientId, date, destination, reference, Optional.of(texte), lignes));
    }
}
