package fr.monchai.server.http;

import fr.monchai.comptes.CompteService;
import java.util.Optional;

/** Says who calls: a bearer token (an integrator), or a session cookie (a browser); nobody otherwise. */
final class Authentification implements Etape {

    private final CompteService comptes;

    Authentification(CompteService comptes) {
        this.comptes = comptes;
    }

    @Override
    public Optional<Reponse> passer(Appel a) {
        if (a.bearer.isPresent()) {
            a.utilisateur = comptes.parJeton(a.bearer.get());
        } else if (a.cookie.isPresent()) {
            a.session = comptes.session(a.cookie.get());
            a.utilisateur = a.session.map(s -> s.utilisateur());
        }
        return Optional.empty();
    }
}
