package fr.monchai.core.service;

import static fr.monchai.core.internal.Exiger.trouve;

import fr.monchai.core.CodeErreur;
import fr.monchai.core.DomainException;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.port.Depots;
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

    private final Depots depots;

    /** @param depots the store */
    public PeriodeService(Depots depots) {
        this.depots = depots;
    }

    /**
     * Locks a month. Locking a month already locked changes nothing.
     *
     * @param domaineId the domaine
     * @param mois the month declared
     * @return how many movements became {@code VERROUILLE}
     * @throws DomainException ({@link CodeErreur#BROUILLONS_EN_ATTENTE}) while drafts are dated
     *     in the month or before: validate or delete them first
     */
    public int verrouiller(long domaineId, YearMonth mois) {
        return depots.transactions().executer(() -> {
            trouve(depots.domaines().trouver(domaineId), "domaineId", "le domaine", domaineId);
            if (depots.periodes().verrouillees(domaineId).contains(mois)) {
                return 0;
            }
            LocalDate fin = mois.atEndOfMonth();
            List<Mouvement> enAttente = depots.journal().lister(domaineId,
                    FiltreJournal.TOUT.jusquAu(fin).statut(StatutMouvement.BROUILLON));
            if (!enAttente.isEmpty()) {
                throw new DomainException(CodeErreur.BROUILLONS_EN_ATTENTE, "mois",
                        enAttente.size() + " brouillon(s) datés jusqu'au " + fin + " (mouvements "
                                + enAttente.stream().map(m -> String.valueOf(m.id())).collect(Collectors.joining(", "))
                                + ") : validez-les ou supprimez-les avant de verrouiller " + mois);
            }
            int verrouilles = depots.journal().verrouillerJusquAu(domaineId, fin);
            depots.periodes().verrouiller(domaineId, mois);
            return verrouilles;
        });
    }

    /**
     * @param domaineId the domaine
     * @return its locked months
     */
    public SortedSet<YearMonth> verrouillees(long domaineId) {
        return depots.periodes().verrouillees(domaineId);
    }
}
