package fr.monchai.core.registre;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A change to a draft movement. (To change its volumes, delete the draft and enter it again.)
 *
 * @param date the new date
 * @param commentaire the new comment (the old one is kept when absent)
 */
public record ModificationBrouillon(
        @NotNull LocalDate date, @NotNull Optional<@Size(max = 500) String> commentaire) {}
