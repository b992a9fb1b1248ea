package fr.monchai.core.registre;

import static fr.monchai.core.commun.Exiger.trouve;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Transactions;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.StatutMouvement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * Declared periods. Locking a month (when its DRM is sent) locks every validated movement
 * dated in it or before, and from then on no movement may be dated on or before its last
 * day: that would change a stock already declared.
 */
public final class PeriodeService {

    private final Transactions transactions;
    private final Domaines domaines;
    private final Journal journal;
    private final Periodes periodes;
    /**
     * Builds the service over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param transactions the store's transactions
     * @param domaines the store's domaines
     * @param journal the store's journal
     * @param periodes the periods service, which locks the declared months
     */
    public PeriodeService(Transactions transactions, Domaines domaines, Journal journal, Periodes periodes) {
        this.transactions = transactions;
        this.domaines = domaines;
        this.journal = journal;
        this.periodes = periodes;
    }

    /**
     * Locks a month. Locking a month already locked changes nothing.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mois the month declared
     * @return how many movements became {@code VERROUILLE}
     * @throws DomainException ({@link CodeErreur#BROUILLONS_EN_ATTENTE}) while drafts are dated
     *     in the month or before: validate or delete them first
     */
    public int verrouiller(long domaineId, YearMonth mois) {
        return transactions.executer(() -> {
            trouve(domaines.trouver(domaineId), "domaineId", "le domaine", domaineId);
            if (periodes.verrouillees(domaineId).contains(mois)) {
                return 0;
            }
            LocalDate fin = mois.atEndOfMonth();
            List<Mouvement> enAttente =
                    journal.lister(domaineId, FiltreJournal.TOUT.jusquAu(fin).statut(StatutMouvement.BROUILLON));
            if (!enAttente.isEmpty()) {
                throw new DomainException(
                        CodeErreur.BROUILLONS_EN_ATTENTE,
                        "mois",
                        enAttente.size() + " brouillon(s) datés jusqu'au " + fin + " (mouvements "
                                + enAttente.stream()
                                        .map(m -> String.valueOf(m.id()))
                                        .collect(Collectors.joining(", "))
                                + ") : validez-les ou supprimez-les avant de verrouiller " + mois);
            }
            int verrouilles = journal.verrouillerJusquAu(domaineId, fin);
            periodes.verrouiller(domaineId, mois);
            return verrouilles;
        });
    }

    /**
     * {@return its locked months}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public SortedSet<YearMonth> verrouillees(long domaineId) {
        return periodes.verrouillees(domaineId);
    }
}
