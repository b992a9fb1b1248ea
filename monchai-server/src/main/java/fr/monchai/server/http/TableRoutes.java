package fr.monchai.server.http;

import fr.monchai.comptes.Role;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The one table of routes: every resource declares its own here, in one way ({@link Route#de}). */
public final class TableRoutes {

    private final List<Route> routes = new ArrayList<>();

    /**
     * @param ressources every resource of the server
     * @return the table they declared
     * @throws IllegalStateException when two routes share a method and a path
     */
    public static TableRoutes de(List<Ressource> ressources) {
        TableRoutes table = new TableRoutes();
        for (Ressource r : ressources) {
            r.declarer(table);
        }
        return table;
    }

    /**
     * Declares a route; see {@link Route#de} for which POSTs create.
     *
     * @param methode GET, POST, PUT, DELETE
     * @param chemin the path, with {@code :name} parameters
     * @param roles who may call it: one of the sets named on {@link Role}
     * @param resume what it does, in French, for the OpenAPI document
     * @param entree the record its body is read as, or {@link Void}
     * @param sortie what it answers, {@link Void} or {@link Route.Fichier}
     * @param traitement the handler
     */
    public void route(
            String methode,
            String chemin,
            Set<Role> roles,
            String resume,
            Type entree,
            Type sortie,
            Route.Traitement traitement) {
        ajouter(Route.de(methode, chemin, roles, resume, entree, sortie, traitement));
    }

    /** @param route a route built by hand (its creation flag given) */
    public void ajouter(Route route) {
        for (Route r : routes) {
            if (r.methode().equals(route.methode()) && r.chemin().equals(route.chemin())) {
                throw new IllegalStateException("two routes for " + route.methode() + " " + route.chemin());
            }
        }
        routes.add(route);
    }

    /** @return every route declared so far, in order */
    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
