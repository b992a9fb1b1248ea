package fr.monchai.core.vente;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A postal address.
 *
 * @param rue street and number (several lines separated by a line break)
 * @param codePostal the postcode
 * @param ville the city
 * @param pays the country, ISO 3166 alpha-2 (such as {@code FR})
 */
public record Adresse(
        @NotBlank @Size(max = 300) String rue,
        @NotBlank @Size(max = 20) String codePostal,
        @NotBlank @Size(max = 100) String ville,

        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "doit être un code pays ISO à deux lettres, comme FR")
        String pays) {}
