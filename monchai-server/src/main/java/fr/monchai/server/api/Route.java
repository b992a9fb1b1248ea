package fr.monchai.server.api;

import fr.monchai.server.comptes.Role;
import java.util.Set;

/**
 * One route of the API, as the router, the OpenAPI document and the role test all read it.
 *
 * @param methode GET, POST, PUT, DELETE
 * @param chemin the path, with {@code :name} parameters
 * @param roles who may call it; empty for a public route
 * @param creation whether it creates something (idempotency keys apply)
 * @param resume what it does, for the OpenAPI document
 * @param traitement the handler, run off the event loop, one transaction per call
 */
public record Route(String methode, String chemin, Set<Role> roles, boolean creation, String resume, Traitement traitement) {

    /** Every role. */
    public static final Set<Role> TOUS = Set.of(Role.values());

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
