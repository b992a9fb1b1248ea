package fr.monchai.server.pages;

import fr.monchai.comptes.Role;
import fr.monchai.server.http.Route;
import fr.monchai.server.http.TableRoutes;
import java.util.Set;

/**
 * How a feature declares its pages in the one route table: one line per route, naming the method that answers. A page
 * route reads no JSON body (its forms are read by {@link Formulaire}) and answers HTML, outside the OpenAPI document.
 */
public final class DeclarationPages {

    private final TableRoutes table;

    private DeclarationPages(TableRoutes table) {
        this.table = table;
    }

    /**
     * {@return a declaration into that table}
     *
     * @param table the route table
     */
    public static DeclarationPages dans(TableRoutes table) {
        return new DeclarationPages(table);
    }

    /**
     * Declares a page a person opens.
     *
     * @param chemin its path, with {@code :name} parameters
     * @param roles who may open it
     * @param resume what it shows, in French
     * @param traitement the method that answers
     */
    public void get(String chemin, Set<Role> roles, String resume, Route.Traitement traitement) {
        table.ajouter(route("GET", chemin, roles, resume, traitement));
    }

    /**
     * Declares a page that sits in the navigation.
     *
     * @param chemin its path
     * @param roles who may open it (the navigation shows it to them only)
     * @param resume what it shows
     * @param place its name, order and whether it is in a phone's bottom bar
     * @param traitement the method that answers
     */
    public void place(String chemin, Set<Role> roles, String resume, Route.Place place, Route.Traitement traitement) {
        table.ajouter(route("GET", chemin, roles, resume, traitement).placee(place));
    }

    /**
     * Declares a form's target.
     *
     * @param chemin its path
     * @param roles who may send it
     * @param resume what it does
     * @param traitement the method that answers: a redirection, or the form again (422) with its errors
     */
    public void post(String chemin, Set<Role> roles, String resume, Route.Traitement traitement) {
        table.ajouter(route("POST", chemin, roles, resume, traitement));
    }

    private static Route route(String methode, String chemin, Set<Role> roles, String resume, Route.Traitement t) {
        return Route.de(methode, chemin, roles, resume, Void.class, Route.Page.class, t);
    }
}
