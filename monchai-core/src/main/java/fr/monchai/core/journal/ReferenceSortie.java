package fr.monchai.core.journal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * What customs and the interprofession want to know of wine leaving the domaine, beside
 * its volume: the country it goes to, its accompanying document and the bulk contract.
 *
 * @param pays the destination country, ISO 3166 alpha-2 (such as {@code BE}), for exports and EU deliveries
 * @param numeroDocument the accompanying document (DAE, DSA) number
 * @param numeroContrat the interprofession's bulk contract number
 */
public record ReferenceSortie(
        @NotNull Optional<@Pattern(regexp = "[A-Z]{2}", message = "doit être un code pays ISO à deux lettres, comme BE") String> pays,
        @NotNull Optional<@Size(min = 1, max = 21) String> numeroDocument,
        @NotNull Optional<@Size(min = 1, max = 30) String> numeroContrat) {

    /** No reference. */
    public static final ReferenceSortie AUCUNE = new ReferenceSortie(Optional.empty(), Optional.empty(), Optional.empty());
}
