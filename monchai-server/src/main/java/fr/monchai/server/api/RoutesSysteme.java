package fr.monchai.server.api;

import fr.monchai.comptes.Role;
import fr.monchai.server.http.OpenApi;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.Route;
import fr.monchai.server.http.TableRoutes;
import java.util.Map;
import java.util.function.Supplier;

/** The OpenAPI document of every route, and the health check. */
final class RoutesSysteme implements Ressource {

    /** What {@code /healthz} answers. */
    record Sante(String status, String db, String version) {}

    private final Supplier<Boolean> baseEnVie;

    RoutesSysteme(Supplier<Boolean> baseEnVie) {
        this.baseEnVie = baseEnVie;
    }

    @Override
    public void declarer(TableRoutes t) {
        t.ajouter(new Route(
                "GET",
                "/api/openapi.json",
                Role.PUBLIC,
                false,
                "Ce document OpenAPI 3.1",
                Void.class,
                Map.class,
                r -> Reponse.ok(OpenApi.document(t.routes()))));
        t.ajouter(new Route(
                "GET", "/healthz", Role.PUBLIC, false, "État du serveur et de sa base", Void.class, Sante.class, r -> {
                    boolean db = baseEnVie.get();
                    return Reponse.json(
                            db ? 200 : 503, new Sante(db ? "ok" : "degraded", db ? "ok" : "down", version()));
                }));
    }

    private static String version() {
        String v = RoutesSysteme.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
