package fr.monchai.server.pages;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The pages' templates: FreeMarker {@code .ftlh} files under {@code templates/}, so every value
 * is HTML-escaped; one shared configuration; a template error is an exception (a 500 with the
 * apology page), never half a page.
 */
public final class Gabarits {

    private final Configuration configuration;

    /** Reads the templates from the classpath. */
    public Gabarits() {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(Gabarits.class, "/templates");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.FRANCE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setBooleanFormat("c");
        configuration.setNumberFormat("computer");
        configuration.setSharedVariable("msg", new fr.monchai.server.textes.Messages.Fonction());
    }

    /**
     * @param gabarit a template under {@code templates/}, such as {@code cuverie/cuverie.ftlh}
     * @param modele its values
     * @return the HTML
     */
    public String rendre(String gabarit, Map<String, ?> modele) {
        try {
            Template t = configuration.getTemplate(gabarit);
            StringWriter sortie = new StringWriter();
            t.process(modele, sortie);
            return sortie.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + gabarit + " failed", e);
        }
    }
}
