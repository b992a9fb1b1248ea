package fr.monchai.server.pages;

import fr.monchai.comptes.Role;
import fr.monchai.comptes.Utilisateur;
import fr.monchai.core.MonChai;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Violation;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.server.http.Actifs;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.textes.Libelles;
import fr.monchai.server.textes.Messages;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every page shares: the layout's values (who is logged in, in which domaine, what their role lets them do, the
 * navigation, the CSRF token, the confirmation of the last action) around the page's own model, the French formats,
 * and the rule that a refused form comes back as 422 with the core's message beside its field.
 */
public final class Vue {

    /**
     * What a role lets a person do, for the templates to show only the controls they may use (the server checks
     * again).
     *
     * @param chai enter cellar operations
     * @param correction correct the register (reversals, inventory adjustments, deletions)
     * @param admin manage the team, the tokens and the settings
     * @param ventes sell and invoice
     * @param declaration file the DRM
     */
    public record Droits(boolean chai, boolean correction, boolean admin, boolean ventes, boolean declaration) {

        /** Nobody logged in. */
        static final Droits AUCUN = new Droits(false, false, false, false, false);

        /**
         * {@return what that role may do}
         *
         * @param role a member's role
         */
        public static Droits de(Role role) {
            return new Droits(
                    Role.CHAI.contains(role),
                    Role.CORRECTION.contains(role),
                    Role.ADMINISTRATION.contains(role),
                    Role.VENTES.contains(role),
                    Role.DECLARATION.contains(role));
        }
    }

    /**
     * Who is logged in, as the layout names them.
     *
     * @param nom their name
     * @param email their address
     * @param role their role, in words
     */
    public record Personne(String nom, String email, String role) {}

    private final Gabarits gabarits;
    private final MonChai chai;
    private final Navigation navigation;

    /**
     * @param gabarits the templates
     * @param chai the register (the domaine's name for the layout)
     * @param navigation the places the layout links to, for each role
     */
    public Vue(Gabarits gabarits, MonChai chai, Navigation navigation) {
        this.gabarits = gabarits;
        this.chai = chai;
        this.navigation = navigation;
    }

    /**
     * Whether a request wants only a page's main content: an htmx request that is neither a boosted navigation nor a
     * history restore (Back, Forward, reload after a history miss), which must always get the whole page.
     *
     * @param entetes the request's htmx headers
     * @return whether to render the fragment
     */
    static boolean fragment(Map<String, String> entetes) {
        return "true".equals(entetes.get("HX-Request"))
                && !"true".equals(entetes.get("HX-Boosted"))
                && !"true".equals(entetes.get("HX-History-Restore-Request"));
    }

    /**
     * Renders a page of the application (or its main content, for an htmx request that is not a boosted navigation).
     *
     * @param <M> the page model's type
     * @param r the request
     * @param statut 200, or 422 when a form is shown again
     * @param gabarit the page's template
     * @param titre the page's title
     * @param section the path of the navigation place to mark current ({@code ""} for none)
     * @param modele the page's own values
     * @return the answer
     */
    public <M extends Record> Reponse page(
            Requete r, int statut, Gabarit<M> gabarit, String titre, String section, M modele) {
        Map<String, Object> m = composants(modele);
        m.put("titre", titre);
        m.put("csrf", r.csrf().orElse(""));
        m.put("fragment", fragment(r.entetes()));
        m.putIfAbsent("message", message(r));
        Optional<Utilisateur> u = r.utilisateur();
        miseEnPage(
                m,
                u,
                u.map(x -> chai.domaines()
                                .trouver(x.domaineId())
                                .map(d -> d.nom())
                                .orElse(""))
                        .orElse(""),
                section);
        return Reponse.html(statut, gabarits.rendre(gabarit.chemin(), m));
    }

    /**
     * Renders a page outside a handler (an error page), in the layout of whoever is logged in.
     *
     * @param <M> the page model's type
     * @param gabarit the page's template
     * @param modele the page's own values
     * @param titre the page's title
     * @param u who is logged in, if anybody
     * @return the HTML
     */
    <M extends Record> String rendre(Gabarit<M> gabarit, M modele, String titre, Optional<Utilisateur> u) {
        Map<String, Object> m = composants(modele);
        m.put("titre", titre);
        miseEnPage(m, u, "", "");
        return gabarits.rendre(gabarit.chemin(), m);
    }

    /** The layout's values: who is logged in, their navigation, and the defaults every template may read. */
    private void miseEnPage(Map<String, Object> m, Optional<Utilisateur> u, String domaine, String section) {
        m.put("actifs", Actifs.PREFIXE);
        m.putIfAbsent("message", "");
        m.putIfAbsent("csrf", "");
        m.putIfAbsent("fragment", false);
        m.putIfAbsent("erreurs", Map.of());
        m.putIfAbsent("saisi", Map.of());
        m.putIfAbsent("domaine", domaine);
        m.put("droits", u.map(x -> Droits.de(x.role())).orElse(Droits.AUCUN));
        m.put("navigation", u.map(x -> navigation.pour(x.role(), section)).orElse(List.of()));
        u.ifPresent(x ->
                m.put("utilisateur", new Personne(x.nom(), x.email(), x.role().libelle())));
    }

    /** A page model's components by name: the template reads them at its top level. */
    static Map<String, Object> composants(Record modele) {
        Map<String, Object> m = new HashMap<>();
        for (RecordComponent c : modele.getClass().getRecordComponents()) {
            try {
                c.getAccessor().setAccessible(true);
                m.put(c.getName(), c.getAccessor().invoke(modele));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a page model's component cannot be read: " + c, e);
            }
        }
        return m;
    }

    /**
     * The confirmation of the last action, by its key (a query parameter never carries free text onto a page), naming
     * the movement it recorded when the address gives it: « Vendange validée, au registre : vendange de 24,6 hl dans
     * Cuve 1, n° 12. ».
     */
    private static String message(Requete r) {
        String cle = "fait." + r.query("fait").orElse("");
        if (!Messages.existe(cle)) {
            return "";
        }
        String message = Messages.texte(cle);
        if (r.registre().isEmpty()) {
            return message;
        }
        Optional<Mouvement> m = r.query("mouvement").flatMap(id -> {
            try {
                return r.chai().mouvement(Long.parseLong(id));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
        return m.map(x -> message.replaceAll("\\.$", "") + " : " + new Libelles(r.chai()).resume(x) + ".")
                .orElse(message);
    }

    /**
     * {@return a refusal's messages by field, as the forms name their inputs (the core's names), and under {@code ""}
     * those of the whole operation}
     *
     * @param e a refusal of the core
     */
    public static Map<String, String> erreurs(DomainException e) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        for (Violation v : e.violations()) {
            String champ = v.champ().replaceAll("\\[\\d+]", "");
            erreurs.merge(champ, v.message(), (a, b) -> a + " ; " + b);
        }
        return erreurs;
    }

    /**
     * {@return a refusal's messages as one line, for a page that has no field to put them beside}
     *
     * @param e a refusal of the core
     */
    public static Map<String, String> erreurGenerale(DomainException e) {
        return Map.of("", String.join(" ", erreurs(e).values()));
    }
}
