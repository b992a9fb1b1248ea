package fr.monchai.drm.modele;

import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Volume;
import java.util.List;

/**
 * The month's balance of one fiscal product (one column of the paper DRM).
 *
 * @param produit the product; its {@code libelleDouane} is the stable customs label
 * @param stockDebut the stock at the start of the month
 * @param lignes the month's entries and exits, by nature
 * @param stockFin the stock at the end of the month
 * @param observations what customs require to be explained (other entries and exits, replacements), at most 250 characters
 */
public record BalanceProduit(
        ProduitFiscal produit, Volume stockDebut, List<LigneDrm> lignes, Volume stockFin, String observations) {

    /** Keeps the lines immutable. */
    public BalanceProduit {
        lignes = List.copyOf(lignes);
    }

    /** {@return the customs label (libellé personnalisé)} */
    public String libelle() {
        return produit.libelleDouane();
    }

    /**
     * {@return their total}
     *
     * @param sens entries or exits
     */
    public Volume total(Sens sens) {
        return lignes.stream()
                .filter(l -> l.categorie().sens() == sens)
                .map(LigneDrm::volume)
                .reduce(Volume.ZERO, Volume::plus);
    }

    /**
     * {@return the total of its lines}
     *
     * @param categorie a customs category
     */
    public Volume total(CategorieDrm categorie) {
        return lignes.stream()
                .filter(l -> l.categorie() == categorie)
                .map(LigneDrm::volume)
                .reduce(Volume.ZERO, Volume::plus);
    }

    /** {@return whether the balance holds: début + entrées − sorties = fin} */
    public boolean equilibree() {
        return stockDebut.plus(total(Sens.ENTREE)).moins(total(Sens.SORTIE)).equals(stockFin);
    }
}
