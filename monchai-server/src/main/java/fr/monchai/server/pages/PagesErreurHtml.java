package fr.monchai.server.pages;

import fr.monchai.comptes.Utilisateur;
import fr.monchai.server.http.PagesErreur;
import java.util.Optional;

/** The error pages (403, 404, 500…) in the application's layout: what happened, in words, and a way back. */
public final class PagesErreurHtml implements PagesErreur {

    /**
     * An error page.
     *
     * @param statut its status
     * @param explication what happened and what to do
     */
    public record Erreur(int statut, String explication) {}

    static final Gabarit<Erreur> ERREUR = Gabarit.de("erreurs/erreur.ftlh", Erreur.class);

    private final Vue vue;

    /** @param vue the pages' layout, with the navigation a logged-in person may go back by */
    public PagesErreurHtml(Vue vue) {
        this.vue = vue;
    }

    @Override
    public String page(int statut, String titre, String explication, Utilisateur utilisateur) {
        return vue.rendre(ERREUR, new Erreur(statut, explication), titre, Optional.ofNullable(utilisateur));
    }
}
