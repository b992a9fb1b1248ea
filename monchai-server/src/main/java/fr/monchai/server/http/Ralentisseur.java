package fr.monchai.server.http;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slows failed logins down, per address and per client (its IP address; an IPv6 client by its
 * /64, which one subscriber usually holds whole), with a growing wait: the first {@value
 * #GRATUITS} failures cost nothing, then each further one doubles the wait before the next
 * attempt (1 s after the fourth, 2 s after the fifth, 4 s…), up to {@link #ATTENTE_MAX_ADRESSE}
 * for an address and {@link #ATTENTE_MAX_CLIENT} for a client. Failures are forgotten {@link
 * #OUBLI} after the last one; a success forgets the address's.
 *
 * <p>An attempt is reserved before its password is checked, in one step with the check of the
 * wait: it counts as a failure until it succeeds. So a burst of parallel guesses gets no more
 * checks than the same guesses one after the other.
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

    /** What an attempt gave: the step's result, or the wait before the next attempt. */
    public sealed interface Essai<T> {
        /**
         * The step ran and succeeded.
         *
         * @param resultat what it returned
         */
        record Fait<T>(T resultat) implements Essai<T> {}

        /**
         * Too early: nothing was checked.
         *
         * @param attente how long to wait
         */
        record Attente<T>(Duration attente) implements Essai<T> {
            /** @return the wait in whole seconds, rounded up, at least one: what {@code Retry-After} and a person read */
            public long secondes() {
                return Ralentisseur.secondes(attente);
            }
        }
    }

    private final Clock horloge;
    // One lock for the three maps: checking a wait and reserving the attempt are one step.
    private final Map<String, Echecs> parAdresse = new HashMap<>();
    private final Map<String, Echecs> parClient = new HashMap<>();
    private final Map<String, Instant> connus = new HashMap<>();

    /** @param horloge the time (a fixed one in tests) */
    public Ralentisseur(Clock horloge) {
        this.horloge = horloge;
    }

    /**
     * Runs a step that checks a password for this address, unless this client must wait: the
     * attempt is reserved first (a failure until it succeeds). A success forgets the address's
     * failures and remembers the client as one of the address's; a refusal of the address or
     * password ({@code OPERATION_INCOHERENTE} on {@code email}) stays a failure and is thrown
     * on; any other refusal (a field left empty, say) did not test a password and is not counted.
     *
     * @param <T> what the step returns
     * @param adresse the address tried (any case)
     * @param client the client's IP address
     * @param etape the log-in or sign-up
     * @return what the step returned, or how long to wait
     */
    public <T> Essai<T> tenter(String adresse, String client, Supplier<T> etape) {
        Optional<Duration> attente = reserver(adresse, client);
        if (attente.isPresent()) {
            return new Essai.Attente<>(attente.get());
        }
        try {
            T resultat = etape.get();
            succes(adresse, client);
            return new Essai.Fait<>(resultat);
        } catch (DomainException e) {
            if (!(e.code() == CodeErreur.OPERATION_INCOHERENTE && "email".equals(e.champ()))) {
                annuler(adresse, client);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            annuler(adresse, client);
            throw e;
        }
    }

    /**
     * @param adresse the address tried (any case)
     * @param client the client's IP address
     * @return how long this client must still wait before trying this address, if at all (nothing is reserved)
     */
    public synchronized Optional<Duration> attente(String adresse, String client) {
        Instant maintenant = horloge.instant();
        Duration attente = reste(parClient.get(groupe(client)), ATTENTE_MAX_CLIENT, maintenant);
        Instant connu = connus.get(cle(adresse, client));
        if (connu == null || connu.plus(CONFIANCE).isBefore(maintenant)) {
            Duration adresseSeule = reste(parAdresse.get(normaliser(adresse)), ATTENTE_MAX_ADRESSE, maintenant);
            attente = adresseSeule.compareTo(attente) > 0 ? adresseSeule : attente;
        }
        return attente.isZero() ? Optional.empty() : Optional.of(attente);
    }

    /** @return the wait if any; otherwise the attempt is counted (as a failure, until {@link #succes}) */
    private synchronized Optional<Duration> reserver(String adresse, String client) {
        Optional<Duration> attente = attente(adresse, client);
        if (attente.isEmpty()) {
            Instant maintenant = horloge.instant();
            nettoyer(maintenant);
            parAdresse.merge(normaliser(adresse), new Echecs(1, maintenant), (a, b) -> suite(a, maintenant));
            parClient.merge(groupe(client), new Echecs(1, maintenant), (a, b) -> suite(a, maintenant));
        }
        return attente;
    }

    /**
     * The attempt succeeded: forgets the address's failures and remembers the client as one of the
     * address's. The client's earlier failures stay until they are forgotten: one success (such
     * as signing up a new address) must not buy an attacker a new series of attempts.
     */
    private synchronized void succes(String adresse, String client) {
        parAdresse.remove(normaliser(adresse));
        retirerUn(client);
        connus.put(cle(adresse, client), horloge.instant());
    }

    /**
     * The person proved they own the address some other way (a link mailed to it, followed from
     * this client): the client becomes one of the address's, and the address's failures are forgotten.
     *
     * @param adresse the address
     * @param client the client's IP address
     */
    public synchronized void reconnaitre(String adresse, String client) {
        parAdresse.remove(normaliser(adresse));
        connus.put(cle(adresse, client), horloge.instant());
    }

    /** The attempt tested no password: it is not counted. */
    private synchronized void annuler(String adresse, String client) {
        parAdresse.computeIfPresent(
                normaliser(adresse), (k, e) -> e.nombre() <= 1 ? null : new Echecs(e.nombre() - 1, e.dernier()));
        retirerUn(client);
    }

    private void retirerUn(String client) {
        parClient.computeIfPresent(
                groupe(client), (k, e) -> e.nombre() <= 1 ? null : new Echecs(e.nombre() - 1, e.dernier()));
    }

    /** @return a wait in whole seconds, rounded up, at least one: what {@code Retry-After} and a person read */
    public static long secondes(Duration attente) {
        return Math.max(1, (attente.toMillis() + 999) / 1000);
    }

    /**
     * {@return the key a client is counted under: its IPv4 address, or the /64 of its IPv6 address}
     *
     * @param client an IP address, as text
     */
    public static String groupe(String client) {
        Optional<InetAddress> a = Proxies.litterale(client == null ? "" : client);
        if (a.isEmpty() || a.get().getAddress().length != 16) {
            return client == null ? "" : client;
        }
        byte[] b = a.get().getAddress();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            sb.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff)))
                    .append(':');
        }
        return sb.append(":/64").toString();
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
        return adresse == null ? "" : adresse.strip().toLowerCase(Locale.ROOT);
    }

    private static String cle(String adresse, String client) {
        return normaliser(adresse) + "\n" + groupe(client);
    }
}
