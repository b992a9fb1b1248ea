package fr.monchai.core;

import fr.monchai.core.chai.*;
import fr.monchai.core.commun.*;
import fr.monchai.core.crd.*;
import fr.monchai.core.declaration.*;
import fr.monchai.core.journal.*;
import fr.monchai.core.registre.*;
import fr.monchai.core.vente.*;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * One domaine's declarations, every use case bound to it: the DRM exports recorded and the months they locked.
 * Take it with {@link ChaiDomaine#declarations()}; each call is one transaction, and a refusal writes nothing.
 */
public final class DeclarationsDomaine {

    private final MonChai chai;
    private final long domaineId;

    DeclarationsDomaine(MonChai chai, long domaineId) {
        this.chai = chai;
        this.domaineId = domaineId;
    }

    /**
     * {@return how many movements became {@code VERROUILLE}}
     * Same as {@link PeriodeService#verrouiller}, on this domaine.
     *
     * @param mois the month declared
     * @throws DomainException ({@link CodeErreur#BROUILLONS_EN_ATTENTE}) while drafts are dated in the month or before: validate or delete them first
     */
    public int verrouillerMois(YearMonth mois) {
        return chai.periodes().verrouiller(domaineId, mois);
    }

    /**
     * {@return its locked months}
     * Same as {@link PeriodeService#verrouillees}, on this domaine.
     */
    public SortedSet<YearMonth> moisVerrouilles() {
        return chai.periodes().verrouillees(domaineId);
    }

    /**
     * {@return its recorded exports, final and trial, newest first}
     * Same as {@link DeclarationService#historique}, on this domaine.
     */
    public List<ExportDeclaration> historique() {
        return chai.declarations().historique(domaineId);
    }

    /**
     * {@return it with its files, if it belongs to that domaine}
     * Same as {@link DeclarationService#trouver}, on this domaine.
     *
     * @param id an export
     */
    public Optional<ExportDeclaration> trouver(long id) {
        return chai.declarations().trouver(domaineId, id);
    }
}
