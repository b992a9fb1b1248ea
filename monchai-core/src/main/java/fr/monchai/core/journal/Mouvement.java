package fr.monchai.core.journal;

import fr.monchai.core.chai.Composant;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A movement of the domaine's journal: legs over accounts that sum to exactly zero.
 *
 * @param id the movement's id (0 before it is stored)
 * @param domaineId its domaine
 * @param type its kind
 * @param date the day it happened
 * @param statut draft, validated or locked
 * @param numero its number in the register, given at validation
 * @param lignes its legs, summing to zero
 * @param commentaire a free comment (mandatory for inventory corrections), possibly empty
 * @param destination the fiscal destination of an exit
 * @param apport the origin of wine that enters the cellar (harvest, purchase)
 * @param contrePasse for a {@code contre_passation}, the movement it reverses
 */
public record Mouvement(
        long id,
        long domaineId,
        TypeMouvement type,
        LocalDate date,
        StatutMouvement statut,
        OptionalLong numero,
        List<LigneMouvement> lignes,
        String commentaire,
        Optional<DestinationFiscale> destination,
        Optional<Composant> apport,
        OptionalLong contrePasse) {

    /**
     * Keeps the legs immutable, and balanced: a movement moves wine, it never creates or
     * destroys any, so its legs sum to zero (a harvest comes from the harvest account, a loss
     * goes to the losses account). No store, rule or caller can hold another kind.
     *
     * @throws DomainException ({@code OPERATION_INCOHERENTE} on {@code lignes}) when they do not sum to zero
     */
    public Mouvement {
        lignes = List.copyOf(lignes);
        long somme = 0;
        for (LigneMouvement l : lignes) {
            somme = Math.addExact(somme, l.volume().millilitres());
        }
        if (somme != 0) {
            throw new DomainException(
                    CodeErreur.OPERATION_INCOHERENTE,
                    "lignes",
                    "les lignes d'un mouvement s'équilibrent : " + "leur somme fait " + Volume.ml(somme)
                            + " au lieu de 0");
        }
    }

    /**
     * {@return this movement with that id}
     *
     * @param id the id the store gave it
     */
    public Mouvement avecId(long id) {
        return new Mouvement(
                id, domaineId, type, date, statut, numero, lignes, commentaire, destination, apport, contrePasse);
    }

    /**
     * {@return this movement with that status and number}
     *
     * @param statut the new status
     * @param numero the register number
     */
    public Mouvement avecStatut(StatutMouvement statut, OptionalLong numero) {
        return new Mouvement(
                id, domaineId, type, date, statut, numero, lignes, commentaire, destination, apport, contrePasse);
    }

    /**
     * {@return this draft with that date and comment}
     *
     * @param date the new date
     * @param commentaire the new comment
     */
    public Mouvement avecDateEtCommentaire(LocalDate date, String commentaire) {
        return new Mouvement(
                id, domaineId, type, date, statut, numero, lignes, commentaire, destination, apport, contrePasse);
    }

    /**
     * {@return the volume this movement puts on it (zero when it does not touch it)}
     *
     * @param compte an account
     */
    public Volume volumeSur(Compte compte) {
        Volume v = Volume.ZERO;
        for (LigneMouvement l : lignes) {
            if (l.compte().equals(compte)) {
                v = v.plus(l.volume());
            }
        }
        return v;
    }

    /**
     * {@return the lot this movement puts wine into, if it puts wine into one}: the new lot of
     * a harvest or a purchase, the lot a racking or a blend fills in its destination cuve (a new
     * one in an empty cuve, the one there otherwise), the lot a reversal gives back to. Not
     * named "created": a racking into a cuve that holds a lot fills that lot.
     */
    public OptionalLong lotDestination() {
        for (LigneMouvement l : lignes) {
            if (l.compte() instanceof Compte.DeLot(long lotId) && l.volume().estPositif()) {
                return OptionalLong.of(lotId);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * {@return the bouteille lot this movement puts bottles into, if any}: the new bouteille
     * lot of a bottling or a purchase of bottles, or the one a reversal gives back to.
     */
    public OptionalLong bouteilleLotDestination() {
        for (LigneMouvement l : lignes) {
            if (l.compte() instanceof Compte.DeBouteilles(long bouteilleLotId)
                    && l.volume().estPositif()) {
                return OptionalLong.of(bouteilleLotId);
            }
        }
        return OptionalLong.empty();
    }

    /** {@return where it stands in the register's order; only for validated movements} */
    public Position position() {
        return new Position(
                date, numero.orElseThrow(() -> new IllegalStateException("draft " + id + " has no position")));
    }
}
