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
        Optional<String> identifiantInterprofession) {}
