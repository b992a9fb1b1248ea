package fr.monchai.core.chai;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A vineyard plot.
 *
 * @param id the parcelle's id (0 before it is stored)
 * @param domaineId its domaine
 * @param nom its name, such as "Les Carrières"
 * @param cepage its grape variety, such as "Melon B."
 * @param surfaceHa its area in hectares, above zero
 * @param position where it lies, when known
 * @param anneePlantation the year it was planted, when known
 */
public record Parcelle(
        long id,
        long domaineId,
        String nom,
        String cepage,
        BigDecimal surfaceHa,
        Optional<Coordonnees> position,
        OptionalInt anneePlantation) {

    /**
     * {@return this parcelle with that id}
     *
     * @param id the id the store gave it
     */
    public Parcelle avecId(long id) {
        return new Parcelle(id, domaineId, nom, cepage, surfaceHa, position, anneePlantation);
    }
}
