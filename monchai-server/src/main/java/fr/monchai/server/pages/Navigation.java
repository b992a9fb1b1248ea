package fr.monchai.server.pages;

import fr.monchai.core.compte.Role;
import fr.monchai.server.api.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The application's places, listed once: the layout shows those the user's role may open, as
 * the route table says (a page a role cannot open is never linked), the first ones in the
 * phone's bottom bar and all of them in its menu and in the desk's top bar.
 */
public final class Navigation {

    /**
     * A place.
     *
     * @param chemin its page
     * @param cle the key pages name it by, to mark it current
     * @param libelle its name in the navigation
     * @param principale whether it sits in the phone's bottom bar
     */
    record Entree(String chemin, String cle, String libelle, boolean principale) {}

    private static final List<Entree> ENTREES = List.of(
            new Entree("/app/tableau-de-bord", "tableau-de-bord", "Tableau de bord", true),
            new Entree("/app/cuverie", "cuverie", "Cuverie", true),
            new Entree("/app/journal", "journal", "Journal", true),
            new Entree("/app/parcelles", "parcelles", "Parcelles", true),
            new Entree("/app/equipe", "equipe", "Équipe", false),
            new Entree("/app/jetons", "jetons", "Jetons d'API", false),
            new Entree("/app/compte", "compte", "Mon compte", false),
            new Entree("/app/domaines", "domaines", "Mes domaines", false));

    private final Supplier<List<Route>> routes;

    /** @param routes the route table, read when a page is rendered (it is built after the pages) */
    public Navigation(Supplier<List<Route>> routes) {
        this.routes = routes;
    }

    /**
     * @param role the user's role
     * @param courant the current page's key
     * @return the places that role may open, in order, each with its path, name, whether it is
     *     current and whether it is in the bottom bar
     */
    List<Map<String, Object>> pour(Role role, String courant) {
        List<Map<String, Object>> liste = new ArrayList<>();
        for (Entree e : ENTREES) {
            boolean permise = routes.get().stream()
                    .anyMatch(r -> r.methode().equals("GET")
                            && r.chemin().equals(e.chemin())
                            && r.roles().contains(role));
            if (permise) {
                liste.add(Map.of(
                        "chemin",
                        e.chemin(),
                        "cle",
                        e.cle(),
                        "libelle",
                        e.libelle(),
                        "principale",
                        e.principale(),
                        "courante",
                        e.cle().equals(courant)));
            }
        }
        return liste;
    }
}
