package fr.monchai.core.declaration;

import fr.monchai.core.commun.Artefact;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A recorded export of a monthly declaration: what was produced, by which plugin, for whom.
 *
 * @param domaineId the domaine it concerns (every read and write is scoped to it)
 * @param id its id (0 before it is stored)
 * @param periode the declared month
 * @param plugin the exporter's id, such as {@code interloire}
 * @param definitif whether it was the final export, which locked the month
 * @param auteur who exported it
 * @param date when
 * @param artefacts the files, kept to be downloaded again
 */
public record ExportDeclaration(
        long id,
        long domaineId,
        YearMonth periode,
        String plugin,
        boolean definitif,
        String auteur,
        Instant date,
        List<Artefact> artefacts) {

    /** Keeps the list immutable. */
    public ExportDeclaration {
        artefacts = List.copyOf(artefacts);
    }

    /**
     * {@return this export with that id}
     *
     * @param id the id the store gave it
     */
    public ExportDeclaration avecId(long id) {
        return new ExportDeclaration(id, domaineId, periode, plugin, definitif, auteur, date, artefacts);
    }
}
