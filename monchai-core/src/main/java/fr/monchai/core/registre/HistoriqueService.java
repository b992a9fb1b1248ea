package fr.monchai.core.registre;

import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.commun.Transactions;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.CompteExterne;
import fr.monchai.core.journal.Ecriture;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.Position;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Imports years of a register kept elsewhere in one go. The movements are checked together
 * against every rule of the ledger (balanced legs, existing accounts, no stock below zero
 * and no cuve above capacity after any of them, no date in a declared period), numbered in
 * date order after the register's last movement, and written in bulk: all of them, or none.
 */
public final class HistoriqueService {

    /** The most movements one import takes (about a decade of a large estate). */
    public static final int MAXIMUM = 2_000_000;

    private final Transactions transactions;
    private final Domaines domaines;
    private final Cuves cuves;
    private final Lots lots;
    private final BouteilleLots bouteilleLots;
    private final Journal journal;
    private final Compteurs compteurs;
    private final Regles regles;
    /**
     * Builds the service over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param transactions the store's transactions
     * @param domaines the store's domaines
     * @param cuves the store's cuves
     * @param lots the store's lots
     * @param bouteilleLots the store's bouteilleLots
     * @param journal the store's journal
     * @param compteurs the store's compteurs
     * @param regles the register's rules over the same store
     */
    public HistoriqueService(
            Transactions transactions,
            Domaines domaines,
            Cuves cuves,
            Lots lots,
            BouteilleLots bouteilleLots,
            Journal journal,
            Compteurs compteurs,
            Regles regles) {
        this.transactions = transactions;
        this.domaines = domaines;
        this.cuves = cuves;
        this.lots = lots;
        this.bouteilleLots = bouteilleLots;
        this.journal = journal;
        this.compteurs = compteurs;
        this.regles = regles;
    }

    /**
     * Imports movements as validated, after every movement already in the register.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvements the movements, in any order (they are numbered by date, ties in the order given)
     * @return what was written
     * @throws DomainException naming the movement ({@code mouvements[i]...}) and the rule when
     *     any of them breaks one; nothing is written then
     */
    public ResultatImport importer(long domaineId, List<MouvementHistorique> mouvements) {
        if (mouvements == null || mouvements.isEmpty() || mouvements.size() > MAXIMUM) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "mouvements",
                    "indiquez entre 1 et " + MAXIMUM + " mouvements à importer");
        }
        for (int i = 0; i < mouvements.size(); i++) {
            verifierForme("mouvements[" + i + "]", mouvements.get(i));
        }
        List<Integer> ordre = IntStream.range(0, mouvements.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> mouvements.get(i).date())
                        .thenComparing(i -> i))
                .toList();
        return transactions.executer(() -> {
            Exiger.trouve(domaines.trouver(domaineId), "domaineId", "le domaine", domaineId);
            Comptes comptes = new Comptes(domaineId);
            for (int i = 0; i < mouvements.size(); i++) {
                comptes.connaitre("mouvements[" + i + "]", mouvements.get(i).lignes());
            }
            journal.verrouillerSoldes(
                    domaineId, List.copyOf(comptes.parCle.values()), List.copyOf(comptes.cuves.keySet()));
            long premier = compteurs.reserver(domaineId, MouvementService.SERIE_REGISTRE, mouvements.size());
            LocalDate debut = mouvements.get(ordre.get(0)).date();
            regles.verifierPeriodeOuverte(domaineId, debut);
            Optional<LocalDate> dernier = journal.derniereDateValidee(domaineId);
            if (dernier.isPresent() && debut.isBefore(dernier.get())) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "mouvements[" + ordre.get(0) + "].date",
                        "l'historique importé doit suivre le registre, dont le dernier mouvement est du "
                                + dernier.get().format(Regles.DATE_FR)
                                + " : saisissez les mouvements antérieurs un par un");
            }
            List<Mouvement> valides = rejouer(domaineId, mouvements, ordre, comptes, premier);
            verifierUnLotParCuve(domaineId, valides, comptes);
            journal.importer(domaineId, valides);
            long lignes = valides.stream().mapToLong(m -> m.lignes().size()).sum();
            return new ResultatImport(valides.size(), lignes, premier, premier + valides.size() - 1);
        });
    }

    /** Applies the movements in register order to the balances now, refusing the first that breaks a rule. */
    private List<Mouvement> rejouer(
            long domaineId, List<MouvementHistorique> mouvements, List<Integer> ordre, Comptes comptes, long premier) {
        Position maintenant = Position.finDe(LocalDate.MAX);
        Map<Compte, long[]> soldes = new HashMap<>();
        for (Compte c : comptes.parCle.values()) {
            if (c.jamaisNegatif()) {
                soldes.put(
                        c, new long[] {journal.solde(domaineId, c, maintenant).millilitres()});
            }
        }
        Map<Long, long[]> niveaux = new HashMap<>();
        for (long cuveId : comptes.cuves.keySet()) {
            niveaux.put(cuveId, new long[] {
                journal.niveauMaximumAPartirDe(domaineId, cuveId, maintenant).millilitres()
            });
        }
        List<Mouvement> valides = new ArrayList<>(mouvements.size());
        long numero = premier;
        for (int i : ordre) {
            MouvementHistorique h = mouvements.get(i);
            for (LigneMouvement l : h.lignes()) {
                if (l.compte().jamaisNegatif()) {
                    soldes.get(l.compte())[0] += l.volume().millilitres();
                }
                if (l.compte() instanceof Compte.DeLot lot) {
                    niveaux.get(comptes.lots.get(lot.lotId()).cuveId())[0] +=
                            l.volume().millilitres();
                }
            }
            for (LigneMouvement l : h.lignes()) {
                long solde = l.compte().jamaisNegatif() ? soldes.get(l.compte())[0] : 0;
                if (solde < 0) {
                    throw new DomainException(
                            CodeErreur.VOLUME_INSUFFISANT,
                            "mouvements[" + i + "].lignes",
                            comptes.nom(l.compte()) + " passerait à " + Volume.ml(solde) + " le "
                                    + h.date().format(Regles.DATE_FR)
                                    + " : l'historique sort plus de vin qu'il n'en est entré");
                }
                if (l.compte() instanceof Compte.DeLot lot) {
                    Cuve cuve = comptes.cuves.get(comptes.lots.get(lot.lotId()).cuveId());
                    long niveau = niveaux.get(cuve.id())[0];
                    if (niveau > cuve.capacite().millilitres()) {
                        throw new DomainException(
                                CodeErreur.CAPACITE_DEPASSEE,
                                "mouvements[" + i + "].lignes",
                                "la cuve « " + cuve.nom() + " » (" + cuve.capacite() + ") contiendrait "
                                        + Volume.ml(niveau) + " le " + h.date().format(Regles.DATE_FR));
                    }
                }
            }
            valides.add(new Mouvement(
                    0,
                    domaineId,
                    h.type(),
                    h.date(),
                    StatutMouvement.VALIDE,
                    OptionalLong.of(numero++),
                    h.lignes(),
                    h.commentaire().strip(),
                    h.destination(),
                    h.apport(),
                    OptionalLong.empty()));
        }
        return valides;
    }

    /** After the history, each cuve it touches holds wine in one lot at most, as every movement leaves it. */
    private void verifierUnLotParCuve(long domaineId, List<Mouvement> valides, Comptes comptes) {
        Map<Long, Long> deltas = new HashMap<>();
        for (Mouvement m : valides) {
            for (LigneMouvement l : m.lignes()) {
                if (l.compte() instanceof Compte.DeLot lot) {
                    deltas.merge(lot.lotId(), l.volume().millilitres(), Long::sum);
                }
            }
        }
        for (long cuveId : comptes.cuves.keySet()) {
            List<String> pleins = new ArrayList<>();
            for (Lot lot : lots.parCuve(domaineId, cuveId)) {
                long solde = deltas.getOrDefault(lot.id(), 0L);
                for (Ecriture e : journal.ecritures(domaineId, new Compte.DeLot(lot.id()))) {
                    solde += e.volume().millilitres();
                }
                if (solde != 0) {
                    pleins.add(lot.reference());
                }
            }
            if (pleins.size() > 1) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "mouvements",
                        "après cet historique, la cuve « "
                                + comptes.cuves.get(cuveId).nom() + " » contiendrait deux lots, "
                                + String.join(" et ", pleins)
                                + " : une cuve ne contient qu'un lot à la fois");
            }
        }
    }

    private static void verifierForme(String champ, MouvementHistorique h) {
        if (h == null
                || h.type() == null
                || h.date() == null
                || h.lignes() == null
                || h.commentaire() == null
                || h.destination() == null
                || h.apport() == null) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    champ,
                    "le type, la date, les lignes, le commentaire, la destination et l'apport sont obligatoires (vides au besoin)");
        }
        if (h.type() == TypeMouvement.CONTRE_PASSATION) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    champ + ".type",
                    "une contre-passation ne s'importe pas : importez directement le mouvement corrigé");
        }
        if (h.type() == TypeMouvement.AJUSTEMENT_INVENTAIRE && h.commentaire().isBlank()) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    champ + ".commentaire",
                    "un ajustement d'inventaire doit être commenté");
        }
        if (h.type() == TypeMouvement.VENTE_SORTIE_STOCK && h.destination().isEmpty()) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    champ + ".destination",
                    "une sortie de stock doit indiquer sa destination fiscale");
        }
        if (h.lignes().size() < 2) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, champ + ".lignes", "un mouvement a au moins deux lignes");
        }
        if (h.destination().isPresent()) {
            for (LigneMouvement l : h.lignes()) {
                if (l != null && l.compte() != null && l.compte().estStock()) {
                    Regles.verifierDestination(
                            champ + ".destination", l.compte(), h.destination().get());
                }
            }
        }
        long somme = 0;
        Set<Compte> vus = new HashSet<>();
        for (int j = 0; j < h.lignes().size(); j++) {
            LigneMouvement l = h.lignes().get(j);
            if (l == null
                    || l.compte() == null
                    || l.volume() == null
                    || l.volume().estNul()) {
                throw new DomainException(
                        CodeErreur.VOLUME_INVALIDE,
                        champ + ".lignes[" + j + "]",
                        "chaque ligne nomme un compte et un volume non nul");
            }
            if (!vus.add(l.compte())) {
                throw new DomainException(
                        CodeErreur.SAISIE_INVALIDE,
                        champ + ".lignes[" + j + "].compte",
                        "un compte ne figure qu'une fois par mouvement");
            }
            somme = Math.addExact(somme, l.volume().millilitres());
        }
        if (somme != 0) {
            throw new DomainException(
                    CodeErreur.VOLUME_INVALIDE,
                    champ + ".lignes",
                    "les lignes doivent s'équilibrer exactement : il reste " + Volume.ml(somme));
        }
    }

    /** The accounts an import touches, looked up once each. */
    private final class Comptes {
        private final long domaineId;
        private final TreeMap<String, Compte> parCle = new TreeMap<>();
        private final Map<Long, Lot> lots = new HashMap<>();
        private final Map<Long, BouteilleLot> bouteilles = new HashMap<>();
        private final TreeMap<Long, Cuve> cuves = new TreeMap<>();

        Comptes(long domaineId) {
            this.domaineId = domaineId;
        }

        void connaitre(String champ, List<LigneMouvement> lignes) {
            for (int j = 0; j < lignes.size(); j++) {
                LigneMouvement l = lignes.get(j);
                String ici = champ + ".lignes[" + j + "].compte";
                parCle.putIfAbsent(l.compte().cle(), l.compte());
                switch (l.compte()) {
                    case Compte.DeLot c -> {
                        Lot lot = lots.computeIfAbsent(
                                c.lotId(),
                                id -> Exiger.trouve(
                                        HistoriqueService.this.lots.trouver(domaineId, id), ici, "le lot", id));
                        cuves.computeIfAbsent(
                                lot.cuveId(),
                                id -> HistoriqueService.this
                                        .cuves
                                        .trouver(domaineId, id)
                                        .orElseThrow());
                    }
                    case Compte.DeBouteilles c -> {
                        BouteilleLot b = bouteilles.computeIfAbsent(
                                c.bouteilleLotId(),
                                id -> Exiger.trouve(
                                        bouteilleLots.trouver(domaineId, id), ici, "le lot de bouteilles", id));
                        if (l.volume().millilitres() % b.contenanceMl() != 0) {
                            throw new DomainException(
                                    CodeErreur.VOLUME_INVALIDE,
                                    champ + ".lignes[" + j + "].volume",
                                    "les bouteilles « " + b.reference() + " » se comptent par " + b.contenanceMl()
                                            + " ml");
                        }
                    }
                    case Compte.Externe c -> {}
                }
            }
        }

        String nom(Compte c) {
            return switch (c) {
                case Compte.DeLot l -> "le lot « " + lots.get(l.lotId()).reference() + " »";
                case Compte.DeBouteilles b ->
                    "les bouteilles « " + bouteilles.get(b.bouteilleLotId()).reference() + " »";
                case Compte.Externe e ->
                    e.nature() == CompteExterne.TRAVAIL_A_FACON
                            ? "le travail à façon (le vin parti chez un prestataire)"
                            : e.cle();
            };
        }
    }
}
