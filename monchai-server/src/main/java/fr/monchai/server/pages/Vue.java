package fr.monchai.server.pages;

import fr.monchai.core.MonChai;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Violation;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.compte.Role;
import fr.monchai.core.compte.Utilisateur;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.server.api.Reponse;
import fr.monchai.server.api.Requete;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What every page shares: the layout's model (who is logged in, in which domaine, what their
 * role lets them do, the CSRF token, the message of the last action), the French formats, and
 * the rule that a refused form comes back as 422 with the core's message beside its field.
 */
public final class Vue {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    /** The messages a redirect may announce, by key: a query parameter never carries free text onto a page. */
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry(
                    "vendange-brouillon",
                    "Vendange enregistrée en brouillon : validez-la pour qu'elle entre au registre."),
            Map.entry("vendange-validee", "Vendange validée, au registre."),
            Map.entry("parcelle-creee", "Parcelle créée."),
            Map.entry("parcelle-modifiee", "Parcelle modifiée."),
            Map.entry("parcelle-supprimee", "Parcelle supprimée."),
            Map.entry("cuve-creee", "Cuve créée."),
            Map.entry(
                    "mouvement-brouillon",
                    "Mouvement enregistré en brouillon : validez-le pour qu'il compte au registre."),
            Map.entry("mouvement-valide", "Mouvement validé, au registre."),
            Map.entry("mouvement-supprime", "Brouillon supprimé."),
            Map.entry(
                    "contre-passation",
                    "Écriture inverse enregistrée en brouillon : relisez-la et validez-la pour qu'elle annule "
                            + "le mouvement au registre."),
            Map.entry(
                    "membre-invite",
                    "Invitation envoyée : la personne rejoint l'équipe quand elle ouvre le lien du courriel."),
            Map.entry("membre-retire", "Membre retiré : ses sessions et ses jetons d'API dans ce domaine ont cessé."),
            Map.entry("jeton-revoque", "Jeton révoqué : il ne fonctionne plus."),
            Map.entry("role-change", "Rôle modifié."),
            Map.entry(
                    "mot-de-passe-change",
                    "Mot de passe changé, pour tous vos domaines ; vos autres sessions sont fermées."),
            Map.entry("bienvenue", "Bienvenue dans Mon Chai."));

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
     * Whether a request wants only a page's main content: an htmx request that is neither a
     * boosted navigation nor a history restore (Back, Forward, reload after a history miss), which
     * must always get the whole page.
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
     * Renders a page of the application (or its fragment, for an htmx request that is not a
     * boosted navigation).
     *
     * @param r the request
     * @param statut 200, or 422 when a form is shown again
     * @param gabarit the page's template under {@code templates/}
     * @param titre the page's title
     * @param nav the navigation entry to highlight
     * @param modele the page's own values
     * @return the answer
     */
    public Reponse page(Requete r, int statut, String gabarit, String titre, String nav, Map<String, ?> modele) {
        Map<String, Object> m = new HashMap<>(modele);
        m.put("titre", titre);
        m.put("nav", nav);
        m.put("csrf", r.csrf().orElse(""));
        m.put("cleIdempotence", UUID.randomUUID().toString());
        m.put("fragment", fragment(r.entetes()));
        m.put("actifs", fr.monchai.server.api.Actifs.PREFIXE);
        m.putIfAbsent("message", message(r));
        m.putIfAbsent("erreurs", Map.of());
        m.putIfAbsent("saisi", Map.of());
        r.utilisateur().ifPresent(u -> {
            m.put(
                    "utilisateur",
                    Map.of("nom", u.nom(), "email", u.email(), "role", u.role().libelle()));
            m.put(
                    "domaine",
                    chai.domaines().trouver(u.domaineId()).map(d -> d.nom()).orElse(""));
            m.put("droits", droits(u));
            m.put("navigation", navigation.pour(u.role(), nav));
        });
        m.putIfAbsent("navigation", List.of());
        m.putIfAbsent(
                "droits",
                Map.of("chai", false, "correction", false, "admin", false, "ventes", false, "declaration", false));
        return Reponse.html(statut, gabarits.rendre(gabarit, m));
    }

    /**
     * The confirmation of the last action, by its key (a query parameter never carries free text
     * onto a page), naming the movement it recorded when the address gives it: « Vendange validée :
     * vendange de 24,6 hl dans Cuve 1, n° 12. ».
     */
    private static String message(Requete r) {
        String message = r.query("fait").map(MESSAGES::get).orElse("");
        if (message.isEmpty() || r.registre().isEmpty()) {
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
     * @param u a member
     * @return what their role lets them do, for the templates to show only the controls they may use
     */
    public static Map<String, Boolean> droits(Utilisateur u) {
        return Map.of(
                "chai",
                Role.CHAI.contains(u.role()),
                "correction",
                Role.CORRECTION.contains(u.role()),
                "admin",
                Role.ADMINISTRATION.contains(u.role()),
                "ventes",
                Role.VENTES.contains(u.role()),
                "declaration",
                Role.DECLARATION.contains(u.role()));
    }

    /**
     * @param e a refusal of the core
     * @return its messages by field, as the form names its inputs (the core's names), and under
     *     {@code ""} those of the whole operation
     */
    public static Map<String, String> erreurs(DomainException e) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        for (Violation v : e.violations()) {
            String champ = v.champ().replaceAll("\\[\\d+]", "");
            erreurs.merge(champ, v.message(), (a, b) -> a + " ; " + b);
        }
        return erreurs;
    }

    /** @return a day as jj/mm/aaaa */
    public static String date(LocalDate d) {
        return d.format(DATE);
    }

    /** @return a volume in hectolitres with a decimal comma, such as {@code 25,4} */
    public static String hl(Volume v) {
        return decimal(v.enHl());
    }

    /** @return a volume in hectolitres to the hundredth (rounded half up), with a decimal comma: {@code 24,60} */
    public static String hl2(Volume v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return f.format(v.enHl().setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** @return an exact decimal with a comma and French grouping, never through {@code double} */
    public static String decimal(BigDecimal d) {
        DecimalFormat f = new DecimalFormat("#,##0.#####", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        f.setParseBigDecimal(true);
        return f.format(d.stripTrailingZeros());
    }

    /** @return a decimal as typed back in a field ({@code 25,4}, no grouping) */
    public static String saisie(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
