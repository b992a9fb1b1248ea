package fr.monchai.server.pages;

import fr.monchai.core.compte.Utilisateur;
import fr.monchai.server.api.PagesErreur;
import java.util.HashMap;
import java.util.Map;

/** The error pages (403, 404, 500…) in the application's layout: what happened, in words, and a way back. */
public final class PagesErreurHtml implements PagesErreur {

    private final Gabarits gabarits;
    private final Navigation navigation;

    /**
     * @param gabarits the templates
     * @param navigation the places a logged-in person may go back to
     */
    public PagesErreurHtml(Gabarits gabarits, Navigation navigation) {
        this.gabarits = gabarits;
        this.navigation = navigation;
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
        m.put("actifs", fr.monchai.server.api.Actifs.PREFIXE);
        m.put("erreurs", Map.of());
        m.put("saisi", Map.of());
        if (utilisateur != null) {
            m.put(
                    "utilisateur",
                    Map.of(
                            "nom",
                            utilisateur.nom(),
                            "email",
                            utilisateur.email(),
                            "role",
                            utilisateur.role().libelle()));
            m.put("domaine", "");
            m.put("droits", Vue.droits(utilisateur));
            m.put("navigation", navigation.pour(utilisateur.role(), ""));
        } else {
            m.put(
                    "droits",
                    Map.of("chai", false, "correction", false, "admin", false, "ventes", false, "declaration", false));
            m.put("navigation", java.util.List.of());
        }
        return gabarits.rendre("pages/erreur.ftlh", m);
    }
}
