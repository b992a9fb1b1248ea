package fr.monchai.core.declaration;

import java.util.List;
import java.util.Optional;

/** Stores the history of declaration exports, with their files. */
public interface Declarations {

    /**
     * @param export an export with id 0
     * @return it with its new id
     */
    ExportDeclaration inserer(ExportDeclaration export);

    /**
     * @param id an export
     * @return it, if it exists in that domaine
     */
    Optional<ExportDeclaration> trouver(long domaineId, long id);

    /**
     * @return its exports, newest first, with their files
     */
    List<ExportDeclaration> lister(long domaineId);

    /** Deletes the trial (not final) exports of a month, with their files: the next trial replaces them. */
    void supprimerEssais(long domaineId, java.time.YearMonth periode);
}
