package fr.monchai.server.pages;

import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.server.textes.Formats;
import fr.monchai.server.textes.Libelles;
import fr.monchai.server.textes.Messages;
import java.util.List;
import java.util.Optional;

/**
 * A movement in a list (the journal, a lot's history, the dashboard's drafts): what it is, its legs in words, and what
 * may be done with it.
 *
 * @param id the movement's id
 * @param numero its register number, or {@code ""} for a draft
 * @param date its day, as shown
 * @param type its type in words
 * @param statut its status in words
 * @param brouillon whether it is a draft (to validate or delete)
 * @param annulable whether it may still be cancelled by a reversing entry
 * @param annulePar the reversing entry that cancels it, if any
 * @param commentaire its comment
 * @param lignes its legs in words
 */
public record LigneJournal(
        long id,
        String numero,
        String date,
        String type,
        String statut,
        boolean brouillon,
        boolean annulable,
        List<Inverse> annulePar,
        String commentaire,
        List<String> lignes) {

    /**
     * The reversing entry of a movement.
     *
     * @param id its id
     * @param numero its register number in words (« n° 12 », or « en brouillon »)
     */
    public record Inverse(long id, String numero) {}

    /**
     * {@return a movement as a list shows it}
     *
     * @param m the movement
     * @param libelles the register's words for its accounts
     * @param d the domaine's register, for its reversal
     */
    public static LigneJournal de(Mouvement m, Libelles libelles, ChaiDomaine d) {
        boolean annulable = m.statut() == StatutMouvement.VALIDE && m.type() != TypeMouvement.CONTRE_PASSATION;
        Optional<Mouvement> inverse =
                annulable || m.statut() == StatutMouvement.VERROUILLE ? d.contrePassationDe(m.id()) : Optional.empty();
        return new LigneJournal(
                m.id(),
                m.numero().isPresent() ? Long.toString(m.numero().getAsLong()) : "",
                Formats.date(m.date()),
                Libelles.type(m.type()),
                Libelles.statut(m.statut()),
                m.statut() == StatutMouvement.BROUILLON,
                annulable && inverse.isEmpty(),
                inverse
                        .map(x -> new Inverse(
                                x.id(),
                                x.numero().isPresent()
                                        ? "n° " + x.numero().getAsLong()
                                        : Messages.texte("mouvement.en-brouillon")))
                        .stream()
                        .toList(),
                m.commentaire(),
                m.lignes().stream().map(libelles::ligne).toList());
    }
}
