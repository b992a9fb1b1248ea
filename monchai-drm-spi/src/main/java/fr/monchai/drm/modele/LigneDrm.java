package fr.monchai.drm.modele;

import fr.monchai.core.commun.Volume;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One line of a product's balance: a nature and its volume over the month, with what the
 * interprofession needs to know of it.
 *
 * @param nature what it is
 * @param volume its volume, zero or more
 * @param pays the destination country (ISO 3166 alpha-2) of an export or EU delivery
 * @param numeroContrat the bulk contract of a sale to négoce
 * @param numeroDocument the accompanying document (DAE, DSA)
 * @param moisOrigine for a replacement, the month of the taxed exit it cancels
 * @param acheteur for a sale to another bonded warehouse outside an interprofession contract, its buyer and price
 */
public record LigneDrm(NatureDrm nature, Volume volume, Optional<String> pays, Optional<String> numeroContrat,
        Optional<String> numeroDocument, Optional<YearMonth> moisOrigine, Optional<Acheteur> acheteur) {

    /**
     * A line without a buyer.
     *
     * @param nature what it is
     * @param volume its volume, zero or more
     * @param pays the destination country
     * @param numeroContrat the bulk contract
     * @param numeroDocument the accompanying document
     * @param moisOrigine for a replacement, the month of the taxed exit it cancels
     */
    public LigneDrm(NatureDrm nature, Volume volume, Optional<String> pays, Optional<String> numeroContrat,
            Optional<String> numeroDocument, Optional<YearMonth> moisOrigine) {
        this(nature, volume, pays, numeroContrat, numeroDocument, moisOrigine, Optional.empty());
    }

    /**
     * {@return a line with no reference}
     *
     * @param nature what it is
     * @param volume its volume
     */
    public static LigneDrm de(NatureDrm nature, Volume volume) {
        return new LigneDrm(nature, volume, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** {@return this line's customs category} */
    public CategorieDrm categorie() {
        return nature.categorie();
    }

    /**
     * {@return this line with both volumes}
     *
     * @param autre another volume of the same line
     */
    public LigneDrm plus(Volume autre) {
        return new LigneDrm(nature, volume.plus(autre), pays, numeroContrat, numeroDocument, moisOrigine, acheteur);
    }
}
