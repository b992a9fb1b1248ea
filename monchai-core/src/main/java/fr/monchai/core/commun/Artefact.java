package fr.monchai.core.commun;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A file produced by an export: a CSV, an XML, a PDF.
 *
 * @param nom its file name, such as {@code drm-202603.csv}
 * @param typeMedia its media type, such as {@code text/csv}
 * @param contenu its bytes
 */
// Its bytes are copied in and out, and equals, hashCode and toString compare and show them by content.
@SuppressWarnings("ArrayRecordComponent")
public record Artefact(String nom, String typeMedia, byte[] contenu) {

    /** Keeps the bytes private to this value. */
    public Artefact {
        contenu = contenu.clone();
    }

    /** {@return a copy of its bytes} */
    @Override
    public byte[] contenu() {
        return contenu.clone();
    }

    /** {@return the SHA-256 of its bytes, in lowercase hexadecimal} */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** {@return its content read as UTF-8 text} */
    public String texte() {
        return new String(contenu, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Artefact a
                && nom.equals(a.nom)
                && typeMedia.equals(a.typeMedia)
                && Arrays.equals(contenu, a.contenu);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * nom.hashCode() + typeMedia.hashCode()) + Arrays.hashCode(contenu);
    }

    @Override
    public String toString() {
        return "Artefact[" + nom + ", " + typeMedia + ", " + contenu.length + " bytes, sha256=" + sha256() + "]";
    }
}
