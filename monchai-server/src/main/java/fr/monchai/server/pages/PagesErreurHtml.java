package fr.monchai.server.pages;

import fr.monchai.core.compte.Utilisateur;
import fr.monchai.server.api.PagesErreur;
import java.util.HashMap;
import java.util.Map;

/** The error pages (403, 404, 500…) in the application's layout: what happened, in words, and a way back. */
public final class PagesErreurHtml implements PagesErreur {

    private final Gabarits gabarits;

    /** @param gabarits the templates */
    public PagesErreurHtml(Gabarits gabarits) {
        this.gabarits = gabarits;
    }

    @Override
    public String page(int statut, String titre, String explication, Utilisateur utilisateur) {
        Map<String, Object> m = new HashMap<>();
        m.put("titre", titre);
        m.put("statut", statut);
        m.put("explication", explication);
        m.put("nav", "");
        m.put("csrf", "");
        m.put("message", "");
        m.put("fragment", false);
        m.put("erreurs", Map.of());
        m.put("saisi", Map.of());
        if (utilisateur != null) {
            m.put("utilisateur", Map.of("nom", utilisateur.nom(), "email", utilisateur.email(), "role", utilisateur.role().libelle()));
            m.put("domaine", "");
            m.put("droits", Vue.droits(utilisateur));
        } else {
            m.put("droits", Map.of("chai", false, "correction", false, "admin", false, "ventes", false, "declaration", false));
        }
        return gabarits.rendre("pages/erreur.ftlh", m);
    }
}
