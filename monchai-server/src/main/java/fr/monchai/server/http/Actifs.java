package fr.monchai.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where pages load the server's styles and scripts from: a path that names their content
 * ({@code /static/v1a2b3c4d5e}), so that a browser keeps them for a year without asking again
 * ({@code Cache-Control: immutable}) and still gets a new stylesheet the moment it changes.
 */
public final class Actifs {

    /** The path's prefix, such as {@code /static/v1a2b3c4d5e}, from the stylesheet's and htmx's content. */
    public static final String PREFIXE = "/static/v" + empreinte();

    private Actifs() {}

    private static String empreinte() {
        try (InputStream css = Actifs.class.getResourceAsStream("/webroot/css/app.css")) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (css != null) {
                sha.update(css.readAllBytes());
            }
            sha.update(Routeur.VERSION_HTMX.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
