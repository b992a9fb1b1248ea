package fr.monchai.core.registre;

import static fr.monchai.core.commun.Exiger.trouve;

import fr.monchai.core.chai.Composant;
import fr.monchai.core.chai.FiltreVendanges;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Transactions;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Mouvement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Harvests, and the draft movements that put them in cuves. */
public final class VendangeService {

    private final Transactions transactions;
    private final Parcelles parcelles;
    private final Vendanges vendanges;
    private final MouvementService mouvements;

    /**
     * Builds the service over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param transactions the store's transactions
     * @param parcelles the store's parcelles
     * @param vendanges the store's vendanges
     * @param mouvements the movements service, which builds the harvest's movement
     */
    public VendangeService(
            Transactions transactions, Parcelles parcelles, Vendanges vendanges, MouvementService mouvements) {
        this.transactions = transactions;
        this.parcelles = parcelles;
        this.vendanges = vendanges;
        this.mouvements = mouvements;
    }

    /**
     * Records a harvest into its cuve, entering a draft {@code vendange_vers_cuve} movement: the
     * harvest account gives the gross volume, the lot receives it less the waste, and the waste
     * goes to losses.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the harvest
     * @return the stored vendange; its {@code mouvementId} names the draft movement
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Vendange enregistrer(long domaineId, NouvelleVendange saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> {
            Parcelle parcelle = trouve(
                    parcelles.trouver(domaineId, saisie.parcelleId()),
                    "parcelleId",
                    "la parcelle",
                    saisie.parcelleId());
            Volume volume = Saisie.volumePositif("volumeHl", saisie.volumeHl());
            Volume dechets = saisie.dechetsHl()
                    .map(d -> Saisie.volumePositifOuNul("dechetsHl", d))
                    .orElse(Volume.ZERO);
            if (dechets.compareTo(volume) >= 0) {
                throw new DomainException(
                        CodeErreur.VOLUME_INVALIDE,
                        "dechetsHl",
                        "les déchets (" + dechets + ") doivent rester inférieurs au volume vendangé (" + volume + ")");
            }
            Lot lot = mouvements.lotDestination(
                    domaineId, saisie.cuveId(), saisie.produit(), Optional.empty(), saisie.date());
            Composant apport = new Composant(
                    OptionalInt.of(saisie.date().getYear()),
                    parcelle.cepage(),
                    OptionalLong.of(parcelle.id()),
                    lot.produit().appellation());
            Mouvement m = mouvements.brouillonVendange(domaineId, lot, volume, dechets, saisie.date(), apport);
            return vendanges.inserer(
                    new Vendange(0, domaineId, parcelle.id(), saisie.date(), volume, dechets, OptionalLong.of(m.id())));
        });
    }

    /**
     * {@return it, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id a vendange
     */
    public Optional<Vendange> trouver(long domaineId, long id) {
        return vendanges.trouver(domaineId, id);
    }

    /**
     * {@return the domaine's vendanges that pass the filter, by date then id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param filtre which ones ({@link FiltreVendanges#TOUT} for all)
     */
    public List<Vendange> lister(long domaineId, FiltreVendanges filtre) {
        return vendanges.lister(domaineId, filtre);
    }
}
