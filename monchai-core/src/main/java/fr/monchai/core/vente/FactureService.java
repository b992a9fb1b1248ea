package fr.monchai.core.vente;

import static fr.monchai.core.commun.Exiger.trouve;

import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Transactions;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.Compteurs;
import fr.monchai.core.registre.Journal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Invoices and credit notes (docs/INVOICING.md §1): drafts have no number; issuing takes the next
 * number of the series ({@code F2026-000123}, credit notes {@code AV2026-000007}) in the
 * transaction that renders and freezes the document, so a series never has a gap. An issued
 * invoice never changes but for its payments; it is corrected by a credit note that cites it.
 */
public final class FactureService {

    /** Longest payment term for a professional buyer of wine: 60 days from the invoice (docs/INVOICING.md §2.5). */
    public static final int DELAI_MAXIMUM_JOURS = 60;

    private final Transactions transactions;
    private final Journal journal;
    private final Compteurs compteurs;
    private final Ventes ventes;
    private final java.time.Clock horloge;

    /**
     * Builds the service over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param transactions the store's transactions
     * @param journal the store's journal
     * @param compteurs the store's compteurs
     * @param ventes the store's ventes
     */
    public FactureService(Transactions transactions, Journal journal, Compteurs compteurs, Ventes ventes) {
        this(
                transactions,
                journal,
                compteurs,
                ventes,
                java.time.Clock.system(fr.monchai.core.commun.Calendrier.FUSEAU));
    }

    /**
     * Builds the service with the clock that says which day a draft is made or changed on.
     *
     * @param transactions the store's transactions
     * @param journal the store's journal
     * @param compteurs the store's counters
     * @param ventes the store's sales
     * @param horloge the clock (the system's in France, or a test's)
     */
    public FactureService(
            Transactions transactions, Journal journal, Compteurs compteurs, Ventes ventes, java.time.Clock horloge) {
        this.horloge = horloge;
        this.transactions = transactions;
        this.journal = journal;
        this.compteurs = compteurs;
        this.ventes = ventes;
    }

    /**
     * Drafts the invoice of an order: HT prices for a business, TTC for a consumer.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param commandeId a validated or delivered order
     * @param echeance the due date
     * @return the draft invoice
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Facture facturer(long domaineId, long commandeId, LocalDate echeance) {
        if (echeance == null) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "echeance", "la date d'échéance est obligatoire");
        }
        return transactions.executer(() -> {
            Commande c = trouve(ventes.commande(domaineId, commandeId), "commandeId", "la commande", commandeId);
            if (c.statut() != StatutCommande.VALIDEE && c.statut() != StatutCommande.LIVREE) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "commandeId",
                        "seule une commande validée ou livrée se facture");
            }
            Optional<Facture> existante = ventes.factureDeCommande(domaineId, commandeId);
            if (existante.isPresent()) {
                Facture f = existante.get();
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "commandeId",
                        "la commande n° " + commandeId + " a déjà sa facture"
                                + f.numero().map(n -> " " + n).orElse(" (brouillon n° " + f.id() + ")"));
            }
            Client client = ventes.client(domaineId, c.clientId()).orElseThrow();
            BasePrix base = client.type() == TypeClient.PROFESSIONNEL ? BasePrix.HT : BasePrix.TTC;
            boolean exonere = exoneree(c, client);
            List<LigneFacture> lignes = new ArrayList<>();
            for (LigneCommande l : c.lignes()) {
                Produit p = ventes.produit(domaineId, l.produitId()).orElseThrow();
                BigDecimal prix = convertir(l.prixUnitaire(), l.base(), exonere ? BasePrix.HT : base, p.tauxTva());
                lignes.add(new LigneFacture(
                        OptionalLong.of(p.id()),
                        designation(p),
                        l.quantite(),
                        prix,
                        exonere ? BigDecimal.ZERO : p.tauxTva(),
                        Totaux.montantLigne(l.quantite(), prix),
                        p.contenanceMl(),
                        p.degre()));
            }
            if (exonere) {
                base = BasePrix.HT;
            }
            LocalDate livraison = c.mouvements().isEmpty()
                    ? c.date()
                    : journal.trouver(domaineId, c.mouvements().get(0))
                            .map(Mouvement::date)
                            .orElse(c.date());
            // What emettre will check, checked now: a draft that could not be issued is never made.
            verifierBrouillon(TypeFacture.FACTURE, client, echeance, livraison);
            return ventes.inserer(new Facture(
                    0,
                    domaineId,
                    TypeFacture.FACTURE,
                    Optional.empty(),
                    client.id(),
                    OptionalLong.of(c.id()),
                    OptionalLong.empty(),
                    base,
                    Optional.empty(),
                    livraison,
                    echeance,
                    StatutFacture.BROUILLON,
                    lignes,
                    Totaux.calculer(lignes, base),
                    List.of(),
                    Optional.empty()));
        });
    }

    /**
     * Drafts a credit note cancelling an issued invoice in full.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param factureId the issued invoice
     * @return the draft credit note, citing it
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Facture avoir(long domaineId, long factureId) {
        return transactions.executer(() -> {
            ventes.verrouillerFacture(domaineId, factureId);
            Facture f = trouve(ventes.facture(domaineId, factureId), "factureId", "la facture", factureId);
            if (f.type() != TypeFacture.FACTURE || f.statut() == StatutFacture.BROUILLON) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "factureId",
                        "un avoir corrige une facture émise ; un brouillon se modifie ou se supprime");
            }
            // A credit note cancels its invoice in full: a second one would credit more than was invoiced.
            Optional<Facture> existant = ventes.avoirDe(domaineId, f.id());
            if (existant.isPresent()) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "factureId",
                        "la facture " + f.numero().orElseThrow()
                                + " a déjà son avoir "
                                + existant.get()
                                        .numero()
                                        .orElse("(brouillon n° "
                                                + existant.get().id() + ")")
                                + " : un avoir annule la facture entière, ses avoirs ne dépassent jamais son montant");
            }
            return ventes.inserer(new Facture(
                    0,
                    domaineId,
                    TypeFacture.AVOIR,
                    Optional.empty(),
                    f.clientId(),
                    f.commandeId(),
                    OptionalLong.of(f.id()),
                    f.base(),
                    Optional.empty(),
                    f.dateLivraison(),
                    f.echeance(),
                    StatutFacture.BROUILLON,
                    f.lignes(),
                    f.totaux(),
                    List.of(),
                    Optional.empty()));
        });
    }

    /**
     * Issues a draft: takes the next number of its series, renders its document and freezes
     * both, in one transaction.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param factureId the draft
     * @param dateEmission the issue date
     * @param rendu the document's format (PDF, Factur-X), from the invoicing module
     * @return the issued invoice, with its number and document
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Facture emettre(long domaineId, long factureId, LocalDate dateEmission, RenduFacture rendu) {
        if (dateEmission == null || dateEmission.getYear() < 2000 || dateEmission.getYear() > 2099) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, "dateEmission", "la date d'émission doit être entre 2000 et 2099");
        }
        return transactions.executer(() -> {
            Facture f = trouve(ventes.facture(domaineId, factureId), "factureId", "la facture", factureId);
            f.factureOrigineId().ifPresent(o -> ventes.verrouillerFacture(domaineId, o));
            if (f.statut() != StatutFacture.BROUILLON) {
                throw new DomainException(
                        CodeErreur.FACTURE_NON_MODIFIABLE,
                        "factureId",
                        "la facture " + f.numero().orElse("") + " est déjà émise : corrigez-la par un avoir");
            }
            Client client = ventes.client(domaineId, f.clientId()).orElseThrow();
            verifierEcheance(f.type(), client, f.echeance(), dateEmission);
            String serie = f.type().prefixe() + dateEmission.getYear();
            Optional<Facture> posterieure = ventes.emiseApres(domaineId, serie, dateEmission);
            if (posterieure.isPresent()) {
                Facture autre = posterieure.get();
                throw new DomainException(
                        CodeErreur.SAISIE_INVALIDE,
                        "dateEmission",
                        "la série " + serie + " est chronologique : "
                                + autre.numero().orElseThrow() + " est déjà émise le "
                                + autre.dateEmission().orElseThrow());
            }
            long n = compteurs.suivant(domaineId, "facture:" + serie);
            String numero = String.format("%s-%06d", serie, n);
            Facture numerotee = new Facture(
                    f.id(),
                    domaineId,
                    f.type(),
                    Optional.of(numero),
                    f.clientId(),
                    f.commandeId(),
                    f.factureOrigineId(),
                    f.base(),
                    Optional.of(dateEmission),
                    f.dateLivraison(),
                    f.echeance(),
                    StatutFacture.EMISE,
                    f.lignes(),
                    f.totaux(),
                    List.of(),
                    Optional.empty());
            Optional<Facture> origine = f.factureOrigineId().isPresent()
                    ? ventes.facture(domaineId, f.factureOrigineId().getAsLong())
                    : Optional.empty();
            Optional<Commande> commande = f.commandeId().isPresent()
                    ? ventes.commande(domaineId, f.commandeId().getAsLong())
                    : Optional.empty();
            Artefact document = rendu.rendre(numerotee, client, origine, commande);
            Facture emise = new Facture(
                    f.id(),
                    domaineId,
                    f.type(),
                    Optional.of(numero),
                    f.clientId(),
                    f.commandeId(),
                    f.factureOrigineId(),
                    f.base(),
                    Optional.of(dateEmission),
                    f.dateLivraison(),
                    f.echeance(),
                    StatutFacture.EMISE,
                    f.lignes(),
                    f.totaux(),
                    List.of(),
                    Optional.of(document));
            ventes.mettreAJour(emise);
            // The issued credit note cancels its invoice: nothing is due on it any more.
            origine.ifPresent(o -> ventes.mettreAJour(avecStatut(o, StatutFacture.CREDITEE, o.paiements())));
            return emise;
        });
    }

    /**
     * Changes a draft invoice's due date: the way out of a draft that can no longer be issued as it is (a due date
     * too far, or passed). The rules {@link #emettre} checks are checked as for a new draft; {@link #emettre} checks
     * them again against the day it is issued.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param factureId a draft invoice or credit note
     * @param echeance its new due date
     * @return the draft as stored
     * @throws DomainException ({@code FACTURE_NON_MODIFIABLE}) when it is issued, or a rule refuses the date
     */
    public Facture modifierBrouillon(long domaineId, long factureId, LocalDate echeance) {
        if (echeance == null) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "echeance", "la date d'échéance est obligatoire");
        }
        return transactions.executer(() -> {
            Facture f = brouillon(domaineId, factureId);
            Client client = ventes.client(domaineId, f.clientId()).orElseThrow();
            verifierBrouillon(f.type(), client, echeance, f.dateLivraison());
            Facture modifiee = new Facture(
                    f.id(),
                    domaineId,
                    f.type(),
                    f.numero(),
                    f.clientId(),
                    f.commandeId(),
                    f.factureOrigineId(),
                    f.base(),
                    f.dateEmission(),
                    f.dateLivraison(),
                    echeance,
                    f.statut(),
                    f.lignes(),
                    f.totaux(),
                    f.paiements(),
                    f.document());
            ventes.mettreAJour(modifiee);
            return modifiee;
        });
    }

    /**
     * Deletes a draft invoice or credit note: its order can then be invoiced again. An issued one is never deleted (it
     * is cancelled by a credit note).
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param factureId a draft
     * @throws DomainException ({@code FACTURE_NON_MODIFIABLE}) when it is issued, ({@code INTROUVABLE}) when there is
     *     no such invoice
     */
    public void supprimerBrouillon(long domaineId, long factureId) {
        transactions.executer(() -> {
            brouillon(domaineId, factureId);
            ventes.supprimerFacture(domaineId, factureId);
            return null;
        });
    }

    private Facture brouillon(long domaineId, long factureId) {
        Facture f = trouve(ventes.facture(domaineId, factureId), "factureId", "la facture", factureId);
        if (f.statut() != StatutFacture.BROUILLON) {
            throw new DomainException(
                    CodeErreur.FACTURE_NON_MODIFIABLE,
                    "factureId",
                    "la facture " + f.numero().orElse("")
                            + " est émise : elle ne change plus, corrigez-la par un avoir");
        }
        return f;
    }

    /**
     * The due date's rules on a draft, which is issued on its delivery day at the earliest and, most often, on the day
     * it is made or the next: not before the delivery, and for a professional buyer of wine at most {@value
     * #DELAI_MAXIMUM_JOURS} days after the later of the delivery and today.
     */
    private void verifierBrouillon(TypeFacture type, Client client, LocalDate echeance, LocalDate livraison) {
        if (echeance.isBefore(livraison)) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "echeance",
                    "l'échéance (" + echeance + ") précède la livraison (" + livraison + ")");
        }
        LocalDate aujourdhui = fr.monchai.core.commun.Calendrier.aujourdhui(horloge);
        verifierEcheance(type, client, echeance, aujourdhui.isAfter(livraison) ? aujourdhui : livraison, "aujourd'hui");
    }

    /**
     * The due date's rules at issue (against the issue date): not before that day, and for a professional buyer of wine at most {@value #DELAI_MAXIMUM_JOURS}
     * days after it.
     */
    private static void verifierEcheance(TypeFacture type, Client client, LocalDate echeance, LocalDate jour) {
        verifierEcheance(type, client, echeance, jour, "la facture");
    }

    private static void verifierEcheance(
            TypeFacture type, Client client, LocalDate echeance, LocalDate jour, String depuis) {
        if (echeance.isBefore(jour) && depuis.equals("la facture")) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "echeance",
                    "l'échéance (" + echeance + ") précède la date de la facture (" + jour + ")");
        }
        if (type == TypeFacture.FACTURE
                && client.type() == TypeClient.PROFESSIONNEL
                && echeance.isAfter(jour.plusDays(DELAI_MAXIMUM_JOURS))) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "echeance",
                    "le délai de paiement d'un professionnel pour du vin est au plus de " + DELAI_MAXIMUM_JOURS
                            + " jours après " + depuis + " (échéance au plus tard le "
                            + jour.plusDays(DELAI_MAXIMUM_JOURS) + ")");
        }
    }

    /**
     * Records a payment on an issued invoice; paid in full, it becomes {@code PAYEE}.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param factureId an issued invoice
     * @param paiement the payment
     * @return the invoice with it
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Facture payer(long domaineId, long factureId, Paiement paiement) {
        Saisie.verifier(paiement);
        return transactions.executer(() -> {
            ventes.verrouillerFacture(domaineId, factureId);
            Facture f = trouve(ventes.facture(domaineId, factureId), "factureId", "la facture", factureId);
            if (f.type() == TypeFacture.AVOIR) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "factureId",
                        "un avoir ne se règle pas : enregistrez le remboursement du client sur l'avoir");
            }
            if (f.statut() != StatutFacture.EMISE) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "factureId",
                        switch (f.statut()) {
                            case PAYEE -> "la facture est déjà payée";
                            case CREDITEE -> "la facture est annulée par son avoir : rien n'est dû";
                            default -> "seule une facture émise se règle";
                        });
            }
            return enregistrerPaiement(f, paiement, f.resteAPayer(), "le reste à payer");
        });
    }

    /**
     * Records a refund to the customer on an issued credit note: at most what was paid on the
     * invoice it cancels, less what is already refunded. Refunded in full, it is {@code PAYEE}.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param avoirId the issued credit note
     * @param remboursement the refund: its date, amount and means
     * @return the credit note, with its refunds
     * @throws DomainException when it is not an issued credit note, nothing was paid on its invoice,
     *     or the refund exceeds what remains to refund; nothing is written then
     */
    public Facture rembourser(long domaineId, long avoirId, Paiement remboursement) {
        Saisie.verifier(remboursement);
        return transactions.executer(() -> {
            Facture a = trouve(ventes.facture(domaineId, avoirId), "factureId", "l'avoir", avoirId);
            if (a.type() != TypeFacture.AVOIR || a.statut() != StatutFacture.EMISE) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "factureId",
                        a.type() != TypeFacture.AVOIR
                                ? "seul un avoir se rembourse ; une facture se règle"
                                : a.statut() == StatutFacture.PAYEE
                                        ? "l'avoir est déjà remboursé"
                                        : "seul un avoir émis se rembourse");
            }
            ventes.verrouillerFacture(domaineId, a.factureOrigineId().getAsLong());
            Facture origine =
                    ventes.facture(domaineId, a.factureOrigineId().getAsLong()).orElseThrow();
            BigDecimal aRembourser = origine.paye().subtract(a.paye());
            if (aRembourser.signum() <= 0) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "factureId",
                        "rien à rembourser : la facture " + origine.numero().orElseThrow()
                                + " n'a reçu aucun paiement qui ne soit déjà remboursé");
            }
            return enregistrerPaiement(a, remboursement, aRembourser, "ce qui reste à rembourser");
        });
    }

    /** Adds a payment (or refund) of at most {@code plafond}; reaching it settles the document. */
    private Facture enregistrerPaiement(Facture f, Paiement paiement, BigDecimal plafond, String quoi) {
        if (paiement.montant().compareTo(plafond) > 0) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "montant",
                    "le montant (" + paiement.montant() + " €) dépasse " + quoi + " (" + plafond + " €)");
        }
        List<Paiement> paiements = new ArrayList<>(f.paiements());
        paiements.add(new Paiement(
                paiement.date(),
                paiement.montant().setScale(2),
                paiement.moyen().strip()));
        Facture maj = avecStatut(
                f, paiement.montant().compareTo(plafond) == 0 ? StatutFacture.PAYEE : StatutFacture.EMISE, paiements);
        ventes.mettreAJour(maj);
        return maj;
    }

    private static Facture avecStatut(Facture f, StatutFacture statut, List<Paiement> paiements) {
        return new Facture(
                f.id(),
                f.domaineId(),
                f.type(),
                f.numero(),
                f.clientId(),
                f.commandeId(),
                f.factureOrigineId(),
                f.base(),
                f.dateEmission(),
                f.dateLivraison(),
                f.echeance(),
                statut,
                f.lignes(),
                f.totaux(),
                paiements,
                f.document());
    }

    /**
     * {@return it, if it is the domaine's}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id an invoice or credit note
     */
    public Optional<Facture> facture(long domaineId, long id) {
        return ventes.facture(domaineId, id);
    }

    /**
     * {@return its invoices and credit notes}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<Facture> factures(long domaineId) {
        return ventes.factures(domaineId);
    }

    /**
     * Whether the sale is exempt from French VAT: an export outside the EU (CGI art. 262 I),
     * or a delivery to a business of another member state identified for VAT (art. 262 ter I).
     *
     * @param c the order
     * @param client its customer
     * @return true when no VAT is charged
     */
    public static boolean exoneree(Commande c, Client client) {
        return switch (c.destination()) {
            case EXPORT -> true;
            case LIVRAISON_UE ->
                client.type() == TypeClient.PROFESSIONNEL
                        && client.numeroTva().isPresent()
                        && !client.numeroTva().get().startsWith("FR");
            default -> false;
        };
    }

    /**
     * A unit price in another base, to the cent either way: the unit price printed is the one
     * the line total is computed from, so quantity × unit price is the line total a reader checks.
     */
    static BigDecimal convertir(BigDecimal prix, BasePrix de, BasePrix vers, BigDecimal taux) {
        if (de == vers) {
            return prix;
        }
        BigDecimal coefficient = BigDecimal.valueOf(100).add(taux).divide(BigDecimal.valueOf(100));
        if (vers == BasePrix.TTC) {
            return prix.multiply(coefficient).setScale(2, RoundingMode.HALF_UP);
        }
        return prix.divide(coefficient, 2, RoundingMode.HALF_UP);
    }

    /** « Nom – 75 cl », the appellation and vintage being in the product's name. */
    private static String designation(Produit p) {
        return p.nom() + " – "
                + new BigDecimal(p.contenanceMl())
                        .movePointLeft(1)
                        .stripTrailingZeros()
                        .toPlainString() + " cl";
    }
}
