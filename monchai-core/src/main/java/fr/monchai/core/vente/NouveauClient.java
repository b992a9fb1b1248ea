package fr.monchai.core.vente;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * A customer to record.
 *
 * @param type consumer or business
 * @param nom the name
 * @param adresseFacturation the billing address
 * @param adresseLivraison the delivery address, when different
 * @param siren the SIREN
 * @param siret the SIRET
 * @param numeroTva the intra-EU VAT number
 * @param adresseElectronique the e-invoicing address
 * @param email an e-mail address
 */
public record NouveauClient(
        @NotNull TypeClient type,
        @NotBlank @Size(max = 200) String nom,
        @NotNull @Valid Adresse adresseFacturation,
        @NotNull Optional<@Valid Adresse> adresseLivraison,
        @NotNull Optional<@Pattern(regexp = "[0-9]{9}", message = "doit compter 9 chiffres") String> siren,
        @NotNull Optional<@Pattern(regexp = "[0-9]{14}", message = "doit compter 14 chiffres") String> siret,

        @NotNull
        Optional<
                        @Pattern(
                                regexp = "[A-Z]{2}[0-9A-Z]{2,13}",
                                message = "doit être un numéro de TVA intracommunautaire, comme FR32123456789")
                        String>
                numeroTva,

        @NotNull
        Optional<
                        @Pattern(
                                regexp = "[A-Za-z0-9._-]{1,125}",
                                message = "doit compter au plus 125 lettres, chiffres, points, tirets")
                        String>
                adresseElectronique,

        @NotNull Optional<@Email @Size(max = 200) String> email) {

    /**
     * {@return a consumer (prices and invoices with VAT)}
     *
     * @param nom the name
     * @param adresse the billing address
     * @throws DomainException naming the field, when a value breaks its rule
     */
    public static NouveauClient particulier(String nom, Adresse adresse) {
        return Saisie.valide(new NouveauClient(
                TypeClient.PARTICULIER,
                nom,
                adresse,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    }

    /**
     * {@return a business (prices before VAT, e-invoicing)}: a French one names its SIREN with
     * {@link #siren(String)}, a foreign one its VAT number with {@link #numeroTva(String)}
     *
     * @param nom the company name
     * @param adresse the billing address
     * @throws DomainException naming the field, when a value breaks its rule
     */
    public static NouveauClient professionnel(String nom, Adresse adresse) {
        return Saisie.valide(new NouveauClient(
                TypeClient.PROFESSIONNEL,
                nom,
                adresse,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    }

    /**
     * {@return this customer, with that SIREN}
     *
     * @param numero 9 digits
     */
    public NouveauClient siren(String numero) {
        return Saisie.valide(new NouveauClient(
                type,
                nom,
                adresseFacturation,
                adresseLivraison,
                Optional.of(numero),
                siret,
                numeroTva,
                adresseElectronique,
                email));
    }

    /**
     * {@return this customer, delivered to that address}
     *
     * @param adresse the delivery address
     */
    public NouveauClient livreA(Adresse adresse) {
        return Saisie.valide(new NouveauClient(
                type,
                nom,
                adresseFacturation,
                Optional.of(adresse),
                siren,
                siret,
                numeroTva,
                adresseElectronique,
                email));
    }

    /**
     * {@return this customer, with that SIRET}
     *
     * @param siret 14 digits
     */
    public NouveauClient siret(String siret) {
        return Saisie.valide(new NouveauClient(
                type,
                nom,
                adresseFacturation,
                adresseLivraison,
                siren,
                Optional.of(siret),
                numeroTva,
                adresseElectronique,
                email));
    }

    /**
     * {@return this customer, with that intra-EU VAT number}
     *
     * @param numero such as FR32123456789
     */
    public NouveauClient numeroTva(String numero) {
        return Saisie.valide(new NouveauClient(
                type,
                nom,
                adresseFacturation,
                adresseLivraison,
                siren,
                siret,
                Optional.of(numero),
                adresseElectronique,
                email));
    }

    /**
     * {@return this customer, with that e-invoicing address}
     *
     * @param adresse its address on the e-invoicing platforms
     */
    public NouveauClient adresseElectronique(String adresse) {
        return Saisie.valide(new NouveauClient(
                type, nom, adresseFacturation, adresseLivraison, siren, siret, numeroTva, Optional.of(adresse), email));
    }

    /**
     * {@return this customer, with that e-mail address}
     *
     * @param adresse an e-mail address
     */
    public NouveauClient email(String adresse) {
        return Saisie.valide(new NouveauClient(
                type,
                nom,
                adresseFacturation,
                adresseLivraison,
                siren,
                siret,
                numeroTva,
                adresseElectronique,
                Optional.of(adresse)));
    }
}
