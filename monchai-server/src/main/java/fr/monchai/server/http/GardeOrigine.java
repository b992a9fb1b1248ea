package fr.monchai.server.http;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A write sent by a browser from another site is refused, whatever it carries: the CSRF token
 * guards a session's writes, and this guards those that have no session yet (a log-in or a
 * sign-up posted by another site would log the browser in to the attacker's account). A
 * browser says where a request comes from ({@code Sec-Fetch-Site}, {@code Origin}); a program
 * (curl, an integrator's server) sends neither and is not concerned.
 */
final class GardeOrigine implements Etape {

    private final Optional<URI> adressePublique;
    private final PagesErreur pagesErreur;

    /**
     * @param adressePublique the address people reach the server at, when configured: the one origin accepted
     * @param pagesErreur the error pages
     */
    GardeOrigine(Optional<URI> adressePublique, PagesErreur pagesErreur) {
        this.adressePublique = adressePublique;
        this.pagesErreur = pagesErreur;
    }

    @Override
    public Optional<Reponse> passer(Appel a) {
        if ("GET".equals(a.route.methode()) || memeOrigine(a)) {
            return Optional.empty();
        }
        if (a.route.page()) {
            return Optional.of(Reponse.html(
                    403,
                    pagesErreur.page(
                            403,
                            "Formulaire d'un autre site",
                            "Ce formulaire a été envoyé depuis "
                                    + "un autre site que Mon Chai : il est refusé. Ouvrez Mon Chai directement et recommencez. Rien n'a été enregistré.",
                            null)));
        }
        return Optional.of(Reponse.json(
                403,
                Problemes.probleme(
                        403,
                        "Origine refusée",
                        "une écriture envoyée par un navigateur depuis un autre site est refusée")));
    }

    private boolean memeOrigine(Appel a) {
        String site = a.entetes.getOrDefault("Sec-Fetch-Site", "").toLowerCase(Locale.ROOT);
        if (site.equals("cross-site") || site.equals("same-site")) {
            return false;
        }
        String origine = a.entetes.getOrDefault("Origin", "");
        if (origine.isEmpty()) {
            return true;
        }
        if (origine.equals("null")) {
            return false; // a sandboxed frame, a data: page, a redirect across sites
        }
        URI o;
        try {
            o = URI.create(origine);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (o.getHost() == null) {
            return false;
        }
        if (adressePublique.isPresent()) {
            URI p = adressePublique.get();
            return p.getScheme().equalsIgnoreCase(o.getScheme())
                    && p.getHost().equalsIgnoreCase(o.getHost())
                    && port(p) == port(o);
        }
        // Without a configured address, the request's own Host is this server's name as the browser used it.
        String hote = a.entetes.getOrDefault("Host", "");
        String autorite = o.getHost() + (o.getPort() > 0 ? ":" + o.getPort() : "");
        return hote.equalsIgnoreCase(autorite) || hote.equalsIgnoreCase(o.getHost() + ":" + port(o));
    }

    private static int port(URI u) {
        return u.getPort() > 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
