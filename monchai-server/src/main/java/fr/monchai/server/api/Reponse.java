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
