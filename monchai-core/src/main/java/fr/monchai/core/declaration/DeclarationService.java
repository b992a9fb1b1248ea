package fr.monchai.core.declaration;

import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.Calendrier;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.commun.Transactions;
import fr.monchai.core.registre.Compteurs;
import fr.monchai.core.registre.Domaines;
import fr.monchai.core.registre.MouvementService;
import fr.monchai.core.registre.PeriodeService;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The history of declaration exports, under the customs' rules for a monthly declaration
 * (CIEL): one per month, in order, for a month that is over. A final export locks its month in
 * the register in the same transaction (the dev book's "verrouillage par événement"); a trial
 * export is a draft, kept with its files until the next trial of the same month replaces it.
 */
public final class DeclarationService {

    private final Transactions transactions;
    private final Domaines domaines;
    private final Declarations declarations;
    private final Compteurs compteurs;
    private final PeriodeService periodes;

    /**
     * Builds the service over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param transactions the store's transactions
     * @param domaines the store's domaines
     * @param declarations the store's declarations
     * @param compteurs the store's compteurs
     * @param periodes the periods service, which locks the declared months
     */
    public DeclarationService(
            Transactions transactions,
            Domaines domaines,
            Declarations declarations,
            Compteurs compteurs,
            PeriodeService periodes) {
        this.transactions = transactions;
        this.domaines = domaines;
        this.declarations = declarations;
        this.compteurs = compteurs;
        this.periodes = periodes;
    }

    /**
     * Stops every validation of the domaine until the caller's transaction ends. Call it first
     * in the transaction that builds, checks and records a final declaration: the month it
     * reads is then exactly the month it locks (a movement validated meanwhile waits, then finds
     * its month declared).
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public void figerRegistre(long domaineId) {
        transactions.executer(() -> {
            compteurs.bloquer(domaineId, MouvementService.SERIE_REGISTRE);
            return null;
        });
    }

    /**
     * Records an export. A final one is refused unless its month is over (by {@code date},
     * French time), not declared yet, and the month after the last one declared (the first
     * final export chooses where the domaine starts); it then locks the month. A trial one is
     * kept, replacing the previous trial of that month, and locks nothing.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param periode the declared month
     * @param plugin the exporter's id
     * @param definitif true for the final export
     * @param auteur who exports
     * @param date when
     * @param artefacts the files produced
     * @return the export, recorded
     * @throws DomainException when a rule above is broken, when the month cannot be locked
     *     (drafts dated in it) or the input is empty; nothing is recorded then
     */
    public ExportDeclaration enregistrer(
            long domaineId,
            YearMonth periode,
            String plugin,
            boolean definitif,
            String auteur,
            Instant date,
            List<Artefact> artefacts) {
        if (plugin == null
                || plugin.isBlank()
                || auteur == null
                || auteur.isBlank()
                || artefacts == null
                || artefacts.isEmpty()
                || periode == null
                || date == null) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "artefacts",
                    "un export nomme son mois, son module, son auteur, sa date et au moins un fichier");
        }
        ExportDeclaration export =
                new ExportDeclaration(0, domaineId, periode, plugin, definitif, auteur, date, artefacts);
        return transactions.executer(() -> {
            Exiger.trouve(domaines.trouver(domaineId), "domaineId", "le domaine", domaineId);
            if (definitif) {
                verifierOrdre(domaineId, periode, YearMonth.from(date.atZone(Calendrier.FUSEAU)));
                periodes.verrouiller(domaineId, periode);
            }
            declarations.supprimerEssais(domaineId, periode);
            return declarations.inserer(export);
        });
    }

    /** A final export declares a month that is over, once, and the month after the last one declared. */
    private void verifierOrdre(long domaineId, YearMonth periode, YearMonth courant) {
        if (!periode.isBefore(courant)) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "mois",
                    "la DRM de " + mois(periode) + " se dépose une fois le mois terminé : "
                            + (periode.equals(courant) ? "c'est le mois en cours" : "ce mois est à venir"));
        }
        List<ExportDeclaration> definitifs = declarations.lister(domaineId).stream()
                .filter(ExportDeclaration::definitif)
                .toList();
        for (ExportDeclaration e : definitifs) {
            if (e.periode().equals(periode)) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "mois",
                        "la DRM de " + mois(periode) + " est déjà déclarée (export n° " + e.id()
                                + ") : téléchargez ses fichiers enregistrés plutôt que de l'exporter à nouveau");
            }
        }
        definitifs.stream()
                .map(ExportDeclaration::periode)
                .max(YearMonth::compareTo)
                .ifPresent(dernier -> {
                    YearMonth suivant = dernier.plusMonths(1);
                    if (!periode.equals(suivant)) {
                        throw new DomainException(
                                CodeErreur.OPERATION_INCOHERENTE,
                                "mois",
                                "les DRM se déclarent dans l'ordre, un mois après "
                                        + "l'autre : la dernière déclarée est celle de " + mois(dernier)
                                        + ", la prochaine est celle de " + mois(suivant));
                    }
                });
    }

    private static String mois(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE) + " " + m.getYear();
    }

    /**
     * {@return its recorded exports, final and trial, newest first}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<ExportDeclaration> historique(long domaineId) {
        return declarations.lister(domaineId);
    }

    /**
     * {@return it with its files, if it belongs to that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id an export
     */
    public Optional<ExportDeclaration> trouver(long domaineId, long id) {
        return declarations.trouver(domaineId, id);
    }
}
