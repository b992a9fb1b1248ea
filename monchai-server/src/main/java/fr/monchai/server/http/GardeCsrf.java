package fr.monchai.server.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * A write made with a session cookie must echo the session's CSRF token (header, or the form's
 * {@code _csrf} field for a page): another site can make a browser send the cookie, never the token.
 */
final class GardeCsrf implements Etape {

    private final PagesErreur pagesErreur;

    GardeCsrf(PagesErreur pagesErreur) {
        this.pagesErreur = pagesErreur;
    }

    @Override
    public Optional<Reponse> passer(Appel a) {
        if (a.session.isEmpty()
                || "GET".equals(a.route.methode())
                || a.route.publique()
                || egaux(a.session.get().csrf(), a.csrfRecu)) {
            return Optional.empty();
        }
        if (a.route.page()) {
            return Optional.of(Reponse.html(
                    403,
                    pagesErreur.page(
                            403,
                            "Formulaire expiré",
                            "Ce formulaire n'a pas été envoyé avec "
                                    + "son jeton de sécurité : rechargez la page et recommencez. Rien n'a été enregistré.",
                            a.session.get().utilisateur())));
        }
        return Optional.of(Reponse.json(
                403,
                Problemes.probleme(
                        403,
                        "Jeton CSRF manquant ou faux",
                        "une écriture par session doit renvoyer le jeton reçu à la connexion dans l'en-tête "
                                + Routeur.CSRF)));
    }

    private static boolean egaux(String attendu, String recu) {
        return recu != null
                && MessageDigest.isEqual(
                        attendu.getBytes(StandardCharsets.UTF_8), recu.getBytes(StandardCharsets.UTF_8));
    }
}
