package fr.monchai.server;

import java.net.URI;
import java.util.Optional;

/**
 * The address people reach the server at, for the links mailed to them: {@code MONCHAI_URL}
 * when set (behind a reverse proxy, with TLS), otherwise {@code http://localhost:PORT} once the
 * port is bound. Never taken from a request's {@code Host}, which a client chooses.
 */
public final class AdressePublique {

    private final Optional<URI> configuree;
    private volatile int port;

    /** @param configuree {@code MONCHAI_URL}, if set */
    public AdressePublique(Optional<URI> configuree) {
        this.configuree = configuree;
    }

    /** @param port the port the server listens on */
    void ecoute(int port) {
        this.port = port;
    }

    /** {@return the address, without a trailing slash} */
    public String texte() {
        return configuree.map(URI::toString).orElseGet(() -> "http://localhost:" + port);
    }
}
