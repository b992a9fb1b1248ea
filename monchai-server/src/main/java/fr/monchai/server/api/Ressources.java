package fr.monchai.server.api;

import fr.monchai.core.MonChai;
import fr.monchai.core.compte.CompteService;
import fr.monchai.drm.ExportateursDrm;
import fr.monchai.facture.FormatsFacture;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** Every resource of the server, in the order their routes are declared. */
public final class Ressources {

    private Ressources() {}

    /**
     * @param chai the register
     * @param comptes the accounts
     * @param parametres each domaine's identity on its documents
     * @param formats the invoice formats (plugins)
     * @param drm the DRM formats (plugins)
     * @param baseEnVie whether the database answers, for {@code /healthz}
     * @return the table of every route
     */
    public static TableRoutes table(MonChai chai, CompteService comptes, Parametres parametres, FormatsFacture formats,
            ExportateursDrm drm, Supplier<Boolean> baseEnVie) {
        return TableRoutes.de(List.of(
                new RoutesComptes(chai, comptes, new Ralentisseur(Clock.systemUTC())),
                new RoutesCellier(chai),
                new RoutesMouvements(chai),
                new RoutesCommerce(chai, parametres, formats),
                new RoutesDrm(chai, parametres, drm),
                new RoutesSysteme(baseEnVie)));
    }
}
