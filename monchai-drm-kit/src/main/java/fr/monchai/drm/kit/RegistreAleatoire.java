package fr.monchai.drm.kit;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.crd.CategorieCapsule;
import fr.monchai.core.crd.CompteCapsules;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.crd.NouveauMouvementCrd;
import fr.monchai.core.crd.TypeCapsule;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.CompteExterne;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.registre.AchatBouteilles;
import fr.monchai.core.registre.AchatVrac;
import fr.monchai.core.registre.AjustementLot;
import fr.monchai.core.registre.Assemblage;
import fr.monchai.core.registre.ContrePassation;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.Perte;
import fr.monchai.core.registre.RetourTravailAFacon;
import fr.monchai.core.registre.SensAjustement;
import fr.monchai.core.registre.SourceAssemblage;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.core.registre.VenteBouteilles;
import fr.monchai.core.registre.VenteVrac;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A seeded random register over a few months, with every kind of movement a DRM must
 * declare: harvests, transfers and blends (across fiscal products too), losses, bottling,
 * sales to every fiscal destination with their customs references, inventory corrections,
 * reversals in the same month and in a later one, and CRD capsules. Operations the ledger
 * refuses are skipped: what remains is a valid register.
 */
public final class RegistreAleatoire {

    /** The first month with movements. */
    public static final YearMonth DEBUT = YearMonth.of(2026, 8);
    /** How many months it covers. */
    public static final int MOIS = 3;

    private final MonChai chai;
    private final long domaine;
    private final SplittableRandom alea;
    private final List<ProduitFiscal> produits;
    private final List<Cuve> cuves = new ArrayList<>();
    private final List<Long> bouteilles = new ArrayList<>();
    /** The bouteille lots bought duty-paid. */
    private final java.util.Set<Long> acquittes = new java.util.HashSet<>();

    private final List<Mouvement> valides = new ArrayList<>();
    /** The capsule accounts used so far: every regime, both categories, bottles and bag-in-box. */
    private final List<CompteCapsules> comptes = new ArrayList<>();
    /** Half-bottle, bottle, magnum, and a 3-litre bag-in-box. */
    private static final int[] CONTENANCES = {375, 750, 750, 1500, 3000};

    private final long parcelle;

    private RegistreAleatoire(long graine, List<ProduitFiscal> produits) {
        this.chai = MonChai.enMemoire();
        this.alea = new SplittableRandom(graine);
        this.produits = List.copyOf(produits);
        this.domaine = chai.domaines().creer("Domaine aléatoire " + graine).id();
        this.parcelle = chai.parcelles()
                .creer(
                        domaine,
                        new NouvelleParcelle(
                                "La Parcelle",
                                "Melon B.",
                                new BigDecimal("3"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(1990)))
                .id();
    }

    /**
     * {@return the register, with its domaine}
     *
     * @param graine the seed
     * @param produits the fiscal products its lots may hold (at least two)
     * @param operations how many operations to try
     */
    public static RegistreAleatoire generer(long graine, List<ProduitFiscal> produits, int operations) {
        RegistreAleatoire r = new RegistreAleatoire(graine, produits);
        for (int i = 0; i < 5; i++) {
            r.cuves.add(r.chai.cuves()
                    .creer(r.domaine, new NouvelleCuve("Cuve " + (i + 1), new BigDecimal("200"), Optional.of("inox"))));
        }
        for (int i = 0; i < operations; i++) {
            LocalDate date = DEBUT.atDay(1).plusDays((long) i * (MOIS * 30 - 1) / operations);
            r.essayer(() -> r.operation(date));
        }
        return r;
    }

    /** {@return the register} */
    public MonChai chai() {
        return chai;
    }

    /** {@return the domaine} */
    public long domaine() {
        return domaine;
    }

    private void essayer(Supplier<Mouvement> operation) {
        try {
            Mouvement m = operation.get();
            if (m != null) {
                Mouvement valide = chai.mouvements().valider(domaine, m.id());
                valides.add(valide);
                boolean sousDae = valide.destination()
                        .filter(d -> d == DestinationFiscale.EXPORT
                                || d == DestinationFiscale.LIVRAISON_UE
                                || d == DestinationFiscale.ENTREPOSITAIRE_AGREE)
                        .isPresent();
                if (sousDae
                        && chai.mouvements()
                                .referenceSortie(domaine, valide.id())
                                .flatMap(ReferenceSortie::numeroDocument)
                                .isPresent()
                        && alea.nextInt(3) == 0) {
                    // The receipt comes back, within the month or in a later one.
                    chai.mouvements().apurer(domaine, valide.id(), valide.date().plusDays(alea.nextInt(40)));
                }
            }
        } catch (DomainException refus) {
            // A refused operation changes nothing: the register stays valid.
        }
    }

    private Mouvement operation(LocalDate date) {
        int choix = alea.nextInt(100);
        List<Lot> lots = lotsPleins();
        if (choix < 18 || lots.isEmpty()) {
            Cuve cuve = cuves.get(alea.nextInt(cuves.size()));
            var v = chai.vendanges()
                    .enregistrer(
                            domaine,
                            new NouvelleVendange(
                                    parcelle,
                                    date,
                                    hl(5, 40),
                                    Optional.of(new BigDecimal("0.2")),
                                    cuve.id(),
                                    Optional.of(produits.get(alea.nextInt(produits.size())))));
            return chai.mouvements()
                    .trouver(domaine, v.mouvementId().getAsLong())
                    .orElseThrow();
        }
        Lot lot = lots.get(alea.nextInt(lots.size()));
        Cuve autre = cuves.get(alea.nextInt(cuves.size()));
        if (choix < 30) {
            Optional<ProduitFiscal> produit =
                    alea.nextInt(3) == 0 ? Optional.of(produits.get(alea.nextInt(produits.size()))) : Optional.empty();
            return chai.mouvements()
                    .soutirer(
                            domaine,
                            new Soutirage(
                                    lot.id(),
                                    autre.id(),
                                    hl(1, 5),
                                    Optional.of(new BigDecimal("0.05")),
                                    date,
                                    produit,
                                    Optional.empty()));
        } else if (choix < 38 && lots.size() >= 2) {
            Lot b = lots.get(alea.nextInt(lots.size()));
            return chai.mouvements()
                    .assembler(
                            domaine,
                            new Assemblage(
                                    List.of(
                                            new SourceAssemblage(lot.id(), hl(1, 3)),
                                            new SourceAssemblage(b.id(), hl(1, 3))),
                                    autre.id(),
                                    Optional.of(new BigDecimal("0.1")),
                                    date,
                                    Optional.of(produits.get(alea.nextInt(produits.size()))),
                                    Optional.empty()));
        } else if (choix < 43) {
            return chai.mouvements().constaterPerte(domaine, new Perte(lot.id(), new BigDecimal("0.3"), date, "lies"));
        } else if (choix < 55) {
            int contenance = CONTENANCES[alea.nextInt(CONTENANCES.length)];
            Mouvement m = chai.mouvements()
                    .mettreEnBouteille(
                            domaine,
                            new MiseEnBouteille(
                                    lot.id(),
                                    100L + alea.nextInt(400),
                                    contenance,
                                    Optional.of(new BigDecimal("0.02")),
                                    date,
                                    Optional.empty(),
                                    Optional.empty()));
            for (LigneMouvement l : m.lignes()) {
                if (l.compte() instanceof Compte.DeBouteilles b) {
                    bouteilles.add(b.bouteilleLotId());
                }
            }
            // a magnum or a jeroboam may be a BIB of the same size; some estates keep their capsules' colours apart
            fr.monchai.core.crd.Contenant deduit = fr.monchai.core.crd.Contenant.deduit(contenance);
            fr.monchai.core.crd.Contenant contenant = contenance < 1500 || alea.nextBoolean()
                    ? deduit
                    : deduit == fr.monchai.core.crd.Contenant.BIB
                            ? fr.monchai.core.crd.Contenant.BOUTEILLE
                            : fr.monchai.core.crd.Contenant.BIB;
            Optional<fr.monchai.core.crd.CouleurCapsule> couleur = alea.nextInt(3) == 0
                    ? Optional.of(auHasard(fr.monchai.core.crd.CouleurCapsule.values()))
                    : Optional.empty();
            CompteCapsules compte = new CompteCapsules(
                    alea.nextInt(4) == 0 ? CategorieCapsule.MOUSSEUX : CategorieCapsule.TRANQUILLE,
                    auHasard(TypeCapsule.values()),
                    contenance,
                    contenant,
                    couleur);
            capsules(compte, date, NatureCrd.ACHAT, 500);
            capsules(compte, date, NatureCrd.UTILISATION, 50 + alea.nextInt(100));
            comptes.add(compte);
            return m;
        } else if (choix < 75) {
            DestinationFiscale destination = auHasard(DestinationFiscale.values());
            // What the DRM files under « autres sorties » wants an observation: the movement's comment.
            Optional<String> commentaire = switch (destination) {
                case DISTILLATION -> Optional.of("Lies livrées à la distillerie");
                case USAGE_INDUSTRIEL -> Optional.of("Vin livré à une vinaigrerie");
                default -> Optional.empty();
            };
            Mouvement m;
            if (!bouteilles.isEmpty() && alea.nextBoolean()) {
                long vendues = bouteilles.get(alea.nextInt(bouteilles.size()));
                if (acquittes.contains(vendues) && alea.nextInt(4) > 0) { // mostly as they must leave: duty-paid
                    destination = DestinationFiscale.FRANCE_DROITS_ACQUITTES;
                    commentaire = Optional.empty();
                }
                m = chai.mouvements()
                        .vendreBouteilles(
                                domaine,
                                new VenteBouteilles(vendues, 12L + alea.nextInt(60), destination, date, commentaire));
            } else {
                m = chai.mouvements()
                        .vendreVrac(domaine, new VenteVrac(lot.id(), hl(1, 4), destination, date, commentaire));
            }
            documenter(m, destination);
            return m;
        } else if (choix < 78) {
            // The whole lot sold: its product's stock may run out within the month.
            return chai.mouvements()
                    .vendreVrac(
                            domaine,
                            new VenteVrac(
                                    lot.id(),
                                    chai.registre().lotsDisponibles(domaine).stream()
                                            .filter(l -> l.lot().id() == lot.id())
                                            .findFirst()
                                            .orElseThrow()
                                            .volume()
                                            .enHl(),
                                    DestinationFiscale.FRANCE_DROITS_SUSPENDUS,
                                    date,
                                    Optional.empty()));
        } else if (choix < 82) {
            return chai.mouvements()
                    .ajusterLot(
                            domaine,
                            new AjustementLot(
                                    lot.id(),
                                    alea.nextBoolean() ? SensAjustement.MANQUANT : SensAjustement.EXCEDENT,
                                    new BigDecimal("0.4"),
                                    date,
                                    "inventaire du " + date));
        } else if (choix < 90 && !valides.isEmpty()) {
            Mouvement cible = valides.get(alea.nextInt(valides.size()));
            return chai.mouvements().contrePasser(domaine, new ContrePassation(cible.id(), date, "erreur de saisie"));
        } else if (choix < 93) {
            Volume chezLePrestataire =
                    chai.registre().solde(domaine, new Compte.Externe(CompteExterne.TRAVAIL_A_FACON));
            if (chezLePrestataire.estPositif() && alea.nextBoolean()) {
                // Part of what went to a provider (bottling, relogement) comes back, into the same kind of cuve.
                return chai.mouvements()
                        .revenirDeTravailAFacon(
                                domaine,
                                RetourTravailAFacon.de(
                                        autre.id(), Volume.ml(Math.max(1, chezLePrestataire.millilitres() / 2)), date));
            }
            if (alea.nextInt(3) == 0) {
                // Bottles bought with their duty paid, for the shop: the duty-paid stock list.
                Mouvement m = chai.mouvements()
                        .acheterBouteilles(
                                domaine,
                                AchatBouteilles.de(
                                                60L + alea.nextInt(240),
                                                750,
                                                produits.get(alea.nextInt(produits.size())),
                                                date)
                                        .enDroitsAcquittes());
                long achetees = m.bouteilleLotDestination().getAsLong();
                bouteilles.add(achetees);
                acquittes.add(achetees);
                return m;
            }
            return chai.mouvements()
                    .acheterVrac(
                            domaine,
                            new AchatVrac(
                                    autre.id(),
                                    hl(1, 10),
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    date,
                                    Optional.empty()));
        }
        Optional<Mouvement> revendication = choix < 95 ? vci(date) : Optional.empty();
        if (revendication.isPresent()) {
            return revendication.get();
        } else if (choix < 96 && !comptes.isEmpty()) {
            NatureCrd[] natures = {NatureCrd.DESTRUCTION, NatureCrd.MANQUANT, NatureCrd.RETOUR, NatureCrd.EXCEDENT};
            capsules(
                    comptes.get(alea.nextInt(comptes.size())),
                    date,
                    natures[alea.nextInt(natures.length)],
                    1 + alea.nextInt(5));
            return null;
        }
        return chai.mouvements()
                .soutirer(
                        domaine,
                        new Soutirage(
                                lot.id(),
                                autre.id(),
                                hl(1, 3),
                                Optional.empty(),
                                date,
                                Optional.empty(),
                                Optional.empty()));
    }

    private <T> T auHasard(T[] choix) {
        return choix[alea.nextInt(choix.length)];
    }

    /**
     * VCI claimed into its appellation: a VCI lot racked into the cuve of a lot of the same appellation
     * and colour, naming that lot's product. Empty when the register holds no such pair.
     */
    private Optional<Mouvement> vci(LocalDate date) {
        List<Lot> lots = lotsPleins();
        for (Lot source : lots) {
            if (source.produit().genre() != fr.monchai.core.chai.Genre.VCI) {
                continue;
            }
            for (Lot cible : lots) {
                ProduitFiscal p = cible.produit();
                if (p.genre() != fr.monchai.core.chai.Genre.VCI
                        && p.appellation().equals(source.produit().appellation())
                        && p.couleur() == source.produit().couleur()) {
                    return Optional.of(chai.mouvements()
                            .soutirer(
                                    domaine,
                                    new Soutirage(
                                            source.id(),
                                            cible.cuveId(),
                                            hl(1, 3),
                                            Optional.empty(),
                                            date,
                                            Optional.of(p),
                                            Optional.empty())));
                }
            }
        }
        return Optional.empty();
    }

    /** The last DSA form used: they are numbered in order, from a book starting at 4001. */
    private long dernierDsa = 4000;

    private void documenter(Mouvement m, DestinationFiscale destination) {
        String document = "26FRA" + String.format("%016d", m.id());
        ReferenceSortie ref = switch (destination) {
            case EXPORT ->
                new ReferenceSortie(
                        Optional.of(alea.nextBoolean() ? "US" : "JP"), Optional.of(document), Optional.empty());
            case LIVRAISON_UE ->
                new ReferenceSortie(
                        Optional.of(alea.nextBoolean() ? "BE" : "DE"),
                        Optional.of(document),
                        Optional.empty(),
                        Optional.of("BE00001234E56"),
                        Optional.empty());
            case ENTREPOSITAIRE_AGREE -> {
                boolean contrat = alea.nextBoolean();
                ReferenceSortie r = new ReferenceSortie(
                        Optional.empty(),
                        Optional.of(document),
                        contrat ? Optional.of("2026" + String.format("%09d", m.id())) : Optional.empty(),
                        Optional.of("FR044012E0001"),
                        Optional.empty());
                // Outside a contract, the buyer and its price.
                yield contrat
                        ? r
                        : r.avecAcheteur("Négoce " + m.id() % 7, BigDecimal.valueOf(15000 + alea.nextInt(20000), 2));
            }
            // Petit vrac sold in France travels under the estate's numbered DSA forms (bottles under capsules need
            // none).
            case FRANCE_DROITS_SUSPENDUS ->
                m.lignes().stream().anyMatch(l -> l.compte() instanceof fr.monchai.core.journal.Compte.DeLot)
                        ? new ReferenceSortie(
                                Optional.empty(), Optional.of(Long.toString(++dernierDsa)), Optional.empty())
                        : ReferenceSortie.AUCUNE;
            default -> ReferenceSortie.AUCUNE;
        };
        if (!ref.equals(ReferenceSortie.AUCUNE)) {
            chai.mouvements().documenterSortie(domaine, m.id(), ref);
        }
    }

    private void capsules(CompteCapsules compte, LocalDate date, NatureCrd nature, long quantite) {
        try {
            chai.capsules()
                    .enregistrer(
                            domaine,
                            new NouveauMouvementCrd(
                                    date,
                                    compte.categorie(),
                                    compte.type(),
                                    compte.contenanceMl(),
                                    nature,
                                    quantite,
                                    Optional.empty(),
                                    Optional.of(compte.contenant()),
                                    compte.couleur()));
        } catch (DomainException refus) {
            // Not enough capsules: skipped.
        }
    }

    private List<Lot> lotsPleins() {
        return chai.registre().lotsDisponibles(domaine).stream()
                .filter(l -> l.volume().estPositif())
                .map(l -> l.lot())
                .toList();
    }

    private BigDecimal hl(int min, int max) {
        return BigDecimal.valueOf(min * 100L + alea.nextInt((max - min) * 100 + 1), 2);
    }
}
