package fr.monchai.facture.spi;

import fr.monchai.core.vente.Adresse;
import java.util.Optional;

/**
 * The estate as its invoices name it (INVOICING.md §1.3).
 *
 * @param raisonSociale the legal name, such as « SCEA Domaine de la Pierre Bleue »
 * @param formeJuridique the legal form, such as « SCEA »
 * @param capital the share capital, such as « 15 000 € »; empty for an individual farmer
 * @param adresse the registered address
 * @param siren the SIREN (9 digits)
 * @param siret the SIRET (14 digits, starting with the SIREN)
 * @param villeRcs the city of the RCS registry, for a company
 * @param numeroTva the intra-EU VAT number
 * @param numeroAccise the excise number of the bonded warehouse
 * @param iban the account to pay to
 * @param bic its BIC
 * @param adresseElectronique the e-invoicing address (in France: the SIREN, or SIREN_suffix)
 * @param telephone a phone number for customers
 * @param logoJpeg the logo as a JPEG (no transparency: PDF/A forbids it), if any
 */
public record Vendeur(String raisonSociale, String formeJuridique, String capital, Adresse adresse, String siren, String siret,
        Optional<String> villeRcs, String numeroTva, Optional<String> numeroAccise, String iban, String bic, String adresseElectronique,
        String telephone, Optional<byte[]> logoJpeg) {}
