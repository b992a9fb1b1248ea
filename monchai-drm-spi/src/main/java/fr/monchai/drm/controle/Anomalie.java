package fr.monchai.drm.controle;

/**
 * Something the portal or customs would reject (or question) in a declaration, said so that
 * the winemaker can fix it before sending.
 *
 * @param produit the product's customs label, or empty for the whole declaration
 * @param regle the rule, such as {@code RG16} or {@code BIVC-CATALOGUE}
 * @param message what is wrong
 * @param correction what to do about it
 * @param bloquante whether it prevents the export (a warning otherwise)
 */
public record Anomalie(String produit, String regle, String message, String correction, boolean bloquante) {

    /** @return the anomaly as one readable line */
    @Override
    public String toString() {
        return (bloquante ? "[bloquant] " : "[avertissement] ") + regle
                + (produit.isEmpty() ? "" : " « " + produit + " »") + " : " + message + " — " + correction;
    }
}
