package fr.monchai.server.textes;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The interface's shared French texts, in one file ({@code messages.properties}): the navigation, the titles and
 * confirmations the Java side writes, the layout's and the macros' words. Templates read them as
 * {@code ${msg("cle")}}; a missing key is an error, never a blank.
 */
public final class Messages {

    private static final Properties TEXTES = lire();

    private Messages() {}

    private static Properties lire() {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("messages.properties is missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * {@return the text of a key, its {@code {0}}… replaced by the values}
     *
     * @param cle the key
     * @param valeurs the values of its placeholders
     * @throws IllegalArgumentException when the key is not in the file
     */
    public static String texte(String cle, Object... valeurs) {
        String t = TEXTES.getProperty(cle);
        if (t == null) {
            throw new IllegalArgumentException("no message « " + cle + " » in messages.properties");
        }
        return valeurs.length == 0 ? t : new MessageFormat(t.replace("'", "''"), Locale.FRANCE).format(valeurs);
    }

    /**
     * {@return whether the file has that key}
     *
     * @param cle a key
     */
    public static boolean existe(String cle) {
        return TEXTES.containsKey(cle);
    }

    /** {@return every key of the file} */
    public static Set<String> cles() {
        return TEXTES.stringPropertyNames();
    }

    /** The templates' {@code msg("cle", valeurs…)}. */
    public static final class Fonction implements TemplateMethodModelEx {
        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.isEmpty()) {
                throw new TemplateModelException("msg() needs a key");
            }
            Object[] valeurs = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) {
                valeurs[i - 1] = arguments.get(i) instanceof TemplateScalarModel s ? s.getAsString() : arguments.get(i);
            }
            try {
                return texte(((TemplateScalarModel) arguments.get(0)).getAsString(), valeurs);
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException(e.getMessage(), e);
            }
        }
    }
}
