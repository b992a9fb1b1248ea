package fr.monchai.core.crd;

import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A movement of capsules to record.
 *
 * @param date the day
 * @param categorie still or sparkling
 * @param type the capsules' type
 * @param contenanceMl the bottle size they fit
 * @param nature what happened
 * @param quantite how many capsules
 * @param observation why; mandatory for other entries and exits
 * @param contenant a bottle or a BIB; when left out, a BIB above 2 l and a bottle up to 2 l
 * @param couleur the colour printed on the capsules, when the estate keeps its colours apart
 */
public record NouveauMouvementCrd(
        @NotNull LocalDate date,
        @NotNull CategorieCapsule categorie,
        @NotNull TypeCapsule type,
        @NotNull @Min(10) @Max(30_000) Integer contenanceMl,
        @NotNull NatureCrd nature,
        @NotNull @Positive @Max(100_000_000) Long quantite,
        @NotNull Optional<@Size(max = 250) String> observation,
        @NotNull Optional<Contenant> contenant,
        @NotNull Optional<CouleurCapsule> couleur) {

    /**
     * A movement of capsules whose container follows from its size, without colour.
     *
     * @param date the day
     * @param categorie still, sparkling…
     * @param type personalised or collective
     * @param contenanceMl the bottle size they cap, in millilitres
     * @param nature purchase, use, loss…
     * @param quantite how many
     * @param observation why; mandatory for other entries and exits
     */
    public NouveauMouvementCrd(
            LocalDate date,
            CategorieCapsule categorie,
            TypeCapsule type,
            Integer contenanceMl,
            NatureCrd nature,
            Long quantite,
            Optional<String> observation) {
        this(date, categorie, type, contenanceMl, nature, quantite, observation, Optional.empty(), Optional.empty());
    }

    /** {@return the stock of capsules it moves} */
    public CompteCapsules compte() {
        return new CompteCapsules(
                categorie, type, contenanceMl, contenant.orElseGet(() -> Contenant.deduit(contenanceMl)), couleur);
    }

    /**
     * {@return a movement of capsules with no observation}
     *
     * @param date the day
     * @param categorie still, sparkling…
     * @param type personalised or collective
     * @param contenanceMl the bottle size they cap, in millilitres
     * @param nature purchase, use, loss…
     * @param quantite how many
     * @throws DomainException naming the field, when a value breaks its rule
     */
    public static NouveauMouvementCrd de(
            LocalDate date,
            CategorieCapsule categorie,
            TypeCapsule type,
            int contenanceMl,
            NatureCrd nature,
            long quantite) {
        return Saisie.valide(
                new NouveauMouvementCrd(date, categorie, type, contenanceMl, nature, quantite, Optional.empty()));
    }

    /**
     * {@return this input, with that observation (mandatory for some natures)}
     *
     * @param observation the text
     */
    public NouveauMouvementCrd observation(String observation) {
        return Saisie.valide(new NouveauMouvementCrd(
                date, categorie, type, contenanceMl, nature, quantite, Optional.of(observation), contenant, couleur));
    }

    /**
     * {@return this input, for capsules of that container and colour}
     *
     * @param autre a bottle or a BIB
     * @param teinte the colour printed on them, if the estate keeps it
     */
    public NouveauMouvementCrd capsules(Contenant autre, Optional<CouleurCapsule> teinte) {
        return Saisie.valide(new NouveauMouvementCrd(
                date, categorie, type, contenanceMl, nature, quantite, observation, Optional.of(autre), teinte));
    }
}
