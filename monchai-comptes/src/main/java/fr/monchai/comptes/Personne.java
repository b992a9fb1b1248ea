package fr.monchai.comptes;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A person: an e-mail address and its one password, for every domaine it belongs to.
 *
 * @param email the address, lower-cased
 * @param motDePasse its password's salted hash; empty until the person chose one
 * @param verifieeLe when the person proved the address by a link mailed to it; empty for an
 *     account of an earlier version, which proves it at its next log-in
 * @param domainePrefere the domaine the person last chose, where a log-in opens
 */
public record Personne(
        String email, Optional<String> motDePasse, Optional<Instant> verifieeLe, OptionalLong domainePrefere) {}
