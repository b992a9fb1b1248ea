package fr.monchai.server.http;

import java.util.Optional;

/** A route that is not public needs a caller, and a caller whose role in the domaine is in the route's set. */
final class GardeRoles implements Etape {

    private final PagesErreur pagesErreur;

    GardeRoles(PagesErreur pagesErreur) {
        this.pagesErreur = pagesErreur;
    }

    @Override
    public Optional<Reponse> passer(Appel a) {
        Route route = a.route;
        if (route.publique()) {
            return Optional.empty();
        }
        if (a.utilisateur.isEmpty()) {
            if (route.page()) {
                return Optional.of(Reponse.redirection("/connexion"));
            }
            return Optional.of(Reponse.json(
                    401,
                    Problemes.probleme(
                            401,
                            "Authentification requise",
                            "connectez-vous (POST /api/auth/login) ou présentez un jeton Bearer")));
        }
        if (route.roles().contains(a.utilisateur.get().role())) {
            return Optional.empty();
        }
        if (route.page()) {
            return Optional.of(Reponse.html(
                    403,
                    pagesErreur.page(
                            403,
                            "Accès refusé",
                            "Votre rôle dans ce domaine ne permet pas " + "d'ouvrir cette page.",
                            a.utilisateur.get())));
        }
        return Optional.of(Reponse.json(
                403,
                Problemes.probleme(
                        403,
                        "Interdit",
                        "le rôle " + a.utilisateur.get().role() + " ne permet pas " + route.methode() + " "
                                + route.chemin())));
    }
}
