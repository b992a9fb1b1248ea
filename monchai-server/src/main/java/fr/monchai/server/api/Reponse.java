package fr.monchai.server.api;

/**
 * What a handler answers.
 *
 * @param statut the HTTP status
 * @param corps the body: an object to write as JSON, a {@code byte[]} with its type, or null
 * @param type the media type of a byte body (a PDF, a CSV)
 * @param fichier the file name to offer for download, or null
 */
public record Reponse(int statut, Object corps, String type, String fichier) {

    /** @param corps a body @return 200 with it as JSON */
    public static Reponse ok(Object corps) {
        return new Reponse(200, corps, "application/json", null);
    }

    /** @param corps what was created @return 201 with it as JSON */
    public static Reponse cree(Object corps) {
        return new Reponse(201, corps, "application/json", null);
    }

    /**
     * @param statut 200, or 422 for a form shown again with its errors, 403, 404…
     * @param html the page
     * @return it as {@code text/html}
     */
    public static Reponse html(int statut, String html) {
        return new Reponse(
                statut, html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html; charset=utf-8", null);
    }

    /**
     * @param url a page of this server, such as {@code /app/cuverie}
     * @return 303 to it: the end of a successful form (post/redirect/get)
     */
    public static Reponse redirection(String url) {
        return new Reponse(303, new Api.Redirection(url), null, null);
    }

    /**
     * @param probleme the problem document
     * @param secondes how long to wait ({@code Retry-After})
     * @return 429 with it
     */
    public static Reponse attendre(Object probleme, long secondes) {
        return new Reponse(429, new Api.Attendre(probleme, secondes), null, null);
    }

    /** @return 204, no body */
    public static Reponse vide() {
        return new Reponse(204, null, null, null);
    }

    /**
     * @param octets a file
     * @param type its media type
     * @param nom its file name
     * @return 200 with it, to download
     */
    public static Reponse fichier(byte[] octets, String type, String nom) {
        return new Reponse(200, octets, type, nom);
    }
}
