package fr.monchai.server.http;

import fr.monchai.comptes.Session;
import fr.monchai.comptes.Utilisateur;
import fr.monchai.core.MonChai;
import java.util.Map;
import java.util.Optional;

/**
 * One request on its way through the chain of {@link Etape}s: what was read from HTTP on the
 * event loop, then who calls, once {@link Authentification} has said.
 */
final class Appel {

    final Route route;
    final byte[] corps;
    final Map<String, String> parametres;
    final Map<String, String> query;
    final Optional<String> cookie;
    final Optional<String> bearer;
    final String csrfRecu;
    final String cleIdempotence;
    final String client;
    final Map<String, String> entetes;
    Optional<Utilisateur> utilisateur = Optional.empty();
    Optional<Session> session = Optional.empty();

    Appel(
            Route route,
            byte[] corps,
            Map<String, String> parametres,
            Map<String, String> query,
            Optional<String> cookie,
            Optional<String> bearer,
            String csrfRecu,
            String cleIdempotence,
            String client,
            Map<String, String> entetes) {
        this.route = route;
        this.corps = corps;
        this.parametres = parametres;
        this.query = query;
        this.cookie = cookie;
        this.bearer = bearer;
        this.csrfRecu = csrfRecu;
        this.cleIdempotence = cleIdempotence;
        this.client = client;
        this.entetes = entetes;
    }

    /**
     * @param chai the register, whose handle on the caller's domaine the handler receives
     * @return what the route's handler receives
     */
    Requete requete(MonChai chai) {
        return new Requete(
                utilisateur,
                session.map(Session::cookie),
                client,
                parametres,
                query,
                corps,
                session.map(Session::csrf),
                entetes,
                utilisateur.map(u -> chai.domaineExistant(u.domaineId())));
    }
}
