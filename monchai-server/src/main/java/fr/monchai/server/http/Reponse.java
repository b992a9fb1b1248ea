package fr.monchai.server.http;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a handler answers: one of a closed set of answers, each written back by the {@link Routeur} in one place.
 * A handler builds them with the static methods.
 */
public sealed interface Reponse {

    /** {@return the HTTP status} */
    int statut();

    /**
     * A JSON document (a problem document when the status is 4xx or 5xx).
     *
     * @param statut the status
     * @param corps what to write as JSON; a {@link Secret} is written and never kept for a replay
     */
    record Json(int statut, Object corps) implements Reponse {}

    /**
     * A page.
     *
     * @param statut 200, or 422 for a form shown again with its errors, 403, 404…
     * @param html the page
     */
    record Html(int statut, String html) implements Reponse {}

    /**
     * A file to download (a PDF, a CSV, an XML).
     *
     * @param octets its bytes
     * @param type its media type
     * @param nom the file name offered
     */
    // Sent, never compared: a record's array equality does not matter here.
    @SuppressWarnings("ArrayRecordComponent")
    record Fichier(byte[] octets, String type, String nom) implements Reponse {
        @Override
        public int statut() {
            return 200;
        }
    }

    /**
     * The end of a successful form: go to that page (303, post/redirect/get).
     *
     * @param url a page of this server, such as {@code /app/cuverie}
     */
    record Redirection(String url) implements Reponse {
        @Override
        public int statut() {
            return 303;
        }
    }

    /** No body (204). */
    record Vide() implements Reponse {
        @Override
        public int statut() {
            return 204;
        }
    }

    /**
     * Too many attempts (429): the problem document, and how long to wait ({@code Retry-After}).
     *
     * @param probleme the problem document
     * @param secondes the seconds to wait
     */
    record Attendre(Object probleme, long secondes) implements Reponse {
        @Override
        public int statut() {
            return 429;
        }
    }

    /**
     * A log-in: the session cookie to set, then the answer.
     *
     * @param cookie the session's cookie value
     * @param dureeSecondes its lifetime
     * @param suite the answer after the cookie: a JSON body, or a page to go to
     */
    record Connexion(String cookie, long dureeSecondes, Reponse suite) implements Reponse {
        @Override
        public int statut() {
            return suite.statut();
        }
    }

    /**
     * A log-out: the session ends and its cookie is cleared, then 204, or a page to go to.
     *
     * @param suite the page to go to, for a log-out from a page
     */
    record Deconnexion(Optional<String> suite) implements Reponse {
        @Override
        public int statut() {
            return suite.isPresent() ? 303 : 204;
        }
    }

    /**
     * The kept answer of an idempotent creation, sent again for a retry with the same key.
     *
     * @param statut its status
     * @param json its body as it was written
     */
    record Rejouee(int statut, String json) implements Reponse {}

    /**
     * {@return 200 with a JSON body}
     *
     * @param corps a body
     */
    static Reponse ok(Object corps) {
        return new Json(200, corps);
    }

    /**
     * {@return 201 with what was created, as JSON}
     *
     * @param corps what was created
     */
    static Reponse cree(Object corps) {
        return new Json(201, corps);
    }

    /**
     * {@return a JSON body with that status}
     *
     * @param statut the status
     * @param corps the body, a problem document for 4xx and 5xx
     */
    static Reponse json(int statut, Object corps) {
        return new Json(statut, corps);
    }

    /**
     * {@return a page}
     *
     * @param statut 200, or 422 for a form shown again with its errors, 403, 404…
     * @param html the page
     */
    static Reponse html(int statut, String html) {
        return new Html(statut, html);
    }

    /**
     * {@return 303 to a page: the end of a successful form (post/redirect/get)}
     *
     * @param url a page of this server, such as {@code /app/cuverie}
     */
    static Reponse redirection(String url) {
        return new Redirection(url);
    }

    /**
     * {@return 429 with the problem and the wait}
     *
     * @param probleme the problem document
     * @param secondes how long to wait ({@code Retry-After})
     */
    static Reponse attendre(Object probleme, long secondes) {
        return new Attendre(probleme, secondes);
    }

    /** {@return 204, no body} */
    static Reponse vide() {
        return new Vide();
    }

    /**
     * {@return 200 with a file to download}
     *
     * @param octets a file
     * @param type its media type
     * @param nom its file name
     */
    static Reponse fichier(byte[] octets, String type, String nom) {
        return new Fichier(octets, type, nom);
    }

    /** {@return the page's bytes, for a length or a test} */
    default byte[] octetsHtml() {
        return this instanceof Html h ? h.html().getBytes(StandardCharsets.UTF_8) : new byte[0];
    }
}
