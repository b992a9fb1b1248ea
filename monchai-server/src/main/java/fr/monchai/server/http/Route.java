package fr.monchai.server.http;

import fr.monchai.comptes.Role;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

/**
 * One route of the API, as the router, the OpenAPI document and the role test all read it.
 *
 * @param methode GET, POST, PUT, DELETE
 * @param chemin the path, with {@code :name} parameters
 * @param roles who may call it; empty for a public route
 * @param creation whether it creates something (idempotency keys apply)
 * @param resume what it does, for the OpenAPI document
 * @param entree the record its JSON body is read as ({@link Void} when it reads no body)
 * @param sortie what it answers as JSON ({@link Void}: 204 without a body; {@link Fichier}: a
 *     file to download); the OpenAPI document derives its schemas from these two types
 * @param traitement the handler, run off the event loop, one transaction per call
 * @param place where the page sits in the navigation, for a page a person goes to from anywhere
 */
public record Route(
        String methode,
        String chemin,
        Set<Role> roles,
        boolean creation,
        String resume,
        Type entree,
        Type sortie,
        Traitement traitement,
        java.util.Optional<Place> place) {

    /**
     * A page's place in the navigation: the layout lists the places a user's role may open, in order, the main ones
     * in a phone's bottom bar.
     *
     * @param libelle its name in the navigation
     * @param rang its order among the places
     * @param principale whether it sits in a phone's bottom bar
     */
    public record Place(String libelle, int rang, boolean principale) {}

    /**
     * A route without a place in the navigation.
     *
     * @param methode GET, POST, PUT, DELETE
     * @param chemin the path, with {@code :name} parameters
     * @param roles who may call it; empty for a public route
     * @param creation whether it creates something (idempotency keys apply)
     * @param resume what it does, for the OpenAPI document
     * @param entree the record its JSON body is read as
     * @param sortie what it answers as JSON
     * @param traitement the handler
     */
    public Route(
            String methode,
            String chemin,
            Set<Role> roles,
            boolean creation,
            String resume,
            Type entree,
            Type sortie,
            Traitement traitement) {
        this(methode, chemin, roles, creation, resume, entree, sortie, traitement, java.util.Optional.empty());
    }

    /**
     * {@return this page, placed in the navigation}
     *
     * @param p its place
     */
    public Route placee(Place p) {
        return new Route(
                methode, chemin, roles, creation, resume, entree, sortie, traitement, java.util.Optional.of(p));
    }

    private static final java.util.regex.Pattern ACTION = java.util.regex.Pattern.compile(
            "/(valider|livrer|annuler|emettre|paiements|remboursements|apurement|references|verrouiller|login|logout|domaine|signup|confirmation"
                    + "|mot-de-passe-oublie|reinitialisation|acceptation|mot-de-passe)$");

    /**
     * Declares a route. A POST creates something (201, idempotency keys apply) unless its path
     * ends with an action on an existing resource ({@code /valider}, {@code /livrer}, …).
     *
     * @param methode GET, POST, PUT, DELETE
     * @param chemin the path, with {@code :name} parameters
     * @param roles who may call it; empty for a public route
     * @param resume what it does
     * @param entree the record its body is read as, or {@link Void}
     * @param sortie what it answers, {@link Void} or {@link Fichier}
     * @param traitement the handler
     * @return the route
     */
    public static Route de(
            String methode,
            String chemin,
            Set<Role> roles,
            String resume,
            Type entree,
            Type sortie,
            Traitement traitement) {
        boolean creation = "POST".equals(methode) && !ACTION.matcher(chemin).find();
        return new Route(methode, chemin, roles, creation, resume, entree, sortie, traitement);
    }

    /** The answer type of a page: HTML for a person, outside the OpenAPI document. */
    public static final class Page {
        private Page() {}
    }

    /** @return whether this route is a page (HTML, forms) rather than the JSON API */
    public boolean page() {
        return sortie == Page.class;
    }

    /** The answer type of a route that sends a file (PDF, CSV, XML) rather than JSON. */
    public static final class Fichier {
        private Fichier() {}
    }

    /**
     * @param element a record
     * @return the type of a JSON array of it
     */
    public static Type liste(Type element) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {element};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }

    /** A handler. */
    @FunctionalInterface
    public interface Traitement {
        /**
         * @param requete the request
         * @return the response
         * @throws Exception anything: domain errors become 4xx, the rest 500 (logged, never shown)
         */
        Reponse traiter(Requete requete) throws Exception;
    }

    /** @return whether anybody may call it without logging in */
    public boolean publique() {
        return roles.isEmpty();
    }

    /** @return the path in OpenAPI's form, {@code /api/cuves/{id}} */
    public String cheminOpenApi() {
        return chemin.replaceAll(":([a-zA-Z_]+)", "{$1}");
    }
}
