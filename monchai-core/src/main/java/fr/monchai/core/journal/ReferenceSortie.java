package fr.monchai.core.journal;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What customs and the interprofession want to know of wine leaving the domaine, beside
 * its volume: the country it goes to, its accompanying document and the bulk contract.
 *
 * @param pays the destination country, ISO 3166 alpha-2 (such as {@code BE}), for exports and EU deliveries
 * @param numeroDocument the accompanying document's number, as customs wrote it: a DAE's ARC (21 characters:
 *     the year, the country, 16 letters or digits, a check digit), a DSA form's number (letters, digits, a space,
 *     {@code . / -}): never a formula or free text, so a portal's file carries it unaltered
 * @param numeroContrat the interprofession's bulk contract number
 * @param acciseDestinataire the consignee's excise number, for wine sent under a DAE to another bonded
 *     warehouse (in France or the EU): printed on the invoice and listed in the DRM
 * @param apurement when the DAE was discharged (the consignee's receipt came back); until then the DRM
 *     lists it as not discharged
 * @param nomAcheteur the buyer, for a sale to another bonded warehouse outside an interprofession contract: the
 *     portals ask for it (with its excise number, {@code acciseDestinataire}, and the price)
 * @param prixHl the price per hectolitre excluding VAT of such a sale, in euros, to the cent
 */
public record ReferenceSortie(
        @NotNull
        Optional<@Pattern(regexp = "[A-Z]{2}", message = "doit être un code pays ISO à deux lettres, comme BE") String>
                pays,

        @NotNull
        Optional<
                        @Pattern(
                                regexp = FORME_DOCUMENT,
                                message =
                                        "doit être un numéro de document : lettres majuscules et "
                                                + "chiffres (un DAE : son ARC de 21 caractères ; un DSA : le numéro du formulaire), 21 caractères au plus")
                        String>
                numeroDocument,

        @NotNull Optional<@Size(min = 1, max = 30) String> numeroContrat,

        @NotNull
        Optional<
                        @Pattern(
                                regexp = "[A-Z]{2}[0-9A-Z]{11}",
                                message = "doit compter 13 caractères, comme BE00001234E56")
                        String>
                acciseDestinataire,

        @NotNull Optional<LocalDate> apurement,
        @NotNull Optional<@Size(min = 1, max = 100) String> nomAcheteur,

        @NotNull
        Optional<
                        @DecimalMin(value = "0.00", message = "ne peut pas être négatif")
                        @Digits(integer = 9, fraction = 2, message = "au centime près") BigDecimal>
                prixHl) {

    /** A document number: letters and digits, with a space, a dot, a slash or a hyphen inside, 21 characters at most. */
    public static final String FORME_DOCUMENT = "[A-Z0-9](?:[A-Z0-9 ./-]{0,19}[A-Z0-9])?";
    /** A DAE's administrative reference code (ARC), as EMCS gives it: year, country, 16 letters or digits, a check digit. */
    public static final String FORME_ARC = "[0-9]{2}[A-Z]{2}[A-Z0-9]{16}[0-9]";

    /**
     * {@return an export's references: its destination country and its DAE's ARC}
     *
     * @param pays the destination country (ISO, two letters)
     * @param arc the DAE's administrative reference code
     * @throws fr.monchai.core.commun.DomainException naming the field, when a value breaks its rule
     */
    public static ReferenceSortie export(String pays, String arc) {
        return fr.monchai.core.commun.Saisie.valide(
                new ReferenceSortie(Optional.of(pays), Optional.of(arc), Optional.empty()));
    }

    /**
     * {@return the accompanying document of an exit in France (a DSA's number, a DAE's ARC)}
     *
     * @param numero the document's number
     * @throws fr.monchai.core.commun.DomainException naming the field, when the number breaks its rule
     */
    public static ReferenceSortie document(String numero) {
        return fr.monchai.core.commun.Saisie.valide(
                new ReferenceSortie(Optional.empty(), Optional.of(numero), Optional.empty()));
    }

    /**
     * {@return a bulk sale's contract}
     *
     * @param numero the interprofession's contract number
     * @throws fr.monchai.core.commun.DomainException naming the field, when the number breaks its rule
     */
    public static ReferenceSortie contrat(String numero) {
        return fr.monchai.core.commun.Saisie.valide(
                new ReferenceSortie(Optional.empty(), Optional.empty(), Optional.of(numero)));
    }

    /** No reference. */
    public static final ReferenceSortie AUCUNE =
            new ReferenceSortie(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * References without a consignee or a discharge: an export, a sale under a simplified document.
     *
     * @param pays the destination country
     * @param numeroDocument the accompanying document number
     * @param numeroContrat the bulk contract number
     */
    public ReferenceSortie(Optional<String> pays, Optional<String> numeroDocument, Optional<String> numeroContrat) {
        this(pays, numeroDocument, numeroContrat, Optional.empty(), Optional.empty());
    }

    /**
     * References without a buyer's name or price: an export, a delivery under a DAE, a sale under contract.
     *
     * @param pays the destination country
     * @param numeroDocument the accompanying document number
     * @param numeroContrat the bulk contract number
     * @param acciseDestinataire the consignee's excise number
     * @param apurement when the DAE was discharged
     */
    public ReferenceSortie(
            Optional<String> pays,
            Optional<String> numeroDocument,
            Optional<String> numeroContrat,
            Optional<String> acciseDestinataire,
            Optional<LocalDate> apurement) {
        this(pays, numeroDocument, numeroContrat, acciseDestinataire, apurement, Optional.empty(), Optional.empty());
    }

    /**
     * {@return these references, with the buyer of a sale outside an interprofession contract}
     *
     * @param nom the buyer's name
     * @param prixHlHt the price per hectolitre excluding VAT, in euros
     */
    public ReferenceSortie avecAcheteur(String nom, BigDecimal prixHlHt) {
        return new ReferenceSortie(
                pays,
                numeroDocument,
                numeroContrat,
                acciseDestinataire,
                apurement,
                Optional.of(nom),
                Optional.of(prixHlHt));
    }

    /**
     * Wine sent under a DAE to another bonded warehouse names that warehouse's excise number:
     * the relevé of DAE not discharged lists it, and the invoice serving as the DAE's commercial
     * document prints it.
     *
     * @param destination the exit's fiscal destination
     * @throws DomainException ({@code SAISIE_INVALIDE} on {@code numeroDocument}) when an exit under a DAE gives another
     *     number than an ARC; on {@code acciseDestinataire} when it is missing, or on
     *     {@code apurement} when given: a discharge is recorded when the receipt comes back, never with the exit; on
     *     {@code nomAcheteur} or {@code prixHl} when one comes without the other, or for another exit than a sale to a
     *     bonded warehouse outside an interprofession contract
     */
    public void verifierPour(DestinationFiscale destination) {
        if (apurement.isPresent()) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "apurement",
                    "l'apurement s'enregistre quand l'accusé de " + "réception du DAE revient, pas avec la sortie");
        }
        if (nomAcheteur.isPresent() != prixHl.isPresent()) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    nomAcheteur.isPresent() ? "prixHl" : "nomAcheteur",
                    "l'acheteur et le prix par hectolitre se donnent ensemble, pour une vente hors contrat interprofessionnel");
        }
        if (nomAcheteur.isPresent()
                && (destination != DestinationFiscale.ENTREPOSITAIRE_AGREE || numeroContrat.isPresent())) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "nomAcheteur",
                    "l'acheteur et le prix ne se déclarent que pour une "
                            + "vente à un entrepositaire agréé hors contrat interprofessionnel (sous contrat, le contrat les porte)");
        }
        if (numeroDocument.isPresent()
                && destination.sousDae()
                && !numeroDocument.get().matches(FORME_ARC)) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "numeroDocument",
                    "une sortie en droits suspendus voyage sous DAE : "
                            + "donnez son ARC, 21 caractères comme 26FRA00000000000001A1 (l'année, le pays, 16 lettres ou chiffres, un chiffre de contrôle)");
        }
        boolean entrepositaire = destination == DestinationFiscale.ENTREPOSITAIRE_AGREE
                || destination == DestinationFiscale.LIVRAISON_UE;
        if (entrepositaire && numeroDocument.isPresent() && acciseDestinataire.isEmpty()) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "acciseDestinataire",
                    "obligatoire pour un envoi sous DAE à un "
                            + "entrepositaire agréé : le numéro d'accise du destinataire figure sur la facture et dans la DRM");
        }
    }

    /**
     * {@return these references, the DAE discharged that day}
     *
     * @param date the day the consignee's receipt came back
     */
    public ReferenceSortie apuree(LocalDate date) {
        return new ReferenceSortie(
                pays, numeroDocument, numeroContrat, acciseDestinataire, Optional.of(date), nomAcheteur, prixHl);
    }
}
