package fr.monchai.server.api;

import fr.monchai.comptes.CompteService;
import fr.monchai.core.MonChai;
import fr.monchai.drm.ExportateursDrm;
import fr.monchai.drm.ReglagesDrm;
import fr.monchai.facture.FormatsFacture;
import fr.monchai.server.http.Limiteur;
import fr.monchai.server.http.Ralentisseur;
import fr.monchai.server.http.Ressource;
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
     * @param reglagesDrm each domaine's settings of each DRM plugin
     * @param baseEnVie whether the database answers, for {@code /healthz}
     * @param ralentisseur the slowing of failed logins, shared with the log-in page
     * @param courriels the limit on sign-ups and resets per client and address, shared with the pages
     * @param horloge the clock that says today
     * @return the API's resources
     */
    public static List<Ressource> api(
            MonChai chai,
            CompteService comptes,
            Parametres parametres,
            FormatsFacture formats,
            ExportateursDrm drm,
            ReglagesDrm reglagesDrm,
            Supplier<Boolean> baseEnVie,
            Ralentisseur ralentisseur,
            Limiteur courriels,
            java.time.Clock horloge) {
        return List.of(
                new RoutesComptes(chai, comptes, ralentisseur, courriels),
                new RoutesCellier(chai),
                new RoutesMouvements(horloge),
                new RoutesCommerce(parametres, formats),
                new RoutesDrm(chai, parametres, reglagesDrm, drm),
                new RoutesSysteme(baseEnVie));
    }
}
