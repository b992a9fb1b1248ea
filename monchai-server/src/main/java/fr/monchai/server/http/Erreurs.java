package fr.monchai.server.http;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.StockageException;

/**
 * Runs a route's handler and turns what the core refuses into the answer a caller reads: a
 * problem document naming the field for the API, a page in words for a person. Anything else
 * goes on to the 500 answer, logged, never shown.
 */
final class Erreurs {

    private final PagesErreur pagesErreur;

    Erreurs(PagesErreur pagesErreur) {
        this.pagesErreur = pagesErreur;
    }

    Reponse executer(Appel a, Requete requete) throws Exception {
        try {
            return a.route.traitement().traiter(requete);
        } catch (DomainException e) {
            int statut = Problemes.statut(e);
            if (a.route.page()) {
                return Reponse.html(
                        statut,
                        pagesErreur.page(
                                statut,
                                statut == 404 ? "Introuvable" : "Opération refusée",
                                e.violations().get(0).message(),
                                requete.utilisateur().orElse(null)));
            }
            return Reponse.json(statut, Problemes.de(e));
        } catch (StockageException e) {
            return Reponse.json(
                    Problemes.statut(e),
                    Problemes.probleme(Problemes.statut(e), "Base de données indisponible", e.getMessage()));
        }
    }
}
