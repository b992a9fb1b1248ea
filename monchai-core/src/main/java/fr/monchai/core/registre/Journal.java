package fr.monchai.core.registre;

import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.Ecriture;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a domaine's movements and answers balance queries over the validated ones. The
 * rules are the use cases' job; the journal only stores and reads.
 */
public interface Journal {

    /**
     * {@return it with its new id}
     *
     * @param mouvement a draft with id 0 (a draft moves no balance)
     */
    Mouvement inserer(Mouvement mouvement);

    /**
     * Replaces what a draft says (its date, its comment) or a validated movement's status once
     * its month is declared. Never moves a balance: that is {@link #valider}'s job.
     *
     * @param mouvement the movement, same id
     */
    void mettreAJour(Mouvement mouvement);

    /**
     * Records a draft's validation — its register number and status — and books its legs into
     * the balances, in the caller's transaction: the one place balances change.
     *
     * @param valide the movement, same id, validated and numbered
     * @throws fr.monchai.core.commun.DomainException ({@code MOUVEMENT_NON_MODIFIABLE}) when it is
     *     no longer a draft (validated meanwhile by someone else): nothing is booked twice
     */
    void valider(Mouvement valide);

    /**
     * Told, in a transaction, that the draft is about to be validated in it: a store may read
     * ahead, at once, what the validation will ask (the draft, its lots, cuves and bouteille lots,
     * the balances of its accounts at the end of its day and their lowest or highest after it, the
     * declared months) and take the locks it will take, in the same order (the balance rows of its
     * accounts and cuves by key, then the register counter of that series, whose next number it then
     * keeps for the validation). A store over the network saves its round trips this way; one in
     * memory does nothing. The rules still ask for each value, and decide.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId the draft
     * @param serie the register's counter series
     */
    default void preparerValidation(long domaineId, long mouvementId, String serie) {
        // Nothing to read ahead in memory.
    }

    /**
     * {@return it, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the movement
     */
    Optional<Mouvement> trouver(long domaineId, long id);

    /**
     * Deletes a draft and its legs.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id a draft to delete
     */
    void supprimer(long domaineId, long id);

    /**
     * {@return the matching movements: validated ones in register order, then drafts by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param filtre which movements
     */
    List<Mouvement> lister(long domaineId, FiltreJournal filtre);

    /**
     * One slice of {@link #lister(long, FiltreJournal)}; a store reads just that slice.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param filtre which movements
     * @param debut how many to skip
     * @param taille how many at most
     * @return those movements, in the same order
     */
    default List<Mouvement> lister(long domaineId, FiltreJournal filtre, int debut, int taille) {
        List<Mouvement> tous = lister(domaineId, filtre);
        return tous.subList(Math.min(debut, tous.size()), Math.min(tous.size(), debut + taille));
    }

    /**
     * {@return how many match}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param filtre which movements
     */
    default long compter(long domaineId, FiltreJournal filtre) {
        return lister(domaineId, filtre).size();
    }

    /**
     * {@return its validated legs, in register order}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param compte an account
     */
    List<Ecriture> ecritures(long domaineId, Compte compte);

    /**
     * {@return the sum of its validated legs at or before that position}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param compte an account
     * @param position a point in time
     */
    Volume solde(long domaineId, Compte compte, Position position);

    /**
     * The lowest balance of an account at a position and at every later validated leg:
     * what a movement at that position may take without making any later balance negative.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param compte an account
     * @param position a point in time
     * @return the lowest balance from that position on
     */
    Volume soldeMinimumAPartirDe(long domaineId, Compte compte, Position position);

    /**
     * The highest volume a cuve holds (all its lots together) at a position and at every
     * later validated leg: what limits a movement into it at that position.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param cuveId a cuve
     * @param position a point in time
     * @return the highest level from that position on
     */
    Volume niveauMaximumAPartirDe(long domaineId, long cuveId, Position position);

    /**
     * Locks the balances of these accounts and cuves until the transaction ends, in the
     * order given, so that concurrent validations touching them run one after the other
     * and never deadlock.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param comptes the accounts, sorted by {@link Compte#cle()}
     * @param cuves the cuves, sorted
     */
    void verrouillerSoldes(long domaineId, List<Compte> comptes, List<Long> cuves);

    /**
     * {@return the balance now of every account that has a validated leg}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    Map<Compte, Volume> soldes(long domaineId);

    /**
     * {@return the contre-passation (draft or validated) that cites it, if any}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId a movement
     */
    Optional<Mouvement> contrePassationDe(long domaineId, long mouvementId);

    /**
     * {@return whether any movement, draft or validated, has a leg on it}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param compte an account
     */
    boolean estUtilise(long domaineId, Compte compte);

    /**
     * Locks every validated movement dated on or before a day.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param fin the last day of the declared period
     * @return how many movements were locked
     */
    int verrouillerJusquAu(long domaineId, LocalDate fin);

    /**
     * {@return the date of its latest validated (or locked) movement, if any}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    Optional<LocalDate> derniereDateValidee(long domaineId);

    /**
     * Stores validated movements that come after every movement of the register, numbered
     * and checked by the caller, and books them into the balances. A store may write them
     * in bulk; this default inserts them one by one.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param valides the movements, with id 0, in register order
     */
    default void importer(long domaineId, List<Mouvement> valides) {
        for (Mouvement m : valides) {
            inserer(m);
        }
    }
}
