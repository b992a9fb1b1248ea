package fr.monchai.server.api;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** Counts failed logins per e-mail in a sliding window: past the limit, logins wait (HTTP 429). */
public final class Limiteur {

    private final int maximum;
    private final long fenetreNanos;
    private final ConcurrentHashMap<String, long[]> echecs = new ConcurrentHashMap<>();

    /**
     * @param maximum failures allowed in a window
     * @param fenetre the window
     */
    public Limiteur(int maximum, Duration fenetre) {
        this.maximum = maximum;
        this.fenetreNanos = fenetre.toNanos();
    }

    /** @param cle an e-mail @return whether another attempt is allowed now */
    public boolean autorise(String cle) {
        long[] e = echecs.get(cle);
        return e == null || System.nanoTime() - e[1] > fenetreNanos || e[0] < maximum;
    }

    /** @param cle an e-mail whose attempt failed */
    public void echec(String cle) {
        long maintenant = System.nanoTime();
        echecs.compute(cle, (k, e) -> e == null || maintenant - e[1] > fenetreNanos ? new long[] {1, maintenant}
                : new long[] {e[0] + 1, e[1]});
    }

    /** @param cle an e-mail that logged in */
    public void succes(String cle) {
        echecs.remove(cle);
    }
}
