package fr.monchai.kit;

import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.CompteExterne;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.registre.SensAjustement;
import fr.monchai.kit.OperationsRegistre.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The register property's workload, apart from its auditor ({@link RegistreMachine}, the system beside its reference
 * model): weighted operations chosen from what the model holds, some valid, some that must be refused (a volume past
 * a balance, a cuve too small, a day in a declared month), most days moving forward and some dated back.
 */
public final class ChargeRegistre {

    /** What the workload reads of the model to choose an operation. */
    public interface Etat {
        /** {@return how many cuves the model holds} */
        int nbCuves();

        /** {@return the model's lots, in order} */
        List<Long> lots();

        /** {@return the model's bottle lots, in order} */
        List<Long> bouteilles();

        /**
         * {@return a bottle lot's bottle size}
         *
         * @param bouteilleLot a bottle lot
         */
        int contenance(long bouteilleLot);

        /** {@return how many validated movements the model holds} */
        int nbValides();

        /** {@return how many drafts the model holds} */
        int nbBrouillons();

        /**
         * {@return an account's balance in the model, in millilitres}
         *
         * @param compte an account
         */
        long solde(Compte compte);
    }

    static final LocalDate ORIGINE = LocalDate.of(2026, 1, 1);
    static final int JOURS = 180;
    private static final Compte TRAVAIL_A_FACON = new Compte.Externe(CompteExterne.TRAVAIL_A_FACON);

    private final Etat etat;
    private int jourCourant;

    /** @param etat the model the operations are chosen from */
    public ChargeRegistre(Etat etat) {
        this.etat = etat;
    }

    /**
     * {@return the next operation, chosen from what the model holds}
     *
     * @param a the seeded random source
     */
    public Op generer(SplittableRandom a) {
        if (a.nextInt(10) < 7) {
            jourCourant = Math.min(JOURS, jourCourant + a.nextInt(4));
        }
        int jour = a.nextInt(10) < 7 ? jourCourant : a.nextInt(jourCourant + 1);
        boolean valider = a.nextInt(100) < 85;
        if (etat.nbCuves() == 0 || (etat.nbCuves() < 3 && a.nextInt(3) == 0)) {
            return new NouvelleCuve(500_000 + a.nextLong(3_500_000));
        }
        while (true) {
            int choix = a.nextInt(100);
            if (choix < 4 && etat.nbCuves() < 6) {
                return new NouvelleCuve(500_000 + a.nextLong(3_500_000));
            } else if (choix < 20) {
                long v = 1 + a.nextLong(2_000_000);
                long dechets = a.nextInt(10) == 0 ? v + a.nextLong(10) : a.nextLong(v / 20 + 1);
                return new Vendange_(a.nextInt(etat.nbCuves()), v, dechets, jour, valider);
            } else if (choix < 36 && !etat.lots().isEmpty()) {
                int lot = a.nextInt(etat.lots().size());
                long v = volumePour(new Compte.DeLot(etat.lots().get(lot)), a);
                int type = a.nextInt(20);
                long pertes = type == 0 ? v : a.nextLong(v / 50 + 1);
                return new Soutirage_(
                        lot, a.nextInt(etat.nbCuves()), type == 1 ? -v : v, pertes, jour, type == 2, valider);
            } else if (choix < 43 && etat.lots().size() >= 2) {
                int lotA = a.nextInt(etat.lots().size());
                int lotB = a.nextInt(10) == 0 ? lotA : a.nextInt(etat.lots().size());
                long va = volumePour(new Compte.DeLot(etat.lots().get(lotA)), a);
                long vb = volumePour(new Compte.DeLot(etat.lots().get(lotB)), a);
                return new Assemblage_(
                        lotA, va, lotB, vb, a.nextInt(etat.nbCuves()), a.nextLong((va + vb) / 50 + 1), jour, valider);
            } else if (choix < 48 && !etat.lots().isEmpty()) {
                int lot = a.nextInt(etat.lots().size());
                return new Perte_(lot, volumePour(new Compte.DeLot(etat.lots().get(lot)), a) / 10 + 1, jour, valider);
            } else if (choix < 57 && !etat.lots().isEmpty()) {
                int lot = a.nextInt(etat.lots().size());
                int contenance = List.of(375, 750, 750, 1500).get(a.nextInt(4));
                long n = volumePour(new Compte.DeLot(etat.lots().get(lot)), a) / contenance + 1;
                return new MiseEnBouteille_(lot, n, contenance, a.nextLong(20_000), jour, valider);
            } else if (choix < 66 && !etat.bouteilles().isEmpty()) {
                int b = a.nextInt(etat.bouteilles().size());
                long id = etat.bouteilles().get(b);
                long n = volumePour(new Compte.DeBouteilles(id), a) / etat.contenance(id) + 1;
                return new VenteBouteilles_(b, n, destination(a), jour, valider);
            } else if (choix < 68) {
                return new AchatBouteilles_(
                        1 + a.nextLong(600), List.of(375, 750, 1500).get(a.nextInt(3)), a.nextBoolean(), jour, valider);
            } else if (choix < 70 && !etat.lots().isEmpty()) {
                int lot = a.nextInt(etat.lots().size());
                return new VenteVrac_(
                        lot, volumePour(new Compte.DeLot(etat.lots().get(lot)), a), destination(a), jour, valider);
            } else if (choix < 74) {
                if (a.nextInt(3) == 0) {
                    return new RetourTravailAFacon_(
                            a.nextInt(etat.nbCuves()), volumePour(TRAVAIL_A_FACON, a), jour, valider);
                }
                return new AchatVrac_(a.nextInt(etat.nbCuves()), 1 + a.nextLong(1_000_000), jour, valider);
            } else if (choix < 79 && !etat.lots().isEmpty()) {
                int lot = a.nextInt(etat.lots().size());
                return new Ajustement_(
                        lot,
                        a.nextBoolean() ? SensAjustement.MANQUANT : SensAjustement.EXCEDENT,
                        1 + a.nextLong(50_000),
                        a.nextInt(8) == 0 ? " " : "inventaire",
                        jour,
                        valider);
            } else if (choix < 86 && etat.nbValides() > 0) {
                return new ContrePassation_(a.nextInt(etat.nbValides()), jour, valider);
            } else if (choix < 93 && etat.nbBrouillons() > 0) {
                return new Valider(a.nextInt(etat.nbBrouillons()));
            } else if (choix < 96 && etat.nbBrouillons() > 0) {
                return new Supprimer(a.nextInt(etat.nbBrouillons()));
            } else if (choix >= 98 && !etat.lots().isEmpty()) {
                List<Transfert> transferts = new ArrayList<>();
                for (int i = 1 + a.nextInt(4); i > 0; i--) {
                    int lotA = a.nextInt(etat.lots().size());
                    long v = volumePour(new Compte.DeLot(etat.lots().get(lotA)), a) / (1 + a.nextInt(3));
                    int lotB = etat.lots().size() == 1 || a.nextInt(20) == 0
                            ? lotA
                            : (lotA + 1 + a.nextInt(etat.lots().size() - 1))
                                    % etat.lots().size();
                    transferts.add(new Transfert(lotA, lotB, v, a.nextInt(10) < 8 ? jourCourant + a.nextInt(3) : jour));
                }
                return new Historique_(transferts);
            } else if (choix < 98 && ORIGINE.plusDays(jourCourant).getMonthValue() > 1) {
                // Estates declare past months: lock one or two months back.
                int moisCourant = ORIGINE.plusDays(jourCourant).getMonthValue();
                return new Verrouiller(Math.max(1, moisCourant - 1 - a.nextInt(2)));
            }
        }
    }

    private long volumePour(Compte compte, SplittableRandom a) {
        long solde = etat.solde(compte);
        return solde <= 0 ? 1 + a.nextLong(100_000) : 1 + a.nextLong(solde + solde / 5 + 1);
    }

    private static DestinationFiscale destination(SplittableRandom a) {
        DestinationFiscale[] toutes = DestinationFiscale.values();
        return toutes[a.nextInt(toutes.length)];
    }
}
