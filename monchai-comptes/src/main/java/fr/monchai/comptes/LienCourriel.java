package fr.monchai.comptes;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A link mailed to a person, as it is stored: the SHA-256 of its secret, never the secret.
 *
 * @param empreinte the SHA-256 of the link's secret
 * @param objet what following it does
 * @param email the address it was sent to
 * @param domaineId the domaine of an invitation
 * @param utilisateurId the membership of an invitation
 * @param nomDomaine a sign-up's domaine name
 * @param nom a sign-up's person's name
 * @param motDePasse a sign-up's password hash
 * @param expire when it stops working
 */
public record LienCourriel(
        String empreinte,
        ObjetLien objet,
        String email,
        OptionalLong domaineId,
        OptionalLong utilisateurId,
        Optional<String> nomDomaine,
        Optional<String> nom,
        Optional<String> motDePasse,
        Instant expire) {}
