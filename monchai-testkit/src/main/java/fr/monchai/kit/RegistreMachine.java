package fr.monchai.kit;

import static fr.monchai.kit.Chai.MUSCADET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.CompteExterne;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.Ecriture;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.core.port.Stockage;
import fr.monchai.core.registre.AchatBouteilles;
import fr.monchai.core.registre.AchatVrac;
import fr.monchai.core.registre.AjustementLot;
import fr.monchai.core.registre.Assemblage;
import fr.monchai.core.registre.ContrePassation;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.MouvementHistorique;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.Perte;
import fr.monchai.core.registre.RetourTravailAFacon;
import fr.monchai.core.registre.SensAjustement;
import fr.monchai.core.registre.SourceAssemblage;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.core.registre.VenteBouteilles;
import fr.monchai.core.registre.VenteVrac;
import fr.monchai.kit.OperationsRegistre.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * The ledger as a state machine, beside a deliberately naive reference model. For every
 * operation the model predicts acceptance or the error code; the system must agree, a
 * refusal must change nothing, and after every step the invariants are checked: accounts
 * sum to zero, no stock account is negative and no cuve over capacity at any position,
 * balances equal the model's replay of the journal, compositions sum to volumes, validated
 * movements never change, and register numbers run 1..n.
 *
 * <p>It runs on any store: monchai-persistence runs it on PostgreSQL.
 */
public final class RegistreMachine implements Machine<Op>, ChargeRegistre.Etat {

    private sealed interface Attendu {}

    private record Refus(CodeErreur code) implements Attendu {}

    private record Accepte(TypeMouvement type, LocalDate date, List<LigneMouvement> lignes) implements Attendu {}

    private static final LocalDate ORIGINE = ChargeRegistre.ORIGINE;
    private static final Compte NOUVEAU_LOT = new Compte.DeLot(-1);
    private static final Compte NOUVELLES_BOUTEILLES = new Compte.DeBouteilles(-1);
    private static final Compte PERTES = new Compte.Externe(CompteExterne.PERTES);
    private static final Compte RECOLTE = new Compte.Externe(CompteExterne.RECOLTE);
    private static final Compte ACHATS = new Compte.Externe(CompteExterne.ACHATS);
    private static final Compte TRAVAIL_A_FACON = new Compte.Externe(CompteExterne.TRAVAIL_A_FACON);
    private static final Compte AJUSTEMENTS = new Compte.Externe(CompteExterne.AJUSTEMENTS);

    /** Outcomes per operation kind, across every machine of the JVM: shows what the runs exercised. */
    private static final Map<String, java.util.concurrent.atomic.LongAdder> ISSUES =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    private final MonChai chai;
    private final long d;
    private final long parcelle;

    // The model.
    private final List<Cuve> cuves = new ArrayList<>();
    private final List<Long> lots = new ArrayList<>();
    private final Map<Long, Long> cuveDuLot = new HashMap<>();
    private final List<Long> bouteilles = new ArrayList<>();
    private final Map<Long, Integer> contenances = new HashMap<>();
    /** The bouteille lots bought duty-paid. */
    private final java.util.Set<Long> acquittes = new java.util.HashSet<>();

    private final List<Mouvement> valides = new ArrayList<>();
    private final List<Mouvement> brouillons = new ArrayList<>();
    private final TreeSet<YearMonth> moisVerrouilles = new TreeSet<>();
    private final Set<Compte> touches = new HashSet<>();
    private int pas;

    private String operation = "";

    /** The workload: it chooses the next operation from what the model holds. */
    private final ChargeRegistre charge = new ChargeRegistre(this);

    /**
     * @param depots a new, empty store
     */
    public RegistreMachine(Stockage depots) {
        this.chai = new MonChai(depots);
        this.d = chai.domaines().creer("Domaine propriété").id();
        this.parcelle = chai.parcelles()
                .creer(
                        d,
                        new NouvelleParcelle(
                                "Les Carrières",
                                "Melon B.",
                                BigDecimal.ONE,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()))
                .id();
    }

    // --- generation ---

    @Override
    public Op generer(SplittableRandom a) {
        return charge.generer(a);
    }

    // --- application ---

    @Override
    public void appliquer(Op op) {
        pas++;
        operation = op.getClass().getSimpleName().replace("_", "");
        touches.clear();
        switch (op) {
            case NouvelleCuve o ->
                cuves.add(chai.cuves()
                        .creer(
                                d,
                                new fr.monchai.core.registre.NouvelleCuve(
                                        "C" + (cuves.size() + 1), hl(o.capaciteMl()), Optional.empty())));
            case Vendange_ o -> vendange(o);
            case Soutirage_ o -> soutirage(o);
            case Assemblage_ o -> assemblage(o);
            case Perte_ o -> {
                if (o.lot() < lots.size()) {
                    long lot = lots.get(o.lot());
                    creer(
                            prevoir(
                                    TypeMouvement.PERTE,
                                    jour(o.jour()),
                                    -1,
                                    ligne(new Compte.DeLot(lot), -o.volumeMl()),
                                    ligne(PERTES, o.volumeMl())),
                            () -> chai.mouvements()
                                    .constaterPerte(d, new Perte(lot, hl(o.volumeMl()), jour(o.jour()), "évaporation")),
                            o.valider(),
                            -1,
                            0);
                }
            }
            case MiseEnBouteille_ o -> {
                if (o.lot() < lots.size()) {
                    long lot = lots.get(o.lot());
                    long volume = o.bouteilles() * o.contenanceMl();
                    creer(
                            prevoir(
                                    TypeMouvement.MISE_EN_BOUTEILLE,
                                    jour(o.jour()),
                                    -1,
                                    ligne(new Compte.DeLot(lot), -(volume + o.pertesMl())),
                                    ligne(NOUVELLES_BOUTEILLES, volume),
                                    ligne(PERTES, o.pertesMl())),
                            () -> chai.mouvements()
                                    .mettreEnBouteille(
                                            d,
                                            new MiseEnBouteille(
                                                    lot,
                                                    o.bouteilles(),
                                                    o.contenanceMl(),
                                                    Optional.of(hl(o.pertesMl())),
                                                    jour(o.jour()),
                                                    Optional.empty(),
                                                    Optional.empty())),
                            o.valider(),
                            -1,
                            o.contenanceMl());
                }
            }
            case AchatBouteilles_ o -> {
                long volume = o.bouteilles() * o.contenanceMl();
                int avant = bouteilles.size();
                AchatBouteilles achat = new AchatBouteilles(
                        o.bouteilles(),
                        o.contenanceMl(),
                        MUSCADET,
                        Optional.empty(),
                        Optional.empty(),
                        jour(o.jour()),
                        Optional.empty(),
                        Optional.empty(),
                        o.droitsAcquittes());
                creer(
                        prevoir(
                                TypeMouvement.ENTREE,
                                jour(o.jour()),
                                -1,
                                ligne(ACHATS, -volume),
                                ligne(NOUVELLES_BOUTEILLES, volume)),
                        () -> chai.mouvements().acheterBouteilles(d, achat),
                        o.valider(),
                        -1,
                        o.contenanceMl());
                if (o.droitsAcquittes() && bouteilles.size() > avant) {
                    acquittes.add(bouteilles.get(bouteilles.size() - 1));
                }
            }
            case VenteBouteilles_ o -> {
                if (o.bouteilleLot() < bouteilles.size()) {
                    long b = bouteilles.get(o.bouteilleLot());
                    long volume = o.bouteilles() * contenances.get(b);
                    // Bottles bought duty-paid leave duty-paid only: refused before anything else is looked at.
                    creer(
                            acquittes.contains(b) && o.destination() != DestinationFiscale.FRANCE_DROITS_ACQUITTES
                                    ? new Refus(CodeErreur.SAISIE_INVALIDE)
                                    : prevoir(
                                            TypeMouvement.VENTE_SORTIE_STOCK,
                                            jour(o.jour()),
                                            -1,
                                            ligne(new Compte.DeBouteilles(b), -volume),
                                            ligne(o.destination().compte(), volume)),
                            () -> chai.mouvements()
                                    .vendreBouteilles(
                                            d,
                                            new VenteBouteilles(
                                                    b,
                                                    o.bouteilles(),
                                                    o.destination(),
                                                    jour(o.jour()),
                                                    Optional.empty())),
                            o.valider(),
                            -1,
                            0);
                }
            }
            case VenteVrac_ o -> {
                if (o.lot() < lots.size()) {
                    long lot = lots.get(o.lot());
                    // Bulk wine never leaves duty-paid: refused before anything else is looked at.
                    creer(
                            o.destination() == DestinationFiscale.FRANCE_DROITS_ACQUITTES
                                    ? new Refus(CodeErreur.SAISIE_INVALIDE)
                                    : prevoir(
                                            TypeMouvement.VENTE_SORTIE_STOCK,
                                            jour(o.jour()),
                                            -1,
                                            ligne(new Compte.DeLot(lot), -o.volumeMl()),
                                            ligne(o.destination().compte(), o.volumeMl())),
                            () -> chai.mouvements()
                                    .vendreVrac(
                                            d,
                                            new VenteVrac(
                                                    lot,
                                                    hl(o.volumeMl()),
                                                    o.destination(),
                                                    jour(o.jour()),
                                                    Optional.empty())),
                            o.valider(),
                            -1,
                            0);
                }
            }
            case AchatVrac_ o -> {
                if (o.cuve() < cuves.size()) {
                    long cuve = cuves.get(o.cuve()).id();
                    creer(
                            prevoir(
                                    TypeMouvement.ENTREE,
                                    jour(o.jour()),
                                    cuve,
                                    ligne(ACHATS, -o.volumeMl()),
                                    ligne(destinationDans(cuve), o.volumeMl())),
                            () -> chai.mouvements()
                                    .acheterVrac(
                                            d,
                                            new AchatVrac(
                                                    cuve,
                                                    hl(o.volumeMl()),
                                                    Optional.of(MUSCADET),
                                                    Optional.of(2025),
                                                    Optional.empty(),
                                                    jour(o.jour()),
                                                    Optional.empty())),
                            o.valider(),
                            cuve,
                            0);
                }
            }
            case RetourTravailAFacon_ o -> {
                if (o.cuve() < cuves.size()) {
                    long cuve = cuves.get(o.cuve()).id();
                    creer(
                            prevoir(
                                    TypeMouvement.ENTREE,
                                    jour(o.jour()),
                                    cuve,
                                    ligne(TRAVAIL_A_FACON, -o.volumeMl()),
                                    ligne(destinationDans(cuve), o.volumeMl())),
                            () -> chai.mouvements()
                                    .revenirDeTravailAFacon(
                                            d,
                                            new RetourTravailAFacon(
                                                    cuve,
                                                    hl(o.volumeMl()),
                                                    Optional.of(MUSCADET),
                                                    jour(o.jour()),
                                                    Optional.empty())),
                            o.valider(),
                            cuve,
                            0);
                }
            }
            case Ajustement_ o -> {
                if (o.lot() < lots.size()) {
                    long lot = lots.get(o.lot());
                    long signe = o.sens() == SensAjustement.MANQUANT ? -o.volumeMl() : o.volumeMl();
                    Attendu attendu = o.commentaire().isBlank()
                            ? new Refus(CodeErreur.SAISIE_INVALIDE)
                            : prevoir(
                                    TypeMouvement.AJUSTEMENT_INVENTAIRE,
                                    jour(o.jour()),
                                    -1,
                                    ligne(new Compte.DeLot(lot), signe),
                                    ligne(AJUSTEMENTS, -signe));
                    creer(
                            attendu,
                            () -> chai.mouvements()
                                    .ajusterLot(
                                            d,
                                            new AjustementLot(
                                                    lot, o.sens(), hl(o.volumeMl()), jour(o.jour()), o.commentaire())),
                            o.valider(),
                            -1,
                            0);
                }
            }
            case ContrePassation_ o -> contrePassation(o);
            case Valider o -> {
                if (o.brouillon() < brouillons.size()) {
                    Mouvement brouillon = brouillons.get(o.brouillon());
                    Attendu attendu = prevoir(
                            brouillon.type(),
                            brouillon.date(),
                            -1,
                            brouillon.lignes().toArray(LigneMouvement[]::new));
                    brouillons.remove(o.brouillon());
                    try {
                        creer(attendu, () -> brouillon, true, -1, 0);
                    } finally {
                        if (valides.stream().noneMatch(m -> m.id() == brouillon.id())) {
                            brouillons.add(o.brouillon(), brouillon);
                        }
                    }
                }
            }
            case Supprimer o -> {
                if (o.brouillon() < brouillons.size()) {
                    Mouvement brouillon = brouillons.remove(o.brouillon());
                    chai.mouvements().supprimerBrouillon(d, brouillon.id());
                    for (LigneMouvement l : brouillon.lignes()) {
                        if (l.compte().estStock() && !utilise(l.compte())) {
                            if (l.compte() instanceof Compte.DeLot lot) {
                                lots.remove(lot.lotId());
                            } else if (l.compte() instanceof Compte.DeBouteilles b) {
                                bouteilles.remove(b.bouteilleLotId());
                            }
                        }
                    }
                }
            }
            case Verrouiller o -> verrouiller(YearMonth.of(2026, o.mois()));
            case Historique_ o -> historique(o);
        }
        verifierInvariants();
    }

    private void vendange(Vendange_ o) {
        if (o.cuve() >= cuves.size()) {
            return;
        }
        long cuve = cuves.get(o.cuve()).id();
        LocalDate date = jour(o.jour());
        Attendu attendu = o.dechetsMl() >= o.volumeMl()
                ? new Refus(CodeErreur.VOLUME_INVALIDE)
                : prevoir(
                        TypeMouvement.VENDANGE_VERS_CUVE,
                        date,
                        cuve,
                        ligne(RECOLTE, -o.volumeMl()),
                        ligne(destinationDans(cuve), o.volumeMl() - o.dechetsMl()),
                        ligne(PERTES, o.dechetsMl()));
        creer(
                attendu,
                () -> {
                    Vendange v = chai.vendanges()
                            .enregistrer(
                                    d,
                                    new NouvelleVendange(
                                            parcelle,
                                            date,
                                            hl(o.volumeMl()),
                                            Optional.of(hl(o.dechetsMl())),
                                            cuve,
                                            Optional.of(MUSCADET)));
                    return chai.mouvements()
                            .trouver(d, v.mouvementId().getAsLong())
                            .orElseThrow();
                },
                o.valider(),
                cuve,
                0);
    }

    private void soutirage(Soutirage_ o) {
        if (o.lot() >= lots.size() || o.cuve() >= cuves.size()) {
            return;
        }
        long lot = lots.get(o.lot());
        long cuve = cuves.get(o.cuve()).id();
        Attendu attendu;
        if (o.volumeMl() <= 0 || o.pertesMl() < 0) {
            attendu = new Refus(CodeErreur.SAISIE_INVALIDE);
        } else if (o.sousMl() || o.pertesMl() >= o.volumeMl()) {
            attendu = new Refus(CodeErreur.VOLUME_INVALIDE);
        } else if (cuveDuLot.get(lot) == cuve) {
            attendu = new Refus(CodeErreur.OPERATION_INCOHERENTE);
        } else {
            attendu = prevoir(
                    TypeMouvement.INTER_CUVES,
                    jour(o.jour()),
                    cuve,
                    ligne(new Compte.DeLot(lot), -o.volumeMl()),
                    ligne(destinationDans(cuve), o.volumeMl() - o.pertesMl()),
                    ligne(PERTES, o.pertesMl()));
        }
        BigDecimal volume = o.sousMl() ? hl(o.volumeMl()).add(new BigDecimal("0.000001")) : hl(o.volumeMl());
        creer(
                attendu,
                () -> chai.mouvements()
                        .soutirer(
                                d,
                                new Soutirage(
                                        lot,
                                        cuve,
                                        volume,
                                        Optional.of(hl(o.pertesMl())),
                                        jour(o.jour()),
                                        Optional.empty(),
                                        Optional.empty())),
                o.valider(),
                cuve,
                0);
    }

    private void assemblage(Assemblage_ o) {
        if (o.lotA() >= lots.size() || o.lotB() >= lots.size() || o.cuve() >= cuves.size()) {
            return;
        }
        long a = lots.get(o.lotA());
        long b = lots.get(o.lotB());
        long cuve = cuves.get(o.cuve()).id();
        Compte destination = destinationDans(cuve);
        Attendu attendu;
        if (a == b) {
            attendu = new Refus(CodeErreur.OPERATION_INCOHERENTE);
        } else if (o.pertesMl() >= o.volumeA() + o.volumeB()) {
            attendu = new Refus(CodeErreur.VOLUME_INVALIDE);
        } else if (destination.equals(new Compte.DeLot(a)) || destination.equals(new Compte.DeLot(b))) {
            attendu = new Refus(CodeErreur.OPERATION_INCOHERENTE);
        } else {
            attendu = prevoir(
                    TypeMouvement.ASSEMBLAGE,
                    jour(o.jour()),
                    cuve,
                    ligne(new Compte.DeLot(a), -o.volumeA()),
                    ligne(new Compte.DeLot(b), -o.volumeB()),
                    ligne(destination, o.volumeA() + o.volumeB() - o.pertesMl()),
                    ligne(PERTES, o.pertesMl()));
        }
        creer(
                attendu,
                () -> chai.mouvements()
                        .assembler(
                                d,
                                new Assemblage(
                                        List.of(
                                                new SourceAssemblage(a, hl(o.volumeA())),
                                                new SourceAssemblage(b, hl(o.volumeB()))),
                                        cuve,
                                        Optional.of(hl(o.pertesMl())),
                                        jour(o.jour()),
                                        Optional.empty(),
                                        Optional.empty())),
                o.valider(),
                cuve,
                0);
    }

    private void contrePassation(ContrePassation_ o) {
        if (o.mouvement() >= valides.size()) {
            return;
        }
        Mouvement original = valides.get(o.mouvement());
        LocalDate date = jour(o.jour());
        boolean dejaContrePasse = LongStream.concat(
                        valides.stream().mapToLong(m -> m.contrePasse().orElse(-1)),
                        brouillons.stream().mapToLong(m -> m.contrePasse().orElse(-1)))
                .anyMatch(id -> id == original.id());
        Attendu attendu;
        if (original.type() == TypeMouvement.CONTRE_PASSATION || dejaContrePasse || date.isBefore(original.date())) {
            attendu = new Refus(CodeErreur.CONTRE_PASSATION_IMPOSSIBLE);
        } else {
            attendu = prevoir(
                    TypeMouvement.CONTRE_PASSATION,
                    date,
                    -1,
                    original.lignes().stream()
                            .map(l -> new LigneMouvement(l.compte(), l.volume().negation()))
                            .toArray(LigneMouvement[]::new));
        }
        creer(
                attendu,
                () -> chai.mouvements().contrePasser(d, new ContrePassation(original.id(), date, "erreur de saisie")),
                o.valider(),
                -1,
                0);
    }

    private void historique(Historique_ o) {
        List<MouvementHistorique> entree = new ArrayList<>();
        for (Transfert t : o.transferts()) {
            if (t.lotA() >= lots.size() || t.lotB() >= lots.size() || t.volumeMl() <= 0) {
                return;
            }
            entree.add(new MouvementHistorique(
                    TypeMouvement.INTER_CUVES,
                    jour(t.jour()),
                    List.of(
                            ligne(new Compte.DeLot(lots.get(t.lotA())), -t.volumeMl()),
                            ligne(new Compte.DeLot(lots.get(t.lotB())), t.volumeMl())),
                    "",
                    Optional.empty(),
                    Optional.empty()));
        }
        List<MouvementHistorique> ordre = entree.stream()
                .sorted(Comparator.comparing(MouvementHistorique::date))
                .toList();
        Attendu attendu = prevoirHistorique(ordre);
        Instantane avant = Instantane.de(chai, d);
        try {
            chai.historique().importer(d, entree);
        } catch (DomainException e) {
            compter(e.code().name());
            if (!(attendu instanceof Refus refus)) {
                throw new AssertionError("the system refused an import the model accepts: " + e.getMessage(), e);
            }
            assertEquals(refus.code(), e.code(), e.getMessage());
            assertEquals(avant, Instantane.de(chai, d), "a refused import changed the register");
            return;
        }
        assertTrue(attendu instanceof Accepte, () -> "the system accepted an import the model refuses: " + attendu);
        compter("VALIDE");
        int avantImport = valides.size();
        List<Mouvement> importes = chai.registre().journal(d, FiltreJournal.TOUT).stream()
                .filter(m -> m.statut().compte() && m.numero().getAsLong() > avantImport)
                .sorted(Comparator.comparingLong(m -> m.numero().getAsLong()))
                .toList();
        assertEquals(ordre.size(), importes.size(), "imported movements");
        for (int i = 0; i < ordre.size(); i++) {
            Mouvement m = importes.get(i);
            assertEquals(ordre.get(i).lignes(), m.lignes(), "imported legs");
            assertEquals(ordre.get(i).date(), m.date(), "imported date");
            assertEquals(OptionalLong.of(avantImport + i + 1L), m.numero(), "imported register number");
            m.lignes().forEach(l -> touches.add(l.compte()));
            valides.add(m);
        }
    }

    /** The model's judgement of an import: after the register, then a replay leg by leg. */
    private Attendu prevoirHistorique(List<MouvementHistorique> ordre) {
        if (ordre.stream()
                .anyMatch(
                        h -> h.lignes().get(0).compte().equals(h.lignes().get(1).compte()))) {
            return new Refus(CodeErreur.SAISIE_INVALIDE);
        }
        LocalDate debut = ordre.get(0).date();
        if (!moisVerrouilles.isEmpty() && !debut.isAfter(moisVerrouilles.last().atEndOfMonth())) {
            return new Refus(CodeErreur.PERIODE_VERROUILLEE);
        }
        if (valides.stream().anyMatch(m -> m.date().isAfter(debut))) {
            return new Refus(CodeErreur.OPERATION_INCOHERENTE);
        }
        Map<Compte, Long> soldes = new HashMap<>();
        Map<Long, Long> niveaux = new HashMap<>();
        for (long lot : lots) {
            long solde = soldeModele(new Compte.DeLot(lot));
            soldes.put(new Compte.DeLot(lot), solde);
            niveaux.merge(cuveDuLot.get(lot), solde, Long::sum);
        }
        for (MouvementHistorique h : ordre) {
            for (LigneMouvement l : h.lignes()) {
                soldes.merge(l.compte(), l.volume().millilitres(), Long::sum);
                niveaux.merge(
                        cuveDuLot.get(((Compte.DeLot) l.compte()).lotId()),
                        l.volume().millilitres(),
                        Long::sum);
            }
            for (LigneMouvement l : h.lignes()) {
                long cuve = cuveDuLot.get(((Compte.DeLot) l.compte()).lotId());
                if (soldes.get(l.compte()) < 0) {
                    return new Refus(CodeErreur.VOLUME_INSUFFISANT);
                }
                if (niveaux.get(cuve) > cuve(cuve).capacite().millilitres()) {
                    return new Refus(CodeErreur.CAPACITE_DEPASSEE);
                }
            }
        }
        Map<Long, Long> lotsPleins = new HashMap<>();
        for (long lot : lots) {
            if (soldes.getOrDefault(new Compte.DeLot(lot), 0L) != 0) {
                lotsPleins.merge(cuveDuLot.get(lot), 1L, Long::sum);
            }
        }
        if (lotsPleins.values().stream().anyMatch(n -> n > 1)) {
            return new Refus(CodeErreur.OPERATION_INCOHERENTE);
        }
        return new Accepte(TypeMouvement.INTER_CUVES, debut, List.of());
    }

    private void verrouiller(YearMonth mois) {
        Instantane avant = Instantane.de(chai, d);
        LocalDate fin = mois.atEndOfMonth();
        boolean brouillonsEnAttente =
                brouillons.stream().anyMatch(m -> !m.date().isAfter(fin));
        if (!moisVerrouilles.contains(mois) && brouillonsEnAttente) {
            DomainException e = org.junit.jupiter.api.Assertions.assertThrows(
                    DomainException.class, () -> chai.periodes().verrouiller(d, mois), "drafts are dated in " + mois);
            assertEquals(CodeErreur.BROUILLONS_EN_ATTENTE, e.code());
            assertEquals(avant, Instantane.de(chai, d), "a refused lock changed the register");
            return;
        }
        int attendus = 0;
        if (!moisVerrouilles.contains(mois)) {
            for (int i = 0; i < valides.size(); i++) {
                Mouvement m = valides.get(i);
                if (m.statut() == StatutMouvement.VALIDE && !m.date().isAfter(fin)) {
                    valides.set(i, m.avecStatut(StatutMouvement.VERROUILLE, m.numero()));
                    attendus++;
                }
            }
            moisVerrouilles.add(mois);
        }
        assertEquals(attendus, chai.periodes().verrouiller(d, mois), "movements locked");
    }

    /** Applies an operation the model has judged, and checks the system agrees. */
    private void creer(Attendu attendu, Supplier<Mouvement> creation, boolean valider, long cuveCible, int contenance) {
        Instantane avant = Instantane.de(chai, d);
        Mouvement m;
        try {
            m = creation.get();
            if (valider) {
                m = chai.mouvements().valider(d, m.id());
            }
        } catch (DomainException e) {
            compter(e.code().name());
            if (!(attendu instanceof Refus refus)) {
                throw new AssertionError(
                        "the system refused what the model accepts: " + e.code() + " " + e.getMessage(), e);
            }
            assertEquals(refus.code(), e.code(), e.getMessage());
            assertEquals(avant, Instantane.de(chai, d), "a refused operation changed the register");
            return;
        }
        if (!(attendu instanceof Accepte accepte)) {
            throw new AssertionError("the system accepted " + m + " but the model expects " + attendu);
        }
        compter(m.statut().name());
        assertEquals(accepte.lignes().size(), m.lignes().size(), "legs of " + m);
        List<LigneMouvement> attendues = new ArrayList<>();
        for (int i = 0; i < accepte.lignes().size(); i++) {
            LigneMouvement l = accepte.lignes().get(i);
            if (l.compte().equals(NOUVEAU_LOT) || l.compte().equals(NOUVELLES_BOUTEILLES)) {
                Compte reel = m.lignes().get(i).compte();
                assertEquals(l.compte().getClass(), reel.getClass());
                assertTrue(
                        !(reel instanceof Compte.DeLot ? lots : bouteilles).contains(id(reel)),
                        "a new account, not a known one: " + reel);
                if (reel instanceof Compte.DeLot lot) {
                    lots.add(lot.lotId());
                    cuveDuLot.put(lot.lotId(), cuveCible);
                } else {
                    bouteilles.add(id(reel));
                    contenances.put(id(reel), contenance);
                }
                attendues.add(new LigneMouvement(reel, l.volume()));
            } else {
                attendues.add(l);
            }
        }
        assertEquals(attendues, m.lignes(), "legs");
        assertEquals(accepte.type(), m.type());
        assertEquals(accepte.date(), m.date());
        m.lignes().forEach(l -> touches.add(l.compte()));
        if (m.statut() == StatutMouvement.VALIDE) {
            assertEquals(OptionalLong.of(valides.size() + 1), m.numero(), "register number");
            valides.add(m);
        } else {
            assertEquals(StatutMouvement.BROUILLON, m.statut());
            brouillons.add(m);
        }
    }

    // --- what the workload reads of the model ---

    @Override
    public int nbCuves() {
        return cuves.size();
    }

    @Override
    public List<Long> lots() {
        return List.copyOf(lots);
    }

    @Override
    public List<Long> bouteilles() {
        return List.copyOf(bouteilles);
    }

    @Override
    public int contenance(long bouteilleLot) {
        return contenances.get(bouteilleLot);
    }

    @Override
    public int nbValides() {
        return valides.size();
    }

    @Override
    public int nbBrouillons() {
        return brouillons.size();
    }

    @Override
    public long solde(Compte compte) {
        return soldeModele(compte);
    }

    // --- the reference model ---

    /**
     * The model of "one lot per cuve": a reversal's leg that gives wine back to a lot whose cuve
     * now holds another lot with wine (by the validated movements).
     */
    private boolean deuxLotsEnCuve(List<LigneMouvement> lignes) {
        for (LigneMouvement l : lignes) {
            if (l.compte() instanceof Compte.DeLot lot
                    && l.volume().estPositif()
                    && cuveDuLot.containsKey(lot.lotId())) {
                long cuve = cuveDuLot.get(lot.lotId());
                for (Map.Entry<Long, Long> e : cuveDuLot.entrySet()) {
                    long autre = e.getKey();
                    if (autre != lot.lotId()
                            && e.getValue() == cuve
                            && valides.stream()
                                            .mapToLong(m -> m.volumeSur(new Compte.DeLot(autre))
                                                    .millilitres())
                                            .sum()
                                    != 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Attendu prevoir(TypeMouvement type, LocalDate date, long cuveCible, LigneMouvement... brutes) {
        List<LigneMouvement> lignes = new ArrayList<>();
        for (LigneMouvement l : brutes) {
            if (!l.volume().estNul()) {
                lignes.add(l);
            }
        }
        if (deuxLotsEnCuve(lignes)) {
            return new Refus(CodeErreur.OPERATION_INCOHERENTE);
        }
        if (!moisVerrouilles.isEmpty() && !date.isAfter(moisVerrouilles.last().atEndOfMonth())) {
            return new Refus(CodeErreur.PERIODE_VERROUILLEE);
        }
        Map<Compte, Long> parCompte = new LinkedHashMap<>();
        for (LigneMouvement l : lignes) {
            if (l.compte().jamaisNegatif()) {
                parCompte.merge(l.compte(), l.volume().millilitres(), Long::sum);
            }
        }
        Map<Long, Long> parCuve = new LinkedHashMap<>();
        for (Map.Entry<Compte, Long> e : parCompte.entrySet()) {
            if (e.getValue() < 0
                    && extremeApres(date, m -> m.volumeSur(e.getKey()).millilitres(), -1) + e.getValue() < 0) {
                return new Refus(CodeErreur.VOLUME_INSUFFISANT);
            }
            if (e.getKey() instanceof Compte.DeLot lot) {
                parCuve.merge(
                        lot.equals(NOUVEAU_LOT) ? cuveCible : cuveDuLot.get(lot.lotId()), e.getValue(), Long::sum);
            }
        }
        for (Map.Entry<Long, Long> e : parCuve.entrySet()) {
            long capacite = cuve(e.getKey()).capacite().millilitres();
            if (e.getValue() > 0 && extremeApres(date, m -> dansCuve(m, e.getKey()), 1) + e.getValue() > capacite) {
                return new Refus(CodeErreur.CAPACITE_DEPASSEE);
            }
        }
        return new Accepte(type, date, lignes);
    }

    /** The lowest (sens -1) or highest (sens 1) running sum at the end of {@code date} or later. */
    private long extremeApres(LocalDate date, java.util.function.ToLongFunction<Mouvement> volume, int sens) {
        long solde = 0;
        Long extreme = null;
        for (Mouvement m : parPosition()) {
            if (extreme == null && m.date().isAfter(date)) {
                extreme = solde;
            }
            solde += volume.applyAsLong(m);
            if (extreme != null && Long.compare(solde, extreme) == sens) {
                extreme = solde;
            }
        }
        return extreme == null ? solde : extreme;
    }

    private long dansCuve(Mouvement m, long cuve) {
        long total = 0;
        for (LigneMouvement l : m.lignes()) {
            if (l.compte() instanceof Compte.DeLot lot && cuveDuLot.get(lot.lotId()) == cuve) {
                total += l.volume().millilitres();
            }
        }
        return total;
    }

    /**
     * Where wine sent to a cuve goes: the lot that holds its validated wine, even when a draft
     * opened a later one (a reversal may have put wine back into an earlier lot); else its latest
     * lot if no validated movement touched it yet (opened by a draft); else a new lot.
     */
    private Compte destinationDans(long cuve) {
        List<Long> duCuve =
                lots.stream().filter(l -> cuveDuLot.get(l) == cuve).sorted().toList();
        for (int i = duCuve.size() - 1; i >= 0; i--) {
            if (soldeModele(new Compte.DeLot(duCuve.get(i))) != 0) {
                return new Compte.DeLot(duCuve.get(i));
            }
        }
        if (duCuve.isEmpty()) {
            return NOUVEAU_LOT;
        }
        Compte dernier = new Compte.DeLot(duCuve.get(duCuve.size() - 1));
        boolean aServi = valides.stream()
                .anyMatch(m -> m.lignes().stream().anyMatch(l -> l.compte().equals(dernier)));
        return aServi ? NOUVEAU_LOT : dernier;
    }

    private long soldeModele(Compte compte) {
        return valides.stream()
                .mapToLong(m -> m.volumeSur(compte).millilitres())
                .sum();
    }

    private List<Mouvement> parPosition() {
        List<Mouvement> tri = new ArrayList<>(valides);
        tri.sort(Comparator.comparing(Mouvement::position));
        return tri;
    }

    private boolean utilise(Compte compte) {
        return valides.stream()
                        .anyMatch(m ->
                                m.lignes().stream().anyMatch(l -> l.compte().equals(compte)))
                || brouillons.stream()
                        .anyMatch(m ->
                                m.lignes().stream().anyMatch(l -> l.compte().equals(compte)));
    }

    private Cuve cuve(long id) {
        return cuves.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    // --- invariants ---

    private void verifierInvariants() {
        Map<Compte, Volume> soldes = chai.registre().soldes(d);
        assertEquals(
                Volume.ZERO, soldes.values().stream().reduce(Volume.ZERO, Volume::plus), "all accounts sum to zero");
        for (var etat : chai.registre().cuves(d)) {
            assertTrue(
                    etat.lots().size() <= 1, "one lot per cuve: " + etat.cuve().nom() + " holds " + etat.lots());
        }
        List<Mouvement> tri = parPosition();
        Map<Long, List<Ecriture>> parCuve = new HashMap<>();
        List<Compte> stocks = new ArrayList<>();
        lots.forEach(l -> stocks.add(new Compte.DeLot(l)));
        bouteilles.forEach(b -> stocks.add(new Compte.DeBouteilles(b)));
        for (Compte compte : stocks) {
            List<Ecriture> modele = new ArrayList<>();
            for (Mouvement m : tri) {
                for (LigneMouvement l : m.lignes()) {
                    if (l.compte().equals(compte)) {
                        modele.add(new Ecriture(m.position(), m.id(), l.volume()));
                    }
                }
            }
            assertEquals(modele, chai.registre().ecritures(d, compte), "legs of " + compte);
            Volume solde = Volume.ZERO;
            Map<LocalDate, Volume> finDeJour = new LinkedHashMap<>();
            for (Ecriture e : modele) {
                solde = solde.plus(e.volume());
                assertTrue(!solde.estNegatif(), () -> compte + " negative at " + e.position());
                finDeJour.put(e.position().date(), solde);
            }
            assertEquals(solde, soldes.getOrDefault(compte, Volume.ZERO), "balance of " + compte);
            for (Map.Entry<LocalDate, Volume> e : finDeJour.entrySet()) {
                assertEquals(
                        e.getValue(),
                        chai.registre().solde(d, compte, e.getKey()),
                        compte + " at the end of " + e.getKey());
            }
            if (touches.contains(compte) || pas % 10 == 0) {
                assertEquals(solde, chai.registre().composition(d, compte).total(), "composition of " + compte);
            }
            if (compte instanceof Compte.DeLot lot) {
                parCuve.computeIfAbsent(cuveDuLot.get(lot.lotId()), c -> new ArrayList<>())
                        .addAll(modele);
            }
        }
        for (Map.Entry<Long, List<Ecriture>> e : parCuve.entrySet()) {
            List<Ecriture> ecritures = e.getValue();
            ecritures.sort(Comparator.comparing(Ecriture::position));
            Volume niveau = Volume.ZERO;
            Volume capacite = cuve(e.getKey()).capacite();
            for (int i = 0; i < ecritures.size(); i++) {
                Ecriture ecriture = ecritures.get(i);
                niveau = niveau.plus(ecriture.volume());
                // A movement between two lots of one cuve is checked on its net effect, after its last leg.
                boolean dernierALaPosition = i + 1 == ecritures.size()
                        || !ecritures.get(i + 1).position().equals(ecriture.position());
                assertTrue(
                        !dernierALaPosition || niveau.compareTo(capacite) <= 0,
                        "cuve " + e.getKey() + " over capacity at " + ecriture.position());
            }
        }
        for (Mouvement m : valides) {
            assertEquals(m, chai.mouvements().trouver(d, m.id()).orElseThrow(), "validated movements never change");
        }
        for (Mouvement m : brouillons) {
            assertEquals(m, chai.mouvements().trouver(d, m.id()).orElseThrow(), "drafts are as entered");
        }
        List<Mouvement> journal = chai.registre().journal(d, FiltreJournal.TOUT);
        assertEquals(valides.size() + brouillons.size(), journal.size(), "journal size");
        assertEquals(
                journal.size(),
                chai.registre().journal(d, FiltreJournal.TOUT, 1, 50).total(),
                "a page's total");
        assertEquals(
                journal.subList(0, Math.min(50, journal.size())),
                chai.registre().journal(d, FiltreJournal.TOUT, 1, 50).elements(),
                "the first page, in the journal's order");
        List<Long> numeros = journal.stream()
                .filter(m -> m.statut().compte())
                .map(m -> m.numero().getAsLong())
                .sorted()
                .toList();
        assertEquals(LongStream.rangeClosed(1, valides.size()).boxed().toList(), numeros, "register numbers run 1..n");
    }

    // --- helpers ---

    private static LigneMouvement ligne(Compte compte, long ml) {
        return new LigneMouvement(compte, Volume.ml(ml));
    }

    private static BigDecimal hl(long ml) {
        return BigDecimal.valueOf(ml, 5);
    }

    private static LocalDate jour(int jour) {
        return ORIGINE.plusDays(jour);
    }

    private static long id(Compte compte) {
        return switch (compte) {
            case Compte.DeLot l -> l.lotId();
            case Compte.DeBouteilles b -> b.bouteilleLotId();
            case Compte.Externe e -> throw new IllegalArgumentException(e.toString());
        };
    }

    private void compter(String issue) {
        ISSUES.computeIfAbsent(operation + " -> " + issue, k -> new java.util.concurrent.atomic.LongAdder())
                .increment();
    }

    /** {@return how often each kind of operation ended in each outcome, in this JVM} */
    public static String issues() {
        StringBuilder sb = new StringBuilder();
        ISSUES.forEach((k, v) -> sb.append(String.format("  %-40s %7d%n", k, v.sum())));
        return sb.toString();
    }
}
