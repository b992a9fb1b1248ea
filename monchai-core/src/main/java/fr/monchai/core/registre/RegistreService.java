package fr.monchai.core.registre;

import static fr.monchai.core.commun.Exiger.trouve;

import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.chai.Composition;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Transactions;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.Ecriture;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the register: balances, stocks, the journal, compositions and traceability. */
public final class RegistreService {

    private final Transactions transactions;
    private final Vendanges vendanges;
    private final Cuves cuves;
    private final Lots lots;
    private final BouteilleLots bouteilleLots;
    private final Journal journal;
    /**
     * Builds the service over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param transactions the store's transactions
     * @param vendanges the store's vendanges
     * @param cuves the store's cuves
     * @param lots the store's lots
     * @param bouteilleLots the store's bouteilleLots
     * @param journal the store's journal
     */
    public RegistreService(
            Transactions transactions,
            Vendanges vendanges,
            Cuves cuves,
            Lots lots,
            BouteilleLots bouteilleLots,
            Journal journal) {
        this.transactions = transactions;
        this.vendanges = vendanges;
        this.cuves = cuves;
        this.lots = lots;
        this.bouteilleLots = bouteilleLots;
        this.journal = journal;
    }

    /**
     * {@return its validated balance now}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param compte an account
     */
    public Volume solde(long domaineId, Compte compte) {
        return journal.solde(domaineId, compte, Position.finDe(LocalDate.MAX));
    }

    /**
     * {@return its validated balance at the end of that day}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param compte an account
     * @param date a day
     */
    public Volume solde(long domaineId, Compte compte, LocalDate date) {
        return journal.solde(domaineId, compte, Position.finDe(date));
    }

    /**
     * {@return the balance now of every account that has a validated leg (they sum to zero)}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public Map<Compte, Volume> soldes(long domaineId) {
        return journal.soldes(domaineId);
    }

    /**
     * What a movement does to each fiscal product: its net volume on the lots and bouteille
     * lots of that product. A movement that leaves two products with opposite signs moves
     * wine from one to the other: a repli, déclassement or transfert in the DRM.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvement a movement of that domaine
     * @return the net volume per fiscal product touched, without the zero ones
     */
    public Map<ProduitFiscal, Volume> volumesParProduit(long domaineId, Mouvement mouvement) {
        return transactions.executer(() -> {
            Map<ProduitFiscal, Volume> parProduit = new LinkedHashMap<>();
            for (LigneMouvement l : mouvement.lignes()) {
                Optional<ProduitFiscal> produit = switch (l.compte()) {
                    case Compte.DeLot lot ->
                        lots.trouver(domaineId, lot.lotId()).map(Lot::produit);
                    case Compte.DeBouteilles b ->
                        bouteilleLots.trouver(domaineId, b.bouteilleLotId()).map(BouteilleLot::produit);
                    case Compte.Externe e -> Optional.empty();
                };
                produit.ifPresent(p -> parProduit.merge(p, l.volume(), Volume::plus));
            }
            parProduit.values().removeIf(Volume::estNul);
            return parProduit;
        });
    }

    /**
     * {@return every cuve with the lots it holds now and its free room}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<EtatCuve> cuves(long domaineId) {
        return transactions.executer(() -> {
            Map<Compte, Volume> soldes = journal.soldes(domaineId);
            List<EtatCuve> etats = new ArrayList<>();
            for (Cuve cuve : cuves.lister(domaineId)) {
                etats.add(etatCuve(domaineId, cuve, soldes));
            }
            return etats;
        });
    }

    /**
     * {@return the lots it holds now, with their volume, and its free room}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param cuveId a cuve
     */
    public EtatCuve cuve(long domaineId, long cuveId) {
        return transactions.executer(() -> etatCuve(
                domaineId,
                trouve(cuves.trouver(domaineId, cuveId), "cuveId", "la cuve", cuveId),
                journal.soldes(domaineId)));
    }

    private EtatCuve etatCuve(long domaineId, Cuve cuve, Map<Compte, Volume> soldes) {
        List<LotEnCuve> lots = new ArrayList<>();
        Volume total = Volume.ZERO;
        for (Lot lot : this.lots.parCuve(domaineId, cuve.id())) {
            Volume v = soldes.getOrDefault(new Compte.DeLot(lot.id()), Volume.ZERO);
            if (v.estPositif()) {
                lots.add(new LotEnCuve(lot, v));
                total = total.plus(v);
            }
        }
        return new EtatCuve(cuve, List.copyOf(lots), total, cuve.capacite().moins(total));
    }

    /**
     * {@return every lot that holds wine now, with its volume}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<LotEnCuve> lotsDisponibles(long domaineId) {
        return transactions.executer(() -> {
            Map<Compte, Volume> soldes = journal.soldes(domaineId);
            List<LotEnCuve> lots = new ArrayList<>();
            for (Lot lot : this.lots.lister(domaineId)) {
                Volume v = soldes.getOrDefault(new Compte.DeLot(lot.id()), Volume.ZERO);
                if (v.estPositif()) {
                    lots.add(new LotEnCuve(lot, v));
                }
            }
            return lots;
        });
    }

    /**
     * {@return the bottles in stock now, per bouteille lot (exhausted ones included, at zero)}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<StockBouteilles> stockBouteilles(long domaineId) {
        return transactions.executer(() -> {
            Map<Compte, Volume> soldes = journal.soldes(domaineId);
            List<StockBouteilles> stock = new ArrayList<>();
            for (BouteilleLot b : bouteilleLots.lister(domaineId)) {
                Volume v = soldes.getOrDefault(new Compte.DeBouteilles(b.id()), Volume.ZERO);
                stock.add(new StockBouteilles(b, v.millilitres() / b.contenanceMl(), v));
            }
            return stock;
        });
    }

    /**
     * {@return the matching movements: validated ones in register order, then drafts}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param filtre which movements
     */
    public List<Mouvement> journal(long domaineId, FiltreJournal filtre) {
        return journal.lister(domaineId, filtre);
    }

    /**
     * One page of the journal, read as a page from the store (not the whole journal).
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param filtre which movements
     * @param page the page, from 1
     * @param taille its size, from 1 to 1000
     * @return the page and the number of matching movements
     */
    public fr.monchai.core.journal.PageJournal journal(long domaineId, FiltreJournal filtre, int page, int taille) {
        if (page < 1 || taille < 1 || taille > 1000) {
            throw new fr.monchai.core.commun.DomainException(
                    fr.monchai.core.commun.CodeErreur.SAISIE_INVALIDE,
                    page < 1 ? "page" : "taille",
                    page < 1 ? "la page commence à 1" : "la taille d'une page va de 1 à 1000");
        }
        return transactions.executer(() -> new fr.monchai.core.journal.PageJournal(
                journal.lister(domaineId, filtre, (page - 1) * taille, taille),
                page,
                taille,
                journal.compter(domaineId, filtre)));
    }

    /**
     * {@return what it is made of now (vintage, grape variety, parcelle, appellation), summing exactly to its balance}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param compte a lot or bouteille lot account
     */
    public Composition composition(long domaineId, Compte compte) {
        return composition(domaineId, compte, LocalDate.MAX);
    }

    /**
     * {@return what it was made of at the end of that day}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param compte a lot or bouteille lot account
     * @param date a day
     */
    public Composition composition(long domaineId, Compte compte, LocalDate date) {
        return transactions.executer(() -> {
            Rejeu rejeu = new Rejeu();
            for (Mouvement m : valides(domaineId)) {
                if (m.date().isAfter(date)) {
                    break;
                }
                rejeu.appliquer(m);
            }
            return rejeu.composition(compte);
        });
    }

    /**
     * {@return everything that went into it, down to the vendanges and parcelles}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param compte a lot or bouteille lot account
     */
    public Tracabilite tracabiliteAmont(long domaineId, Compte compte) {
        return transactions.executer(
                () -> new ParcoursTracabilite(vendanges, domaineId, valides(domaineId)).amont(compte));
    }

    /**
     * {@return every lot, bouteille lot and sale it went to}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param compte a lot or bouteille lot account
     */
    public Tracabilite tracabiliteAval(long domaineId, Compte compte) {
        return transactions.executer(
                () -> new ParcoursTracabilite(vendanges, domaineId, valides(domaineId)).aval(compte));
    }

    private List<Mouvement> valides(long domaineId) {
        return journal.lister(domaineId, FiltreJournal.TOUT).stream()
                .filter(m -> m.statut().compte())
                .toList();
    }

    /**
     * {@return it, if it is the domaine's}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param lotId a lot, emptied or not
     */
    public Optional<Lot> lot(long domaineId, long lotId) {
        return lots.trouver(domaineId, lotId);
    }

    /**
     * {@return every lot the domaine has had, emptied ones included, by id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<Lot> lots(long domaineId) {
        return lots.lister(domaineId);
    }

    /**
     * {@return it, if it is the domaine's}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param bouteilleLotId a bouteille lot
     */
    public Optional<BouteilleLot> bouteilleLot(long domaineId, long bouteilleLotId) {
        return bouteilleLots.trouver(domaineId, bouteilleLotId);
    }

    /**
     * {@return every bouteille lot the domaine has had, sold-out ones included}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<BouteilleLot> bouteilleLots(long domaineId) {
        return bouteilleLots.lister(domaineId);
    }

    /**
     * {@return its validated legs in register order, each with the balance after it: the account's history}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param compte a stock account
     */
    public List<Ecriture> ecritures(long domaineId, Compte compte) {
        return journal.ecritures(domaineId, compte);
    }
}
