package fr.monchai.kit;

import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.registre.SensAjustement;
import java.util.List;

/**
 * The operations of the register's property: what {@link ChargeRegistre} generates and {@link RegistreMachine} applies
 * to the system and to its reference model. Indices name the model's cuves, lots and movements, in order.
 */
public final class OperationsRegistre {

    private OperationsRegistre() {}

    /** An operation on the register. */
    public sealed interface Op {}

    /**
     * @param capaciteMl capacity
     */
    public record NouvelleCuve(long capaciteMl) implements Op {}

    /** A harvest into a cuve. */
    public record Vendange_(int cuve, long volumeMl, long dechetsMl, int jour, boolean valider) implements Op {}

    /** A racking; {@code sousMl} adds a millionth of a hectolitre to the volume. */
    public record Soutirage_(int lot, int cuve, long volumeMl, long pertesMl, int jour, boolean sousMl, boolean valider)
            implements Op {}

    /** A blend of two lots. */
    public record Assemblage_(
            int lotA, long volumeA, int lotB, long volumeB, int cuve, long pertesMl, int jour, boolean valider)
            implements Op {}

    /** A loss. */
    public record Perte_(int lot, long volumeMl, int jour, boolean valider) implements Op {}

    /** A bottling. */
    public record MiseEnBouteille_(int lot, long bouteilles, int contenanceMl, long pertesMl, int jour, boolean valider)
            implements Op {}

    /** A sale of bottles. */
    public record VenteBouteilles_(
            int bouteilleLot, long bouteilles, DestinationFiscale destination, int jour, boolean valider)
            implements Op {}

    /** Bottles bought in, under bond or with their duty paid (which may then leave duty-paid only). */
    public record AchatBouteilles_(
            long bouteilles, int contenanceMl, boolean droitsAcquittes, int jour, boolean valider) implements Op {}

    /** A bulk sale. */
    public record VenteVrac_(int lot, long volumeMl, DestinationFiscale destination, int jour, boolean valider)
            implements Op {}

    /** A bulk purchase. */
    public record AchatVrac_(int cuve, long volumeMl, int jour, boolean valider) implements Op {}

    /** Wine back from a provider into a cuve; more than is away there must be refused. */
    public record RetourTravailAFacon_(int cuve, long volumeMl, int jour, boolean valider) implements Op {}

    /** An inventory correction; a blank comment must be refused. */
    public record Ajustement_(
            int lot, SensAjustement sens, long volumeMl, String commentaire, int jour, boolean valider) implements Op {}

    /** A reversal of the n-th validated movement. */
    public record ContrePassation_(int mouvement, int jour, boolean valider) implements Op {}

    /** Validates the n-th draft. */
    public record Valider(int brouillon) implements Op {}

    /** Deletes the n-th draft. */
    public record Supprimer(int brouillon) implements Op {}

    /** Locks a month of 2026. */
    public record Verrouiller(int mois) implements Op {}

    /**
     * @param transferts movements of a register kept elsewhere, imported together
     */
    public record Historique_(List<Transfert> transferts) implements Op {}

    /**
     * @param lotA the lot wine leaves
     * @param lotB the lot it goes to
     * @param volumeMl how much
     * @param jour its day
     */
    public record Transfert(int lotA, int lotB, long volumeMl, int jour) {}
}
