package fr.monchai.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.MonChai;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.port.Stockage;
import fr.monchai.core.vente.*;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Orders, invoices, credit notes, payments and refunds as a state machine beside a small model:
 * after every operation the stock (register, reserved, available, sold) equals the model's,
 * invoice and credit-note numbers run 1..n per series, issued documents never change but by
 * their payments and crediting, every invoice's totals are exact and consistent (TTC = HT + VAT
 * to the cent, by the rule of its base), an invoice has at most one credit note (never more
 * credited than invoiced), a credited invoice owes nothing and takes no payment, and a credit
 * note refunds at most what was paid on its invoice.
 */
public final class VenteMachine implements Machine<VenteMachine.Op> {

    /** An operation; indices name the model's orders and invoices in creation order. */
    public sealed interface Op {}

    /**
     * @param client 0 business, 1 consumer
     * @param produit 0 or 1
     * @param quantite bottles
     * @param centimes unit price
     */
    public record Commander(int client, int produit, long quantite, long centimes) implements Op {}

    /**
     * @param commande an order
     */
    public record Valider(int commande) implements Op {}

    /**
     * @param commande an order
     * @param jour the delivery day
     */
    public record Livrer(int commande, int jour) implements Op {}

    /**
     * @param commande an order
     */
    public record Annuler(int commande) implements Op {}

    /**
     * @param commande an order
     * @param jourEcheance the due date, in days from the origin
     */
    public record Facturer(int commande, int jourEcheance) implements Op {}

    /**
     * @param facture a draft (or, to be refused, an issued invoice)
     * @param jourEcheance its new due date, in days from the origin
     */
    public record ModifierFacture(int facture, int jourEcheance) implements Op {}

    /**
     * @param facture a draft (or, to be refused, an issued invoice)
     */
    public record SupprimerFacture(int facture) implements Op {}

    /**
     * @param facture an invoice
     * @param jour the issue day
     */
    public record Emettre(int facture, int jour) implements Op {}

    /**
     * @param facture an invoice
     * @param centimes the amount, 0 for all that remains
     */
    public record Payer(int facture, long centimes) implements Op {}

    /**
     * @param facture an invoice
     */
    public record Avoir(int facture) implements Op {}

    /**
     * @param facture a credit note (or, to be refused, an invoice)
     * @param centimes the amount, 0 for all that remains
     */
    public record Rembourser(int facture, long centimes) implements Op {}

    private static final LocalDate ORIGINE = LocalDate.of(2026, 3, 1);

    /** How many operations of each kind the system accepted, in this JVM: the runs must reach every state. */
    static final Map<String, java.util.concurrent.atomic.LongAdder> ACCEPTEES =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    private final Boutique b;
    private final MonChai chai;
    private final List<Long> commandes = new ArrayList<>();
    private final List<Long> factures = new ArrayList<>();
    /** The indices in {@code factures} of the credit notes, so that refunds mostly aim at one. */
    private final List<Integer> avoirs = new ArrayList<>();

    private final Map<Long, Long> physique = new HashMap<>();
    private final Map<Long, StatutCommande> statuts = new HashMap<>();
    private final Map<Long, Facture> emises = new HashMap<>();
    private final Map<String, Integer> series = new TreeMap<>();
    private final Map<String, LocalDate> dernieres = new HashMap<>();
    /** The day each delivered order left: the day its invoice is due to be issued. */
    private final Map<Long, LocalDate> livraisons = new HashMap<>();
    /** The drafts deleted: the system no longer knows them. */
    private final java.util.Set<Long> supprimees = new java.util.HashSet<>();

    private int jourCourant;

    /**
     * @param depots a new, empty store
     */
    public VenteMachine(Stockage depots) {
        this.b = new Boutique(new MonChai(depots));
        this.chai = b.chai;
        physique.put(b.muscadet.id(), 2000L);
        physique.put(b.cuvee.id(), 1000L);
    }

    private Produit produit(int i) {
        return i == 0 ? b.muscadet : b.cuvee;
    }

    @Override
    public Op generer(SplittableRandom a) {
        jourCourant = Math.min(120, jourCourant + a.nextInt(3));
        int choix = a.nextInt(100);
        if (choix < 25 || commandes.isEmpty()) {
            return new Commander(
                    a.nextInt(2), a.nextInt(2), 1 + a.nextInt(a.nextInt(4) == 0 ? 1500 : 200), 1 + a.nextLong(3000));
        } else if (choix < 45) {
            return new Valider(a.nextInt(commandes.size()));
        } else if (choix < 58) {
            return new Livrer(a.nextInt(commandes.size()), jourCourant);
        } else if (choix < 63) {
            return new Annuler(a.nextInt(commandes.size()));
        } else if (choix < 75) {
            return new Facturer(a.nextInt(commandes.size()), jourCourant + a.nextInt(a.nextInt(4) == 0 ? 120 : 50));
        } else if (choix < 77 && !factures.isEmpty()) {
            return a.nextInt(3) == 0
                    ? new SupprimerFacture(a.nextInt(factures.size()))
                    : new ModifierFacture(a.nextInt(factures.size()), jourCourant + a.nextInt(90));
        } else if (choix < 88 && !factures.isEmpty()) {
            return new Emettre(
                    a.nextInt(factures.size()), a.nextInt(10) == 0 ? Math.max(0, jourCourant - 5) : jourCourant);
        } else if (choix < 92 && !factures.isEmpty()) {
            return new Payer(a.nextInt(factures.size()), a.nextInt(3) == 0 ? 0 : 1 + a.nextLong(20_000));
        } else if (choix < 96 && !factures.isEmpty()) {
            return new Avoir(a.nextInt(factures.size()));
        } else if (!factures.isEmpty()) {
            int cible = avoirs.isEmpty() || a.nextInt(5) == 0
                    ? a.nextInt(factures.size())
                    : avoirs.get(a.nextInt(avoirs.size()));
            return new Rembourser(cible, a.nextInt(2) == 0 ? 0 : 1 + a.nextLong(20_000));
        }
        return new Valider(a.nextInt(commandes.size()));
    }

    @Override
    public void appliquer(Op op) {
        switch (op) {
            case Commander o -> {
                Client client = o.client() == 0 ? b.caviste : b.particulier;
                Commande c = chai.ventes()
                        .creerCommande(
                                b.d,
                                new NouvelleCommande(
                                        client.id(),
                                        ORIGINE,
                                        DestinationFiscale.FRANCE_DROITS_ACQUITTES,
                                        fr.monchai.core.journal.ReferenceSortie.AUCUNE,
                                        java.util.Optional.empty(),
                                        List.of(NouvelleLigne.auPrix(
                                                produit(o.produit()).id(),
                                                o.quantite(),
                                                BigDecimal.valueOf(o.centimes(), 2)))));
                commandes.add(c.id());
                statuts.put(c.id(), StatutCommande.BROUILLON);
            }
            case Valider o ->
                commande(o.commande(), id -> {
                    Commande c = chai.ventes().commande(b.d, id).orElseThrow();
                    long dispo = disponible(c.lignes().get(0).produitId());
                    CodeErreur attendu = statuts.get(id) != StatutCommande.BROUILLON
                            ? CodeErreur.OPERATION_INCOHERENTE
                            : c.lignes().get(0).quantite() > dispo ? CodeErreur.STOCK_INSUFFISANT : null;
                    tenter(attendu, () -> chai.ventes().valider(b.d, id));
                    if (attendu == null) {
                        statuts.put(id, StatutCommande.VALIDEE);
                    }
                });
            case Livrer o ->
                commande(o.commande(), id -> {
                    CodeErreur attendu =
                            statuts.get(id) != StatutCommande.VALIDEE ? CodeErreur.OPERATION_INCOHERENTE : null;
                    tenter(attendu, () -> chai.ventes().livrer(b.d, id, ORIGINE.plusDays(o.jour())));
                    if (attendu == null) {
                        statuts.put(id, StatutCommande.LIVREE);
                        livraisons.put(id, ORIGINE.plusDays(o.jour()));
                        LigneCommande l = chai.ventes()
                                .commande(b.d, id)
                                .orElseThrow()
                                .lignes()
                                .get(0);
                        physique.merge(l.produitId(), -l.quantite(), Long::sum);
                    }
                });
            case Annuler o ->
                commande(o.commande(), id -> {
                    StatutCommande s = statuts.get(id);
                    CodeErreur attendu = s == StatutCommande.BROUILLON || s == StatutCommande.VALIDEE
                            ? null
                            : CodeErreur.OPERATION_INCOHERENTE;
                    tenter(attendu, () -> chai.ventes().annuler(b.d, id));
                    if (attendu == null) {
                        statuts.put(id, StatutCommande.ANNULEE);
                    }
                });
            case Facturer o ->
                commande(o.commande(), id -> {
                    StatutCommande s = statuts.get(id);
                    boolean dejaFacturee = chai.factures().factures(b.d).stream()
                            .anyMatch(f -> f.type() == TypeFacture.FACTURE
                                    && f.commandeId().equals(java.util.OptionalLong.of(id)));
                    LocalDate echeance = ORIGINE.plusDays(o.jourEcheance());
                    Client client = chai.ventes()
                            .client(
                                    b.d,
                                    chai.ventes()
                                            .commande(b.d, id)
                                            .orElseThrow()
                                            .clientId())
                            .orElseThrow();
                    CodeErreur attendu = (s == StatutCommande.VALIDEE || s == StatutCommande.LIVREE) && !dejaFacturee
                            ? brouillonRefuse(
                                    TypeFacture.FACTURE, client, echeance, livraisons.getOrDefault(id, ORIGINE))
                            : CodeErreur.OPERATION_INCOHERENTE;
                    Facture f = tenter(attendu, () -> chai.factures().facturer(b.d, id, echeance));
                    if (f != null) {
                        factures.add(f.id());
                    }
                });
            case ModifierFacture o ->
                facture(o.facture(), f -> {
                    LocalDate echeance = ORIGINE.plusDays(o.jourEcheance());
                    Client client = chai.ventes().client(b.d, f.clientId()).orElseThrow();
                    CodeErreur attendu = f.statut() != StatutFacture.BROUILLON
                            ? CodeErreur.FACTURE_NON_MODIFIABLE
                            : brouillonRefuse(f.type(), client, echeance, f.dateLivraison());
                    Facture m = tenter(attendu, () -> chai.factures().modifierBrouillon(b.d, f.id(), echeance));
                    if (m != null) {
                        assertEquals(echeance, m.echeance());
                        assertEquals(f.lignes(), m.lignes(), "only its due date changes");
                    }
                });
            case SupprimerFacture o ->
                facture(o.facture(), f -> {
                    CodeErreur attendu =
                            f.statut() != StatutFacture.BROUILLON ? CodeErreur.FACTURE_NON_MODIFIABLE : null;
                    tenter(attendu, () -> {
                        chai.factures().supprimerBrouillon(b.d, f.id());
                        return Boolean.TRUE;
                    });
                    if (attendu == null) {
                        supprimees.add(f.id());
                        assertTrue(chai.factures().facture(b.d, f.id()).isEmpty(), "the draft is gone");
                        tenter(
                                CodeErreur.INTROUVABLE,
                                () -> chai.factures().emettre(b.d, f.id(), ORIGINE, Boutique.RENDU));
                    }
                });
            case Emettre o ->
                facture(o.facture(), f -> {
                    LocalDate date = ORIGINE.plusDays(o.jour());
                    String serie = f.type().prefixe() + date.getYear();
                    Client client = chai.ventes().client(b.d, f.clientId()).orElseThrow();
                    CodeErreur attendu = f.statut() != StatutFacture.BROUILLON
                            ? CodeErreur.FACTURE_NON_MODIFIABLE
                            : f.echeance().isBefore(date)
                                    ? CodeErreur.SAISIE_INVALIDE
                                    : f.type() == TypeFacture.FACTURE
                                                    && client.type() == TypeClient.PROFESSIONNEL
                                                    && f.echeance()
                                                            .isAfter(date.plusDays(FactureService.DELAI_MAXIMUM_JOURS))
                                            ? CodeErreur.SAISIE_INVALIDE
                                            : dernieres.containsKey(serie)
                                                            && dernieres
                                                                    .get(serie)
                                                                    .isAfter(date)
                                                    ? CodeErreur.SAISIE_INVALIDE
                                                    : null;
                    Facture e = tenter(attendu, () -> chai.factures().emettre(b.d, f.id(), date, Boutique.RENDU));
                    if (e != null) {
                        int n = series.merge(serie, 1, Integer::sum);
                        assertEquals(
                                java.util.Optional.of(String.format("%s-%06d", serie, n)),
                                e.numero(),
                                "gap-free numbering");
                        dernieres.put(serie, date);
                        emises.put(e.id(), e);
                        if (e.type() == TypeFacture.AVOIR) {
                            Facture origine = chai.factures()
                                    .facture(b.d, e.factureOrigineId().getAsLong())
                                    .orElseThrow();
                            assertEquals(
                                    StatutFacture.CREDITEE,
                                    origine.statut(),
                                    "an issued credit note cancels its invoice");
                            assertEquals(0, origine.resteAPayer().signum(), "nothing is due on a credited invoice");
                            emises.put(origine.id(), origine);
                        }
                    }
                });
            case Payer o ->
                facture(o.facture(), f -> {
                    BigDecimal montant = o.centimes() == 0 ? f.resteAPayer() : BigDecimal.valueOf(o.centimes(), 2);
                    CodeErreur attendu = montant.signum() <= 0
                            ? CodeErreur.SAISIE_INVALIDE
                            : f.type() == TypeFacture.AVOIR || f.statut() != StatutFacture.EMISE
                                    ? CodeErreur.OPERATION_INCOHERENTE
                                    : montant.compareTo(f.resteAPayer()) > 0 ? CodeErreur.SAISIE_INVALIDE : null;
                    Facture p = tenter(
                            attendu,
                            () -> chai.factures().payer(b.d, f.id(), new Paiement(ORIGINE, montant, "virement")));
                    if (p != null) {
                        emises.put(p.id(), p);
                    }
                });
            case Avoir o ->
                facture(o.facture(), f -> {
                    boolean dejaCreditee = avoirDe(f.id()).isPresent();
                    CodeErreur attendu =
                            f.type() == TypeFacture.FACTURE && f.statut() != StatutFacture.BROUILLON && !dejaCreditee
                                    ? null
                                    : CodeErreur.OPERATION_INCOHERENTE;
                    Facture a = tenter(attendu, () -> chai.factures().avoir(b.d, f.id()));
                    if (a != null) {
                        avoirs.add(factures.size());
                        factures.add(a.id());
                    }
                });
            case Rembourser o ->
                facture(o.facture(), f -> {
                    BigDecimal aRembourser = f.type() == TypeFacture.AVOIR
                            ? chai.factures()
                                    .facture(b.d, f.factureOrigineId().getAsLong())
                                    .orElseThrow()
                                    .paye()
                                    .subtract(f.paye())
                            : BigDecimal.ZERO;
                    BigDecimal montant = o.centimes() == 0 ? aRembourser : BigDecimal.valueOf(o.centimes(), 2);
                    CodeErreur attendu = montant.signum() <= 0
                            ? CodeErreur.SAISIE_INVALIDE
                            : f.type() != TypeFacture.AVOIR
                                            || f.statut() != StatutFacture.EMISE
                                            || aRembourser.signum() <= 0
                                    ? CodeErreur.OPERATION_INCOHERENTE
                                    : montant.compareTo(aRembourser) > 0 ? CodeErreur.SAISIE_INVALIDE : null;
                    Facture r = tenter(
                            attendu,
                            () -> chai.factures().rembourser(b.d, f.id(), new Paiement(ORIGINE, montant, "virement")));
                    if (r != null) {
                        emises.put(r.id(), r);
                    }
                });
        }
        verifier();
    }

    private java.util.Optional<Facture> avoirDe(long factureId) {
        return chai.factures().factures(b.d).stream()
                .filter(a -> a.type() == TypeFacture.AVOIR
                        && a.factureOrigineId().equals(java.util.OptionalLong.of(factureId)))
                .findFirst();
    }

    private long disponible(long produitId) {
        long reserve = 0;
        for (long id : commandes) {
            if (statuts.get(id) == StatutCommande.VALIDEE) {
                LigneCommande l =
                        chai.ventes().commande(b.d, id).orElseThrow().lignes().get(0);
                if (l.produitId() == produitId) {
                    reserve += l.quantite();
                }
            }
        }
        return physique.get(produitId) - reserve;
    }

    private void commande(int i, java.util.function.LongConsumer action) {
        if (i < commandes.size()) {
            action.accept(commandes.get(i));
        }
    }

    private void facture(int i, java.util.function.Consumer<Facture> action) {
        if (i < factures.size() && !supprimees.contains(factures.get(i))) {
            action.accept(chai.factures().facture(b.d, factures.get(i)).orElseThrow());
        }
    }

    /**
     * A draft's due date, as the model reads the rules: not before the delivery, and for a business at most 60 days
     * after the later of the delivery and today.
     */
    private static CodeErreur brouillonRefuse(
            TypeFacture type, Client client, LocalDate echeance, LocalDate livraison) {
        LocalDate aujourdhui = fr.monchai.core.commun.Calendrier.aujourdhui(java.time.Clock.systemUTC());
        LocalDate depuis = aujourdhui.isAfter(livraison) ? aujourdhui : livraison;
        return echeance.isBefore(livraison)
                        || (type == TypeFacture.FACTURE
                                && client.type() == TypeClient.PROFESSIONNEL
                                && echeance.isAfter(depuis.plusDays(FactureService.DELAI_MAXIMUM_JOURS)))
                ? CodeErreur.SAISIE_INVALIDE
                : null;
    }

    private static <T> T tenter(CodeErreur attendu, Supplier<T> action) {
        try {
            T t = action.get();
            if (t != null) {
                ACCEPTEES
                        .computeIfAbsent(
                                t.getClass().getSimpleName()
                                        + (t instanceof Facture f
                                                ? " " + f.type() + " " + f.statut()
                                                : t instanceof Commande c ? " " + c.statut() : ""),
                                k -> new java.util.concurrent.atomic.LongAdder())
                        .increment();
            }
            if (attendu != null) {
                throw new AssertionError("accepted, but the model expects " + attendu);
            }
            return t;
        } catch (DomainException e) {
            if (attendu == null) {
                throw new AssertionError("refused what the model accepts: " + e.getMessage(), e);
            }
            assertEquals(attendu, e.code(), e.getMessage());
            return null;
        }
    }

    private void verifier() {
        for (StockProduit s : chai.ventes().stock(b.d)) {
            long id = s.produit().id();
            assertEquals(physique.get(id), s.physique(), "bottles in the register");
            assertEquals(physique.get(id) - s.reserve(), s.disponible());
            assertEquals(disponible(id), s.disponible(), "available bottles");
            assertTrue(s.disponible() >= 0, "never more reserved than held");
            assertEquals(
                    physique.get(id) * 750,
                    chai.registre()
                            .solde(b.d, new Compte.DeBouteilles(s.produit().bouteilleLotId()))
                            .millilitres());
        }
        Map<String, List<Integer>> numeros = new TreeMap<>();
        for (Facture f : chai.factures().factures(b.d)) {
            verifierTotaux(f);
            f.numero()
                    .ifPresent(n -> numeros.computeIfAbsent(n.substring(0, n.indexOf('-')), k -> new ArrayList<>())
                            .add(Integer.parseInt(n.substring(n.indexOf('-') + 1))));
            if (emises.containsKey(f.id())) {
                assertEquals(
                        emises.get(f.id()), f, "an issued invoice never changes but by its payments and crediting");
            }
            if (f.type() == TypeFacture.FACTURE) {
                java.util.List<Facture> avoirs = chai.factures().factures(b.d).stream()
                        .filter(a -> a.type() == TypeFacture.AVOIR
                                && a.factureOrigineId().equals(java.util.OptionalLong.of(f.id())))
                        .toList();
                assertTrue(avoirs.size() <= 1, "a credit note cancels its invoice in full, once");
                boolean creditee = avoirs.stream().anyMatch(a -> a.numero().isPresent());
                assertEquals(
                        creditee,
                        f.statut() == StatutFacture.CREDITEE,
                        "credited exactly when its credit note is issued");
                assertEquals(
                        f.statut() == StatutFacture.PAYEE,
                        f.numero().isPresent() && !creditee && f.totaux().ttc().compareTo(f.paye()) == 0,
                        "paid exactly when nothing remains");
                for (Facture a : avoirs) {
                    assertTrue(a.totaux().ttc().compareTo(f.totaux().ttc()) <= 0, "never more credited than invoiced");
                    assertTrue(a.paye().compareTo(f.paye()) <= 0, "never more refunded than paid");
                    assertEquals(
                            a.statut() == StatutFacture.PAYEE,
                            a.numero().isPresent()
                                    && a.paye().signum() > 0
                                    && a.paye().compareTo(f.paye()) == 0,
                            "a credit note is settled when all that was paid is refunded");
                }
            }
        }
        numeros.forEach((serie, n) -> {
            n.sort(null);
            assertEquals(
                    java.util.stream.IntStream.rangeClosed(1, n.size()).boxed().toList(),
                    n,
                    "series " + serie + " runs 1..n");
        });
    }

    private static void verifierTotaux(Facture f) {
        BigDecimal ht = BigDecimal.ZERO;
        BigDecimal tva = BigDecimal.ZERO;
        BigDecimal somme = BigDecimal.ZERO;
        for (LigneFacture l : f.lignes()) {
            assertEquals(
                    l.prixUnitaire().multiply(BigDecimal.valueOf(l.quantite())).setScale(2, RoundingMode.HALF_UP),
                    l.montant());
            somme = somme.add(l.montant());
        }
        for (TotalTva t : f.totaux().parTaux()) {
            assertEquals(t.ttc(), t.baseHt().add(t.tva()), "TTC = HT + TVA for each rate");
            BigDecimal cent = BigDecimal.valueOf(100);
            if (f.base() == BasePrix.HT) {
                assertEquals(t.baseHt().multiply(t.taux()).divide(cent, 2, RoundingMode.HALF_UP), t.tva());
            } else {
                assertEquals(t.ttc().multiply(t.taux()).divide(cent.add(t.taux()), 2, RoundingMode.HALF_UP), t.tva());
            }
            ht = ht.add(t.baseHt());
            tva = tva.add(t.tva());
        }
        assertEquals(f.base() == BasePrix.HT ? ht : ht.add(tva), somme, "the lines add up to the base");
        assertEquals(f.totaux().ttc(), f.totaux().ht().add(f.totaux().tva()), "TTC = HT + TVA");
        assertEquals(ht, f.totaux().ht());
        assertTrue(f.paye().compareTo(f.totaux().ttc()) <= 0);
    }
}
