package fr.monchai.core.vente;

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
        @NotNull Optional<@Pattern(regexp = "[A-Z]{2}[0-9A-Z]{2,13}", message = "doit être un numéro de TVA intracommunautaire, comme FR32123456789") String> numeroTva,
        @NotNull Optional<@Pattern(regexp = "[A-Za-z0-9._-]{1,125}", message = "doit compter au plus 125 lettres, chiffres, points, tirets") String> adresseElectronique,
        @NotNull Optional<@Email @Size(max = 200) String> email) {}
