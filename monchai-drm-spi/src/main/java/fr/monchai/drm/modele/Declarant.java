package fr.monchai.drm.modele;

import java.util.Optional;

/**
 * Who declares: the estate as customs and its interprofession know it.
 *
 * @param raisonSociale the company name
 * @param numeroAccise the excise number (13 characters, such as {@code FR012345E6789})
 * @param numeroCvi the CVI (casier viticole) number, if any
 * @param identifiantInterprofession the estate's id at its interprofession (InterLoire: 8 digits), if any
 */
public record Declarant(String raisonSociale, String numeroAccise, Optional<String> numeroCvi,
        Optional<String> identifiantInterprofession) {

    /**
     * {@return a declarant known by its excise number alone}
     *
     * @param raisonSociale the company name
     * @param numeroAccise the excise number (13 characters, such as {@code FR012345E6789})
     */
    public static Declarant de(String raisonSociale, String numeroAccise) {
        return new Declarant(raisonSociale, numeroAccise, Optional.empty(), Optional.empty());
    }

    /**
     * {@return this input, with that CVI number}
     *
     * @param numero the CVI (casier viticole) number
     */
    public Declarant cvi(String numero) {
        return new Declarant(raisonSociale, numeroAccise, Optional.of(numero), identifiantInterprofession);
    }

    /**
     * {@return this input, with its id at its interprofession}
     *
     * @param identifiant the estate's id at its interprofession
     */
    public Declarant interprofession(String identifiant) {
        return new Declarant(raisonSociale, numeroAccise, numeroCvi, Optional.of(identifiant));
    }
}
