package fr.monchai.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.comptes.Role;
import fr.monchai.comptes.StatutMembre;
import fr.monchai.comptes.Utilisateur;
import fr.monchai.core.MonChai;
import fr.monchai.core.journal.CompteExterne;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.server.textes.Messages;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every template renders with a sample of its page model: each page template is declared with its model's record
 * ({@link Gabarit}), and is rendered here with every list full and every flag set, then with every list empty and every
 * flag unset, by whoever opens it (a visitor, a member, both for an error page), so that a misspelt name, a missing message or a branch never taken
 * fails here rather than in front of a winemaker.
 */
class GabaritsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final String PIEGE = "<b>Cuve « 1 » & co</b>";

    @Test
    void chaque_gabarit_s_affiche_avec_un_exemple_de_son_modele() throws Exception {
        List<Gabarit<?>> gabarits = gabarits();
        Set<String> declares = new TreeSet<>();
        gabarits.forEach(g -> declares.add(g.chemin()));
        Set<String> fichiers = new TreeSet<>();
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            s.filter(p -> p.toString().endsWith(".ftlh"))
                    .map(p -> TEMPLATES.relativize(p).toString())
                    .filter(p -> !p.startsWith("layouts/") && !p.startsWith("macros/"))
                    .forEach(fichiers::add);
        }
        assertEquals(fichiers, declares, "every page template is declared with its model, and only those");
        Vue vue = new Vue(new Gabarits(), MonChai.enMemoire(), new Navigation(List::of));
        Utilisateur membre = new Utilisateur(1, 1, "anne@vignoble.example", "Anne", Role.ADMIN, StatutMembre.ACTIF);
        for (Gabarit<?> g : gabarits) {
            // A public page is seen by a visitor, an application page by a member, an error page by both.
            String source = Files.readString(TEMPLATES.resolve(g.chemin()));
            List<Optional<Utilisateur>> qui = g.chemin().startsWith("erreurs/")
                    ? List.of(Optional.empty(), Optional.of(membre))
                    : source.contains("/layouts/public.ftlh")
                            ? List.of(Optional.empty())
                            : List.of(Optional.of(membre));
            for (boolean plein : List.of(true, false)) {
                for (Optional<Utilisateur> u : qui) {
                    String html = rendre(vue, g, plein, u);
                    assertTrue(html.contains("</html>"), g.chemin() + " is a whole page");
                    assertFalse(html.contains(PIEGE), g.chemin() + " escapes what it shows");
                }
            }
        }
    }

    @Test
    void chaque_type_statut_et_compte_a_ses_mots() {
        for (TypeMouvement t : TypeMouvement.values()) {
            assertTrue(Messages.existe("type." + t.name()), t.name());
        }
        for (StatutMouvement s : StatutMouvement.values()) {
            assertTrue(Messages.existe("statut." + s.name()), s.name());
        }
        for (CompteExterne c : CompteExterne.values()) {
            assertTrue(Messages.existe("compte." + c.name()), c.name());
        }
    }

    private static <M extends Record> String rendre(Vue vue, Gabarit<M> g, boolean plein, Optional<Utilisateur> u)
            throws Exception {
        return vue.rendre(g, g.modele().cast(exemple(g.modele(), plein)), PIEGE, u);
    }

    /** The declared templates: the {@link Gabarit} constants of every class under the pages' package. */
    private static List<Gabarit<?>> gabarits() throws IOException, ReflectiveOperationException {
        Path classes = Path.of("target/classes");
        List<Gabarit<?>> trouves = new ArrayList<>();
        List<Path> fichiers;
        try (Stream<Path> s = Files.walk(classes.resolve("fr/monchai/server/pages"))) {
            fichiers = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path f : fichiers) {
            String nom = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
            for (Field champ : Class.forName(nom).getDeclaredFields()) {
                if (Modifier.isStatic(champ.getModifiers()) && champ.getType() == Gabarit.class) {
                    champ.setAccessible(true);
                    trouves.add((Gabarit<?>) champ.get(null));
                }
            }
        }
        return trouves;
    }

    /** A sample of a record: texts that must be escaped, ones, lists of one sample (or empty), flags as asked. */
    private static Object exemple(Type type, boolean plein) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType p) {
            Class<?> brut = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(brut)) {
                return plein ? List.of(exemple(p.getActualTypeArguments()[0], plein)) : List.of();
            }
            if (Map.class.isAssignableFrom(brut)) {
                return plein ? Map.of("", PIEGE) : Map.of();
            }
            throw new IllegalArgumentException("no sample for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return PIEGE;
        }
        if (c == long.class || c == Long.class) {
            return 1L;
        }
        if (c == int.class || c == Integer.class) {
            return 1;
        }
        if (c == boolean.class || c == Boolean.class) {
            return plein;
        }
        if (c.isRecord()) {
            RecordComponent[] composants = c.getRecordComponents();
            Object[] valeurs = new Object[composants.length];
            Class<?>[] types = new Class<?>[composants.length];
            for (int i = 0; i < composants.length; i++) {
                valeurs[i] = exemple(composants[i].getGenericType(), plein);
                types[i] = composants[i].getType();
            }
            var constructeur = c.getDeclaredConstructor(types);
            constructeur.setAccessible(true);
            return constructeur.newInstance(valeurs);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
