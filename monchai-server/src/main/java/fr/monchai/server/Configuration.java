package fr.monchai.server;

import fr.monchai.server.http.Proxies;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The server's settings, from environment variables (documented in the README).
 *
 * @param port {@code PORT}, the HTTP port (default 8080; 0 picks a free one)
 * @param ecoute {@code MONCHAI_LISTEN}, the address the server listens on (default {@code 0.0.0.0},
 *     every interface; {@code 127.0.0.1} behind a reverse proxy on the same machine)
 * @param donnees {@code MONCHAI_DATA}, the embedded PostgreSQL's folder (default {@code ./donnees})
 * @param plugins {@code MONCHAI_PLUGINS}, the folder of DRM plugin jars loaded at start (default
 *     {@code plugins} beside the data folder)
 * @param env the whole environment, for {@code DATABASE_URL} and its companions
 * @param cookiesSecurises {@code MONCHAI_SECURE_COOKIES}: true behind TLS (default false): cookies get
 *     {@code Secure} and answers {@code Strict-Transport-Security}
 * @param tailleCorpsMax {@code MONCHAI_MAX_BODY}, the largest request body in bytes (default 1 MiB)
 * @param proxies {@code MONCHAI_TRUSTED_PROXIES}, the reverse proxies whose {@code X-Forwarded-For}
 *     names the client (addresses or CIDR blocks, comma-separated; default none: the peer's
 *     address is the client's)
 * @param adressePublique {@code MONCHAI_URL}, the address people reach the server at, for the links
 *     mailed to them (default {@code http://localhost:PORT}); never read from a request's {@code Host}
 * @param smtp {@code SMTP_URL}, the mail server ({@code smtp://user:password@host:587}, {@code
 *     smtps://…:465}); without it mails go to the outbox table and the log (a local run)
 * @param expediteur {@code MONCHAI_MAIL_FROM}, the sender of the mails (default {@code Mon Chai
 *     <ne-pas-repondre@monchai.localhost>})
 */
public record Configuration(
        int port,
        String ecoute,
        Path donnees,
        Path plugins,
        Map<String, String> env,
        boolean cookiesSecurises,
        long tailleCorpsMax,
        Proxies proxies,
        Optional<URI> adressePublique,
        Optional<URI> smtp,
        String expediteur) {

    /**
     * @param env the environment, such as {@code System.getenv()}
     * @return the settings it gives, with the defaults
     * @throws IllegalArgumentException when a variable cannot be read (its name and what it expects)
     */
    public static Configuration depuis(Map<String, String> env) {
        Path donnees = Path.of(env.getOrDefault("MONCHAI_DATA", "donnees"));
        Path plugins = env.containsKey("MONCHAI_PLUGINS")
                ? Path.of(env.get("MONCHAI_PLUGINS"))
                : donnees.toAbsolutePath().normalize().resolveSibling("plugins");
        String proxies = env.getOrDefault("MONCHAI_TRUSTED_PROXIES", "");
        if (proxies.isBlank() && Boolean.parseBoolean(env.getOrDefault("MONCHAI_TRUST_PROXY", "false"))) {
            // The setting of earlier versions meant one reverse proxy on the same machine.
            proxies = "127.0.0.1,::1";
        }
        return new Configuration(
                Integer.parseInt(env.getOrDefault("PORT", "8080")),
                env.getOrDefault("MONCHAI_LISTEN", "0.0.0.0"),
                donnees,
                plugins,
                Map.copyOf(env),
                Boolean.parseBoolean(env.getOrDefault("MONCHAI_SECURE_COOKIES", "false")),
                Long.parseLong(env.getOrDefault("MONCHAI_MAX_BODY", Long.toString(1 << 20))),
                Proxies.depuis(proxies),
                uri(env, "MONCHAI_URL"),
                uri(env, "SMTP_URL"),
                env.getOrDefault("MONCHAI_MAIL_FROM", "Mon Chai <ne-pas-repondre@monchai.localhost>"));
    }

    private static Optional<URI> uri(Map<String, String> env, String nom) {
        String valeur = env.get(nom);
        if (valeur == null || valeur.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(valeur.strip().replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            uri = null; // its message would repeat the value, which may hold a password
        }
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    nom + " must be an absolute address, such as https://monchai.example.fr or "
                            + "smtp://user:password@host:587");
        }
        return Optional.of(uri);
    }
}
