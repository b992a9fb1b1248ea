package fr.monchai.server;

import java.nio.file.Path;
import java.util.Map;

/**
 * The server's settings, from environment variables (documented in the README).
 *
 * @param port {@code PORT}, the HTTP port (default 8080; 0 picks a free one)
 * @param donnees {@code MONCHAI_DATA}, the embedded PostgreSQL's folder (default {@code ./donnees})
 * @param plugins {@code MONCHAI_PLUGINS}, the folder of DRM plugin jars loaded at start (default
 *     {@code plugins} beside the data folder)
 * @param env the whole environment, for {@code DATABASE_URL} and its companions
 * @param cookiesSecurises {@code MONCHAI_SECURE_COOKIES}: true behind TLS (default false)
 * @param tailleCorpsMax {@code MONCHAI_MAX_BODY}, the largest request body in bytes (default 1 MiB)
 * @param derriereProxy {@code MONCHAI_TRUST_PROXY}: true behind one reverse proxy, whose
 *     {@code X-Forwarded-For} then names the client (default false: the peer's address does)
 */
public record Configuration(int port, Path donnees, Path plugins, Map<String, String> env, boolean cookiesSecurises, long tailleCorpsMax,
        boolean derriereProxy) {

    /**
     * @param env the environment, such as {@code System.getenv()}
     * @return the settings it gives, with the defaults
     */
    public static Configuration depuis(Map<String, String> env) {
        Path donnees = Path.of(env.getOrDefault("MONCHAI_DATA", "donnees"));
        Path plugins = env.containsKey("MONCHAI_PLUGINS") ? Path.of(env.get("MONCHAI_PLUGINS"))
                : donnees.toAbsolutePath().normalize().resolveSibling("plugins");
        return new Configuration(Integer.parseInt(env.getOrDefault("PORT", "8080")), donnees, plugins, Map.copyOf(env),
                Boolean.parseBoolean(env.getOrDefault("MONCHAI_SECURE_COOKIES", "false")),
                Long.parseLong(env.getOrDefault("MONCHAI_MAX_BODY", Long.toString(1 << 20))),
                Boolean.parseBoolean(env.getOrDefault("MONCHAI_TRUST_PROXY", "false")));
    }
}
