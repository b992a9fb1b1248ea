package fr.monchai.core.journal;

import java.util.List;

/**
 * One page of the journal.
 *
 * @param elements the page's movements, in register order then drafts
 * @param page its number, from 1
 * @param taille the page size asked for
 * @param total how many movements match in all
 */
public record PageJournal(List<Mouvement> elements, int page, int taille, long total) {

    /** Keeps the list immutable. */
    public PageJournal {
        elements = List.copyOf(elements);
    }
}
