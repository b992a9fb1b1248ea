package fr.monchai.core.declaration;

import fr.monchai.core.commun.Transactions;
import fr.monchai.core.registre.Domaines;
import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.registre.PeriodeService;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The history of declaration exports. A final export locks its month in the register in
 * the same transaction (the dev book's "verrouillage par événement"); a draft changes nothing.
 */
public final class DeclarationService {

    private final Transactions transactions;
    private final Domaines domaines;
    private final Declarations declarations;
    private final PeriodeService periodes;
    public DeclarationService(Transactions transactions, Domaines domaines, Declarations declarations, PeriodeService periodes) {
        this.transactions = transactions;
        this.domaines = domaines;
        this.declarations = declarations;
        this.periodes = periodes;
    }

    /**
     * Records a final export and locks its month, or checks a draft export and records nothing.
     *
     * @param periode the declared month
     * @param plugin the exporter's id
     * @param definitif true for the final export
     * @param auteur who exports
     * @param date when
     * @param artefacts the files produced
     * @return the export (with id 0 for a draft, which is not stored)
     * @throws DomainException when the month cannot be locked (drafts dated in it) or the input is empty
     */
    public ExportDeclaration enregistrer(long domaineId, YearMonth periode, String plugin, boolean definitif, String auteur,
            Instant date, List<Artefact> artefacts) {
        if (plugin == null || plugin.isBlank() || auteur == null || auteur.isBlank() || artefacts == null || artefacts.isEmpty()) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "artefacts",
                    "un export nomme son module, son auteur et au moins un fichier");
        }
        ExportDeclaration export = new ExportDeclaration(0, domaineId, periode, plugin, definitif, auteur, date, artefacts);
        if (!definitif) {
            return export;
        }
        return transactions.executer(() -> {
            Exiger.trouve(domaines.trouver(domaineId), "domaineId", "le domaine", domaineId);
            periodes.verrouiller(domaineId, periode);
            return declarations.inserer(export);
        });
    }

    /**
     * @return its recorded exports, newest first
     */
    public List<ExportDeclaration> historique(long domaineId) {
        return declarations.lister(domaineId);
    }

    /**
     * @param id an export
     * @return it with its files, if it belongs to that domaine
     */
    public Optional<ExportDeclaration> trouver(long domaineId, long id) {
        return declarations.trouver(domaineId, id);
    }
}
