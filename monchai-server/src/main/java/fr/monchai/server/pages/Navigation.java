package fr.monchai.server.pages;

import fr.monchai.comptes.Role;
import fr.monchai.server.http.Route;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The application's places, read from the route table: the pages declared with a {@link Route.Place} that the user's
 * role may open, in their order. A page a role cannot open is never linked; a new page joins the navigation where it is
 * declared, not in the layout.
 */
public final class Navigation {

    /**
     * A place as the layout shows it.
     *
     * @param chemin its page
     * @param libelle its name
     * @param principale whether it sits in the phone's bottom bar
     * @param courante whether it is the current page's section
     */
    public record Entree(String chemin, String libelle, boolean principale, boolean courante) {}

    private final Supplier<List<Route>> routes;

    /** @param routes the route table, read when a page is rendered (it is built after the pages that render) */
    public Navigation(Supplier<List<Route>> routes) {
        this.routes = routes;
    }

    /**
     * {@return the places that role may open, in order}
     *
     * @param role the user's role
     * @param section the current page's section: the path of its place
     */
    public List<Entree> pour(Role role, String section) {
        return routes.get().stream()
                .filter(r -> r.place().isPresent()
                        && "GET".equals(r.methode())
                        && r.roles().contains(role))
                .sorted(Comparator.comparingInt(r -> r.place().orElseThrow().rang()))
                .map(r -> new Entree(
                        r.chemin(),
                        r.place().orElseThrow().libelle(),
                        r.place().orElseThrow().principale(),
                        r.chemin().equals(section)))
                .toList();
    }
}
