package fr.monchai.server.http;

import fr.monchai.comptes.Utilisateur;

/** Renders the error pages of HTML routes: a page a person can read, never a stack trace. */
@FunctionalInterface
public interface PagesErreur {

    /**
     * @param statut 403, 404, 500…
     * @param titre the page's title
     * @param explication what happened and what to do, in French
     * @param utilisateur who is logged in, or null
     * @return the page
     */
    String page(int statut, String titre, String explication, Utilisateur utilisateur);
}
