package fr.monchai.facture.spi;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
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
        String telephone, Optional<byte[]> logoJpeg) {

    /**
     * Checks what a customer's or a platform's software checks on an invoice: a SIREN and a
     * SIRET with their Luhn key, the SIRET starting with the SIREN, a French VAT number whose key
     * matches the SIREN (another country's in its general shape), an IBAN whose mod-97 key holds,
     * a BIC of 8 or 11 characters. A wrong identifier is refused before any invoice carries it.
     *
     * @throws DomainException ({@code SAISIE_INVALIDE}) naming the field and the rule
     */
    public Vendeur {
        exiger(raisonSociale != null && !raisonSociale.isBlank(), "raisonSociale", "obligatoire");
        exiger(siren != null && siren.matches("[0-9]{9}") && Identifiants.luhn(siren), "siren",
                "doit compter 9 chiffres dont le dernier est la clé de contrôle (algorithme de Luhn)");
        exiger(siret != null && siret.matches("[0-9]{14}") && Identifiants.luhn(siret) && siret.startsWith(siren), "siret",
                "doit compter 14 chiffres, commencer par le SIREN et avoir une clé de contrôle juste (Luhn)");
        exiger(numeroTva != null && Identifiants.tvaValide(numeroTva, siren), "numeroTva",
                "doit être un numéro de TVA intracommunautaire, en France FR, la clé puis le SIREN (comme FR44732829320)");
        exiger(iban != null && Identifiants.ibanValide(iban), "iban", "doit être un IBAN dont la clé de contrôle est juste");
        exiger(bic != null && bic.replace(" ", "").matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?"), "bic", "doit compter 8 ou 11 caractères");
    }

    private static void exiger(boolean juste, String champ, String regle) {
        if (!juste) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, champ, regle);
        }
    }
}
