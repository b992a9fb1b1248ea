package fr.monchai.drm.modele;

import fr.monchai.core.commun.Volume;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One line of a product's balance: a customs category and its volume over the month, with the
 * finer national type when it is known and what the interprofession needs to know of it.
 *
 * <p>The register's lines always know their type ({@link #nature}); a line read back from a
 * portal's file may only know its category, when the portal's code is not one of the national types
 * (InterLoire's « manipulation » or « fabricationautre », say): such a line still counts in every
 * total and is written wherever a format files its category.
 *
 * @param categorie where customs file it
 * @param nature its finer national type, when known; always of that category
 * @param volume its volume, zero or more
 * @param pays the destination country (ISO 3166 alpha-2) of an export or EU delivery
 * @param numeroContrat the bulk contract of a sale to négoce
 * @param numeroDocument the accompanying document (DAE, DSA)
 * @param moisOrigine for a replacement, the month of the taxed exit it cancels
 * @param acheteur for a sale to another bonded warehouse outside an interprofession contract, its buyer and price
 */
public record LigneDrm(
        CategorieDrm categorie,
        Optional<NatureDrm> nature,
        Volume volume,
        Optional<String> pays,
        Optional<String> numeroContrat,
        Optional<String> numeroDocument,
        Optional<YearMonth> moisOrigine,
        Optional<Acheteur> acheteur) {

    /**
     * Checks that the type is one of the category's.
     *
     * @throws IllegalArgumentException when the nature files under another category
     */
    public LigneDrm {
        if (nature.isPresent() && nature.get().categorie() != categorie) {
            throw new IllegalArgumentException(
                    nature.get() + " is filed under " + nature.get().categorie() + ", not " + categorie);
        }
    }

    /**
     * A line of a known type.
     *
     * @param nature what it is; its category is the line's
     * @param volume its volume, zero or more
     * @param pays the destination country
     * @param numeroContrat the bulk contract
     * @param numeroDocument the accompanying document
     * @param moisOrigine for a replacement, the month of the taxed exit it cancels
     * @param acheteur for a sale outside an interprofession contract, its buyer and price
     */
    public LigneDrm(
            NatureDrm nature,
            Volume volume,
            Optional<String> pays,
            Optional<String> numeroContrat,
            Optional<String> numeroDocument,
            Optional<YearMonth> moisOrigine,
            Optional<Acheteur> acheteur) {
        this(
                nature.categorie(),
                Optional.of(nature),
                volume,
                pays,
                numeroContrat,
                numeroDocument,
                moisOrigine,
                acheteur);
    }

    /**
     * A line of a known type, without a buyer.
     *
     * @param nature what it is
     * @param volume its volume, zero or more
     * @param pays the destination country
     * @param numeroContrat the bulk contract
     * @param numeroDocument the accompanying document
     * @param moisOrigine for a replacement, the month of the taxed exit it cancels
     */
    public LigneDrm(
            NatureDrm nature,
            Volume volume,
            Optional<String> pays,
            Optional<String> numeroContrat,
            Optional<String> numeroDocument,
            Optional<YearMonth> moisOrigine) {
        this(nature, volume, pays, numeroContrat, numeroDocument, moisOrigine, Optional.empty());
    }

    /**
     * {@return a line of that type, with no reference}
     *
     * @param nature what it is
     * @param volume its volume
     */
    public static LigneDrm de(NatureDrm nature, Volume volume) {
        return new LigneDrm(nature, volume, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * {@return a line known only by its category, with no reference}
     *
     * @param categorie where customs file it
     * @param volume its volume
     */
    public static LigneDrm de(CategorieDrm categorie, Volume volume) {
        return new LigneDrm(
                categorie,
                Optional.empty(),
                volume,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * {@return whether the line is known to be of that type}
     *
     * @param type a national type
     */
    public boolean est(NatureDrm type) {
        return nature.isPresent() && nature.get() == type;
    }

    /** {@return what it is, for people: its type's label, or its category's when the type is not known} */
    public String libelle() {
        return nature.map(NatureDrm::libelle).orElseGet(categorie::libelle);
    }

    /**
     * {@return this line with both volumes}
     *
     * @param autre another volume of the same line
     */
    public LigneDrm plus(Volume autre) {
        return new LigneDrm(
                categorie, nature, volume.plus(autre), pays, numeroContrat, numeroDocument, moisOrigine, acheteur);
    }

    /**
     * {@return this line with another volume}
     *
     * @param autre its volume
     */
    public LigneDrm avecVolume(Volume autre) {
        return new LigneDrm(categorie, nature, autre, pays, numeroContrat, numeroDocument, moisOrigine, acheteur);
    }
}
