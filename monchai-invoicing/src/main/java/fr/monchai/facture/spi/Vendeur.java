package fr.monchai.facture.spi;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.vente.Adresse;
import java.util.Optional;

/**
 * The estate as its invoices name it (docs/INVOICING.md §1.3).
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
public record Vendeur(
        String raisonSociale,
        String formeJuridique,
        String capital,
        Adresse adresse,
        String siren,
        String siret,
        Optional<String> villeRcs,
        String numeroTva,
        Optional<String> numeroAccise,
        String iban,
        String bic,
        String adresseElectronique,
        String telephone,
        Optional<byte[]> logoJpeg) {

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
        exiger(adresse != null, "adresse", "obligatoire : l'adresse du siège figure sur chaque facture");
        exiger(
                formeJuridique != null && capital != null && telephone != null,
                "formeJuridique",
                "la forme juridique, le capital et le téléphone sont des textes, vides s'ils ne s'appliquent pas");
        exiger(
                villeRcs != null && numeroAccise != null && logoJpeg != null,
                "villeRcs",
                "une valeur absente est Optional.empty()");
        exiger(
                adresseElectronique != null && !adresseElectronique.isBlank(),
                "adresseElectronique",
                "obligatoire : l'adresse de facturation électronique (en France, le SIREN ou SIREN_suffixe)");
        exiger(
                siren != null && siren.matches("[0-9]{9}") && fr.monchai.core.commun.Identifiants.luhn(siren),
                "siren",
                "doit compter 9 chiffres dont le dernier est la clé de contrôle (algorithme de Luhn)");
        exiger(
                siret != null
                        && siret.matches("[0-9]{14}")
                        && fr.monchai.core.commun.Identifiants.luhn(siret)
                        && siret.startsWith(siren),
                "siret",
                "doit compter 14 chiffres, commencer par le SIREN et avoir une clé de contrôle juste (Luhn)");
        exiger(
                numeroTva != null && fr.monchai.core.commun.Identifiants.tvaValide(numeroTva, siren),
                "numeroTva",
                "doit être un numéro de TVA intracommunautaire, en France FR, la clé puis le SIREN (comme FR44732829320)");
        exiger(
                iban != null && fr.monchai.core.commun.Identifiants.ibanValide(iban),
                "iban",
                "doit être un IBAN dont la clé de contrôle est juste");
        exiger(
                bic != null && bic.replace(" ", "").matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?"),
                "bic",
                "doit compter 8 ou 11 caractères");
    }

    /**
     * {@return a builder of the estate's identity}: name each part, then
     * {@link Builder#build()} checks them all. The e-invoicing address defaults to the SIREN.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the seller block of a domaine's invoices, from its identity}
     *
     * @param identite the domaine's identity
     * @throws fr.monchai.core.commun.DomainException when an identifier does not hold its form
     */
    public static Vendeur de(fr.monchai.core.parametres.IdentiteDomaine identite) {
        return new Vendeur(
                identite.raisonSociale(),
                identite.formeJuridique(),
                identite.capital(),
                identite.adresse(),
                identite.siren(),
                identite.siret(),
                identite.villeRcs(),
                identite.numeroTva(),
                identite.numeroAccise(),
                identite.iban(),
                identite.bic(),
                identite.siren(),
                identite.telephone(),
                java.util.Optional.empty());
    }

    /** Names the parts of a {@link Vendeur} one by one; not shared between threads. */
    public static final class Builder {
        private String raisonSociale;
        private String formeJuridique = "";
        private String capital = "";
        private Adresse adresse;
        private String siren;
        private String siret;
        private Optional<String> villeRcs = Optional.empty();
        private String numeroTva;
        private Optional<String> numeroAccise = Optional.empty();
        private String iban;
        private String bic;
        private Optional<String> adresseElectronique = Optional.empty();
        private String telephone = "";
        private Optional<byte[]> logoJpeg = Optional.empty();

        private Builder() {}

        /**
         * {@return this builder}
         *
         * @param nom the legal name, such as « SCEA Domaine de la Pierre Bleue »
         * @param forme the legal form, such as « SCEA »; empty for an individual farmer
         * @param capitalSocial the share capital, such as « 15 000 € »; empty for an individual farmer
         */
        public Builder raisonSociale(String nom, String forme, String capitalSocial) {
            this.raisonSociale = nom;
            this.formeJuridique = forme;
            this.capital = capitalSocial;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param siege the registered address
         */
        public Builder adresse(Adresse siege) {
            this.adresse = siege;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param numeroSiren 9 digits with their Luhn key
         * @param numeroSiret 14 digits, starting with the SIREN
         */
        public Builder siret(String numeroSiren, String numeroSiret) {
            this.siren = numeroSiren;
            this.siret = numeroSiret;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param ville the city of the RCS registry, for a company
         */
        public Builder villeRcs(String ville) {
            this.villeRcs = Optional.of(ville);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param numero the intra-EU VAT number, such as FR44732829320
         */
        public Builder numeroTva(String numero) {
            this.numeroTva = numero;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param numero the excise number of the bonded warehouse
         */
        public Builder numeroAccise(String numero) {
            this.numeroAccise = Optional.of(numero);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param compte the IBAN to pay to
         * @param code its BIC
         */
        public Builder banque(String compte, String code) {
            this.iban = compte;
            this.bic = code;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param adresse the e-invoicing address, when it is not the SIREN alone
         */
        public Builder adresseElectronique(String adresse) {
            this.adresseElectronique = Optional.of(adresse);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param numero a phone number for customers
         */
        public Builder telephone(String numero) {
            this.telephone = numero;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param jpeg the logo as a JPEG (no transparency: PDF/A forbids it)
         */
        public Builder logo(byte[] jpeg) {
            this.logoJpeg = Optional.of(jpeg.clone());
            return this;
        }

        /**
         * {@return the estate's identity, checked}
         *
         * @throws DomainException ({@code SAISIE_INVALIDE}) naming the first missing or malformed part and its rule
         */
        public Vendeur build() {
            return new Vendeur(
                    raisonSociale,
                    formeJuridique,
                    capital,
                    adresse,
                    siren,
                    siret,
                    villeRcs,
                    numeroTva,
                    numeroAccise,
                    iban,
                    bic,
                    adresseElectronique.orElse(siren),
                    telephone,
                    logoJpeg);
        }
    }

    private static void exiger(boolean juste, String champ, String regle) {
        if (!juste) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, champ, regle);
        }
    }
}
