package fr.monchai.core.registre;

import fr.monchai.core.chai.Composant;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.TypeMouvement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One movement of a register kept elsewhere (paper, a former software), to import as
 * already validated. Its legs name existing accounts with exact volumes and must sum to zero.
 *
 * @param type its kind (anything but {@code contre_passation}, which must cite a movement of this register)
 * @param date the day it happened
 * @param lignes its legs
 * @param commentaire a comment, mandatory for an inventory correction
 * @param destination the fiscal destination, mandatory for a {@code vente_sortie_stock}
 * @param apport the origin of wine entering the cellar (harvest, purchase), for its composition
 */
public record MouvementHistorique(
        TypeMouvement type,
        LocalDate date,
        List<LigneMouvement> lignes,
        String commentaire,
        Optional<DestinationFiscale> destination,
        Optional<Composant> apport) {

    /** Keeps the legs immutable. */
    public MouvementHistorique {
        lignes = lignes == null ? null : List.copyOf(lignes);
    }
}
