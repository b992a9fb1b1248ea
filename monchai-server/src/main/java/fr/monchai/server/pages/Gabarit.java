package fr.monchai.server.pages;

/**
 * A page's template and the record its page model is: a page class declares one constant per template it renders, so
 * that the template, its model and the test that renders every template with a sample model stay together.
 *
 * @param <M> the page model's type
 * @param chemin the template under {@code templates/}, such as {@code cuverie/cuverie.ftlh}
 * @param modele the page model's class
 */
public record Gabarit<M extends Record>(String chemin, Class<M> modele) {

    /**
     * {@return a template with its model's type}
     *
     * @param <M> the page model's type
     * @param chemin the template under {@code templates/}
     * @param modele the page model's class
     */
    public static <M extends Record> Gabarit<M> de(String chemin, Class<M> modele) {
        return new Gabarit<>(chemin, modele);
    }
}
