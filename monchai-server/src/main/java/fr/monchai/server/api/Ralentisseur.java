package fr.monchai.server.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows failed logins down, per address and per client (its IP address), with a growing
 * wait: the first {@value #GRATUITS} failures cost nothing, then each further one doubles the
 * wait before the next attempt (1 s after the fourth, 2 s after the fifth, 4 s…), up to {@link #ATTENTE_MAX_ADRESSE} for an address
 * and {@link #ATTENTE_MAX_CLIENT} for a client. Failures are forgotten {@link #OUBLI} after the
 * last one; a success forgets the address's.
 *
 * <p>Never a lockout of a known user: the wait of an address does not apply to a client that
 * has logged in to it before, so a stranger failing on purpose slows only themselves (their
 * client's wait grows) and new clients of that address, by at most a minute. Kept in memory:
 * two servers each count their own attempts, which halves the slowing, never disables it.
 */
public final class Ralentisseur {

    static final int GRATUITS = 3;
    static final Duration ATTENTE_MAX_ADRESSE = Duration.ofMinutes(1);
    static final Duration ATTENTE_MAX_CLIENT = Duration.ofMinutes(5);
    static final Duration OUBLI = Duration.ofMinutes(15);
    private static final Duration CONFIANCE = Duration.ofDays(30);
    private static final int TAILLE_MAX = 100_000;

    private record Echecs(int nombre, Instant dernier) {}

    private final Clock horloge;
    private final Map<String, Echecs> parAdresse = new ConcurrentHashMap<>();
    private final Map<String, Echecs> parClient = new ConcurrentHashMap<>();
    private final Map<String, Instant> connus = new ConcurrentHashMap<>();

    /** @param horloge the time (a fixed one in tests) */
    public Ralentisseur(Clock horloge) {
        this.horloge = horloge;
    }

    /**
     * @param adresse the address tried (any case)
     * @param client the client's IP address
     * @return how long this client must still wait before trying this address, if at all
     */
    public Optional<Duration> attente(String adresse, String client) {
        Instant maintenant = horloge.instant();
        Duration attente = reste(parClient.get(client), ATTENTE_MAX_CLIENT, maintenant);
        Instant connu = connus.get(cle(adresse, client));
        if (connu == null || connu.plus(CONFIANCE).isBefore(maintenant)) {
            Duration adresseSeule = reste(parAdresse.get(normaliser(adresse)), ATTENTE_MAX_ADRESSE, maintenant);
            attente = adresseSeule.compareTo(attente) > 0 ? adresseSeule : attente;
        }
        return attente.isZero() ? Optional.empty() : Optional.of(attente);
    }

    /** Counts a failed attempt against the address and the client. */
    public void echec(String adresse, String client) {
        Instant maintenant = horloge.instant();
        nettoyer(maintenant);
        parAdresse.merge(normaliser(adresse), new Echecs(1, maintenant), (a, b) -> suite(a, maintenant));
        parClient.merge(client, new Echecs(1, maintenant), (a, b) -> suite(a, maintenant));
    }

    /**
     * Forgets the address's failures and remembers the client as one of the address's. The
     * client's own failures stay until they are forgotten: one success (such as signing up a
     * new address) must not buy an attacker a new series of attempts.
     */
    public void succes(String adresse, String client) {
        parAdresse.remove(normaliser(adresse));
        connus.put(cle(adresse, client), horloge.instant());
    }

    /** @return a wait in whole seconds, rounded up, at least one: what {@code Retry-After} and a person read */
    public static long secondes(Duration attente) {
        return Math.max(1, (attente.toMillis() + 999) / 1000);
    }

    /**
     * Runs a step that checks a password for this address: a success is counted as one, a
     * refusal of the address or password ({@code OPERATION_INCOHERENTE} on {@code email}) as a
     * failure; the refusal is thrown on.
     *
     * @param etape the log-in or sign-up
     * @return what it returned
     */
    public <T> T tenter(String adresse, String client, java.util.function.Supplier<T> etape) {
        try {
            T resultat = etape.get();
            succes(adresse, client);
            return resultat;
        } catch (fr.monchai.core.commun.DomainException e) {
            if (e.code() == fr.monchai.core.commun.CodeErreur.OPERATION_INCOHERENTE && "email".equals(e.champ())) {
                echec(adresse, client);
            }
            throw e;
        }
    }

    private static Echecs suite(Echecs avant, Instant maintenant) {
        int nombre = avant.dernier().plus(OUBLI).isBefore(maintenant) ? 1 : avant.nombre() + 1;
        return new Echecs(nombre, maintenant);
    }

    /** The wait left after the last failure: 2^(n - GRATUITS - 1) seconds past the free failures, capped. */
    private static Duration reste(Echecs e, Duration max, Instant maintenant) {
        if (e == null || e.nombre() <= GRATUITS || e.dernier().plus(OUBLI).isBefore(maintenant)) {
            return Duration.ZERO;
        }
        int exposant = Math.min(e.nombre() - GRATUITS - 1, 20);
        Duration attente = Duration.ofSeconds(1L << exposant);
        if (attente.compareTo(max) > 0) {
            attente = max;
        }
        Duration reste = Duration.between(maintenant, e.dernier().plus(attente));
        return reste.isNegative() ? Duration.ZERO : reste;
    }

    /** Bounds the memory an attacker can fill with addresses and clients. */
    private void nettoyer(Instant maintenant) {
        if (parAdresse.size() + parClient.size() > TAILLE_MAX) {
            parAdresse.values().removeIf(e -> e.dernier().plus(OUBLI).isBefore(maintenant));
            parClient.values().removeIf(e -> e.dernier().plus(OUBLI).isBefore(maintenant));
        }
        if (connus.size() > TAILLE_MAX) {
            connus.values().removeIf(i -> i.plus(CONFIANCE).isBefore(maintenant));
        }
    }

    private static String normaliser(String adresse) {
        return adresse == null ? "" : adresse.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String cle(String adresse, String client) {
        return normaliser(adresse) + "\n" + client;
    }
}
