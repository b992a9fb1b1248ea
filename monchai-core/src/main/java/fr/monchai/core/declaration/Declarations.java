package fr.monchai.core.declaration;

import java.util.List;
import java.util.Optional;

/** Stores the history of declaration exports, with their files. */
public interface Declarations {

    /**
     * {@return it with its new id}
     *
     * @param export an export with id 0
     */
    ExportDeclaration inserer(ExportDeclaration export);

    /**
     * {@return it, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id an export
     */
    Optional<ExportDeclaration> trouver(long domaineId, long id);

    /**
     * {@return its exports, newest first, with their files}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    List<ExportDeclaration> lister(long domaineId);

    /**
     * Deletes the trial (not final) exports of a month, with their files: the next trial replaces them.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param periode the month
     */
    void supprimerEssais(long domaineId, java.time.YearMonth periode);
}
