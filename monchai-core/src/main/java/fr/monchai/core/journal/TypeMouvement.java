package fr.monchai.core.journal;

import java.util.Locale;

/** The kinds of movement of the cellar register. */
public enum TypeMouvement {
    /** Harvest into a cuve. */
    VENDANGE_VERS_CUVE,
    /** Racking or transfer from one cuve to another, with its losses. */
    INTER_CUVES,
    /** Several lots blended into one cuve. */
    ASSEMBLAGE,
    /** A loss (evaporation, lees, breakage). */
    PERTE,
    /** A lot bottled into a new bouteille lot, with its losses. */
    MISE_EN_BOUTEILLE,
    /** Bottles or bulk leaving the domaine, with their fiscal destination. */
    VENTE_SORTIE_STOCK,
    /** Purchase of bulk wine or bottles. */
    ENTREE,
    /** Inventory correction: a manquant or an excédent, always commented. */
    AJUSTEMENT_INVENTAIRE,
    /** The exact reversal of a validated movement, which it cites. */
    CONTRE_PASSATION;

    /** {@return the dev book's code, such as {@code inter_cuves}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the type}
     *
     * @param code a code such as {@code mise_en_bouteille}
     * @throws IllegalArgumentException when no type has that code
     */
    public static TypeMouvement depuisCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
