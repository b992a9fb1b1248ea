package fr.monchai.core.parametres;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.crd.TypeCapsule;
import fr.monchai.core.vente.Adresse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A domaine's identity on its documents: the seller block of its invoices
 * ({@code fr.monchai.facture.spi.Vendeur#de}), the declarant of its DRM ({@code fr.monchai.drm.modele.Declarant#de}).
 * Its constraints are checked by {@link #valider}; a store keeps it whole.
 *
 * @param raisonSociale the legal name
 * @param formeJuridique the legal form
 * @param capital the share capital, empty for an individual farmer
 * @param adresse the registered address
 * @param siren the SIREN
 * @param siret the SIRET
 * @param villeRcs the RCS city, for a company
 * @param numeroTva the intra-EU VAT number
 * @param numeroAccise the excise number
 * @param iban the bank account
 * @param bic its BIC
 * @param telephone a phone number
 * @param numeroCvi the CVI number
 * @param identifiantInterloire the establishment's InterLoire id (8 digits)
 * @param identifiantsInterprofession its id at other interprofessions, by their DRM plugin's id (such as « bivc »);
 *     {@code identifiant_interloire} is the {@code interloire} one
 * @param transporteur when invoices serve as DSA, the carrier
 * @param regimesCrd the capsule regimes the domaine declares to customs (absent: collective capsules under bond);
 *     every DRM declares each, and an exit under a regime not listed is refused at the preview
 */
public record IdentiteDomaine(
        @NotBlank @Size(max = 200) String raisonSociale,
        @NotBlank @Size(max = 50) String formeJuridique,
        @NotNull @Size(max = 50) String capital,
        @NotNull @Valid Adresse adresse,

        @NotNull @Pattern(regexp = "[0-9]{9}", message = "doit compter 9 chiffres")
        String siren,

        @NotNull @Pattern(regexp = "[0-9]{14}", message = "doit compter 14 chiffres")
        String siret,

        @NotNull Optional<@Size(max = 100) String> villeRcs,

        @NotNull @Pattern(regexp = "FR[0-9A-Z]{2}[0-9]{9}", message = "doit être un numéro de TVA français")
        String numeroTva,

        @NotNull
        Optional<
                        @Pattern(
                                regexp = "[A-Z]{2}[0-9A-Z]{11}",
                                message = "doit compter 13 caractères, comme FR012345E6789")
                        String>
                numeroAccise,

        @NotNull @Pattern(regexp = "[A-Z]{2}[0-9A-Z]{13,32}", message = "doit être un IBAN sans espaces")
        String iban,

        @NotNull @Pattern(regexp = "[A-Z0-9]{8}([A-Z0-9]{3})?", message = "doit être un BIC")
        String bic,

        @NotNull @Size(max = 30) String telephone,
        @NotNull Optional<@Pattern(regexp = "[0-9A-Z]{10}", message = "doit compter 10 caractères") String> numeroCvi,

        @NotNull
        Optional<@Pattern(regexp = "[0-9]{8}", message = "doit compter 8 chiffres") String> identifiantInterloire,

        @NotNull
        Optional<
                        @Size(max = 10) Map<
                                @Pattern(
                                        regexp = "[a-z0-9][a-z0-9-]{0,39}",
                                        message = "doit être l'identifiant d'un module DRM")
                                String,
                                @NotBlank @Size(max = 40) String>>
                identifiantsInterprofession,

        @NotNull Optional<@Size(max = 300) String> transporteur,
        @NotNull Optional<@Size(max = 3) List<@NotNull TypeCapsule>> regimesCrd) {

    /**
     * {@return the identity, once its constraints hold}
     *
     * @param identite an identity as entered
     * @throws DomainException ({@code SAISIE_INVALIDE}) naming every field that breaks a rule
     */
    public static IdentiteDomaine valider(IdentiteDomaine identite) {
        IdentiteDomaine valide = Saisie.valide(identite);
        valide.identifiantsParPortail();
        return valide;
    }

    /**
     * {@return the establishment's id at each interprofession, by its DRM plugin's id}: those of
     * {@code identifiantsInterprofession}, with {@code identifiantInterloire} as the {@code interloire} one
     *
     * @throws DomainException when {@code identifiantInterloire} and the {@code interloire} entry differ: neither is
     *     taken over the other without a word
     */
    public Map<String, String> identifiantsParPortail() {
        Map<String, String> identifiants = new TreeMap<>(identifiantsInterprofession.orElse(Map.of()));
        if (identifiantInterloire.isPresent()) {
            String autre = identifiants.put("interloire", identifiantInterloire.get());
            if (autre != null && !autre.equals(identifiantInterloire.get())) {
                throw new DomainException(
                        CodeErreur.SAISIE_INVALIDE,
                        "identifiants_interprofession",
                        "l'identifiant « interloire » (" + autre + ") doit être celui d'identifiant_interloire ("
                                + identifiantInterloire.get() + ") : ne le donnez qu'une fois");
            }
        }
        return identifiants;
    }

    /** {@return the capsule regimes it declares: collective capsules under bond when none were given} */
    public Set<TypeCapsule> regimesDeclares() {
        return Set.copyOf(regimesCrd.orElse(List.of(TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS)));
    }
}
