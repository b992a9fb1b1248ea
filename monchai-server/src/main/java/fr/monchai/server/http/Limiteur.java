package fr.monchai.server.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts requests that send mail or create accounts (sign-ups, password resets), per key (a
 * client's address group, an e-mail address) over a fixed window: past {@code maximum} in
 * {@code fenetre}, the next waits for the window to end. Kept in memory, per server.
 */
public final class Limiteur {

    private record Fenetre(Instant debut, int nombre) {}

    private static final int TAILLE_MAX = 100_000;

    private final Clock horloge;
    private final int maximum;
    private final Duration fenetre;
    private final Map<String, Fenetre> compteurs = new HashMap<>();

    /**
     * @param horloge the time
     * @param maximum how many requests a key may make in a window
     * @param fenetre the window's length
     */
    public Limiteur(Clock horloge, int maximum, Duration fenetre) {
        this.horloge = horloge;
        this.maximum = maximum;
        this.fenetre = fenetre;
    }

    /**
     * Counts a request of these keys, unless one of them has made its maximum already.
     *
     * @param cles the keys the request counts for
     * @return how long to wait, when refused (nothing is counted then)
     */
    public synchronized Optional<Duration> prendre(String... cles) {
        Instant maintenant = horloge.instant();
        if (compteurs.size() > TAILLE_MAX) {
            compteurs.values().removeIf(f -> !f.debut().plus(fenetre).isAfter(maintenant));
        }
        Duration attente = Duration.ZERO;
        for (String cle : cles) {
            Fenetre f = compteurs.get(cle);
            if (f != null && f.debut().plus(fenetre).isAfter(maintenant) && f.nombre() >= maximum) {
                Duration reste = Duration.between(maintenant, f.debut().plus(fenetre));
                attente = reste.compareTo(attente) > 0 ? reste : attente;
            }
        }
        if (!attente.isZero()) {
            return Optional.of(attente);
        }
        for (String cle : cles) {
            compteurs.merge(
                    cle,
                    new Fenetre(maintenant, 1),
                    (f, n) -> f.debut().plus(fenetre).isAfter(maintenant) ? new Fenetre(f.debut(), f.nombre() + 1) : n);
        }
        return Optional.empty();
    }
}
