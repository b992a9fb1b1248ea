package fr.monchai.core.vente;

import static fr.monchai.core.commun.Exiger.trouve;

import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Identifiants;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Transactions;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.registre.BouteilleLots;
import fr.monchai.core.registre.Compteurs;
import fr.monchai.core.registre.Domaines;
import fr.monchai.core.registre.Journal;
import fr.monchai.core.registre.MouvementService;
import fr.monchai.core.registre.VenteBouteilles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Customers, products and orders. Validating an order reserves its bottles; delivering it
 * takes them out of the register by validated {@code vente_sortie_stock} movements, all in
 * one transaction: more than the stock is refused, and nothing partial is written.
 */
public final class VenteService {

    /** The counter series that serialises a domaine's order validations and deliveries. */
    static final String SERIE_COMMANDES = "commandes";

    private static final BigDecimal TVA_VIN = new BigDecimal("20");

    private final Transactions transactions;
    private final Domaines domaines;
    private final BouteilleLots bouteilleLots;
    private final Journal journal;
    private final Compteurs compteurs;
    private final Ventes ventes;
    private final MouvementService mouvements;

    /**
     * Builds the service over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param transactions the store's transactions
     * @param domaines the store's domaines
     * @param bouteilleLots the store's bouteilleLots
     * @param journal the store's journal
     * @param compteurs the store's compteurs
     * @param ventes the store's ventes
     * @param mouvements the register's movements
     */
    public VenteService(
            Transactions transactions,
            Domaines domaines,
            BouteilleLots bouteilleLots,
            Journal journal,
            Compteurs compteurs,
            Ventes ventes,
            MouvementService mouvements) {
        this.transactions = transactions;
        this.domaines = domaines;
        this.bouteilleLots = bouteilleLots;
        this.journal = journal;
        this.compteurs = compteurs;
        this.ventes = ventes;
        this.mouvements = mouvements;
    }

    /**
     * {@return it, stored}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the customer
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Client creerClient(long domaineId, NouveauClient saisie) {
        Client client = client(0, domaineId, saisie);
        return transactions.executer(() -> {
            domaine(domaineId);
            return ventes.inserer(client);
        });
    }

    /**
     * Replaces what is known of a customer, with the same checks as {@link #creerClient}.
     * Invoices already issued keep the customer as it was on them (they are frozen); drafts
     * and later invoices use the new details.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the customer
     * @param saisie what it is now
     * @return the customer as stored
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Client modifierClient(long domaineId, long id, NouveauClient saisie) {
        Client client = client(id, domaineId, saisie);
        return transactions.executer(() -> {
            trouve(ventes.client(domaineId, id), "id", "le client", id);
            ventes.mettreAJour(client);
            return client;
        });
    }

    private static Client client(long id, long domaineId, NouveauClient saisie) {
        Saisie.verifier(saisie);
        if (saisie.type() == TypeClient.PROFESSIONNEL
                && "FR".equals(saisie.adresseFacturation().pays())
                && saisie.siren().isEmpty()) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, "siren", "un client professionnel français doit avoir un SIREN");
        }
        if (saisie.siret().isPresent()
                && saisie.siren().isPresent()
                && !saisie.siret().get().startsWith(saisie.siren().get())) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "siret", "le SIRET doit commencer par le SIREN");
        }
        // A digit mistyped in an identifier is refused as the seller's are: its check key.
        if (saisie.siren().isPresent() && !Identifiants.luhn(saisie.siren().get())) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, "siren", "ce SIREN n'est pas valide (sa clé ne correspond pas)");
        }
        if (saisie.siret().isPresent() && !Identifiants.luhn(saisie.siret().get())) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, "siret", "ce SIRET n'est pas valide (sa clé ne correspond pas)");
        }
        if (saisie.numeroTva().isPresent()) {
            String tva = saisie.numeroTva().get().replace(" ", "");
            String siren = saisie.siren().orElse(tva.length() == 13 ? tva.substring(4) : "");
            if (!Identifiants.tvaValide(tva, siren)) {
                throw new DomainException(
                        CodeErreur.SAISIE_INVALIDE,
                        "numeroTva",
                        tva.startsWith("FR")
                                ? "ce numéro de TVA français ne correspond pas au SIREN ou sa clé est fausse"
                                : "ce numéro de TVA intracommunautaire n'est pas bien formé");
            }
        }
        return new Client(
                id,
                domaineId,
                saisie.type(),
                saisie.nom().strip(),
                saisie.adresseFacturation(),
                saisie.adresseLivraison(),
                saisie.siren(),
                saisie.siret(),
                saisie.numeroTva(),
                saisie.adresseElectronique(),
                saisie.email());
    }

    /**
     * {@return its customers}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<Client> clients(long domaineId) {
        return ventes.clients(domaineId);
    }

    /**
     * {@return it, if it is the domaine's}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id a customer
     */
    public Optional<Client> client(long domaineId, long id) {
        return ventes.client(domaineId, id);
    }

    /**
     * Puts the bottles of a bouteille lot on sale.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the product
     * @return it, stored
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Produit creerProduit(long domaineId, NouveauProduit saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> {
            domaine(domaineId);
            BouteilleLot lot = trouve(
                    bouteilleLots.trouver(domaineId, saisie.bouteilleLotId()),
                    "bouteilleLotId",
                    "le lot de bouteilles",
                    saisie.bouteilleLotId());
            if (bouteilles(domaineId, lot) == 0) {
                throw new DomainException(
                        CodeErreur.STOCK_INSUFFISANT,
                        "bouteilleLotId",
                        "le lot de bouteilles « " + lot.reference() + " » est épuisé : rien à mettre en vente");
            }
            Produit produit = produit(0, domaineId, lot, saisie);
            return ventes.inserer(produit);
        });
    }

    /**
     * Replaces a product's reference, name, price and description, with the same checks as
     * {@link #creerProduit}. It keeps its bouteille lot (a product of other bottles is another
     * product). Orders keep the prices they were made at; the price base (HT or TTC) cannot
     * change once an order uses the product, since its lines are stated in that base.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the product
     * @param saisie what it is now, naming the same bouteille lot
     * @return the product as stored
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Produit modifierProduit(long domaineId, long id, NouveauProduit saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> {
            Produit avant = trouve(ventes.produit(domaineId, id), "id", "le produit", id);
            if (avant.bouteilleLotId() != saisie.bouteilleLotId()) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "bouteilleLotId",
                        "un produit garde son lot de bouteilles : créez un autre produit pour d'autres bouteilles");
            }
            if (avant.base() != saisie.base()
                    && ventes.commandes(domaineId).stream()
                            .anyMatch(c -> c.lignes().stream().anyMatch(l -> l.produitId() == id))) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "base",
                        "des commandes donnent déjà le prix de « " + avant.nom() + " » en " + avant.base()
                                + " : la base de prix ne peut plus changer");
            }
            BouteilleLot lot =
                    bouteilleLots.trouver(domaineId, avant.bouteilleLotId()).orElseThrow();
            Produit produit = produit(id, domaineId, lot, saisie);
            ventes.mettreAJour(produit);
            return produit;
        });
    }

    /** A product from its input, refused if another product of the domaine has its reference or its bottles. */
    private Produit produit(long id, long domaineId, BouteilleLot lot, NouveauProduit saisie) {
        for (Produit p : ventes.produits(domaineId)) {
            if (p.id() == id) {
                continue;
            }
            if (p.sku().equalsIgnoreCase(saisie.sku())) {
                throw new DomainException(
                        CodeErreur.SAISIE_INVALIDE, "sku", "la référence « " + saisie.sku() + " » existe déjà");
            }
            if (p.bouteilleLotId() == lot.id()) {
                throw new DomainException(
                        CodeErreur.SAISIE_INVALIDE,
                        "bouteilleLotId",
                        "le lot de bouteilles « " + lot.reference() + " » est déjà vendu comme « " + p.nom() + " »");
            }
        }
        OptionalInt millesime = saisie.millesime().map(OptionalInt::of).orElse(OptionalInt.empty());
        return new Produit(
                id,
                domaineId,
                lot.id(),
                saisie.sku(),
                saisie.nom().strip(),
                saisie.prix().setScale(2),
                saisie.base(),
                TVA_VIN,
                lot.produit().appellation(),
                millesime,
                lot.contenanceMl(),
                saisie.degre());
    }

    /**
     * {@return every product's stock: in the register, reserved, available, sold}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<StockProduit> stock(long domaineId) {
        return transactions.executer(() -> {
            Map<Long, QuantitesCommandees> parProduit = ventes.quantitesCommandees(domaineId);
            List<StockProduit> stock = new ArrayList<>();
            for (Produit p : ventes.produits(domaineId)) {
                BouteilleLot lot =
                        bouteilleLots.trouver(domaineId, p.bouteilleLotId()).orElseThrow();
                long physique = bouteilles(domaineId, lot);
                QuantitesCommandees q = parProduit.getOrDefault(p.id(), QuantitesCommandees.AUCUNE);
                stock.add(new StockProduit(p, physique, q.reservees(), physique - q.reservees(), q.livrees()));
            }
            return stock;
        });
    }

    /**
     * {@return it, if it is the domaine's}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id a product
     */
    public Optional<Produit> produit(long domaineId, long id) {
        return ventes.produit(domaineId, id);
    }

    /**
     * {@return the draft order}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the order
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Commande creerCommande(long domaineId, NouvelleCommande saisie) {
        Saisie.verifier(saisie);
        saisie.reference().verifierPour(saisie.destination());
        if (saisie.destination() == DestinationFiscale.TRAVAIL_A_FACON) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "destination",
                    "une commande vend du vin : le vin confié à un prestataire "
                            + "(embouteillage, relogement, travail à façon) n'est pas vendu — enregistrez une sortie vers TRAVAIL_A_FACON, puis son retour");
        }
        if (saisie.reference().nomAcheteur().isPresent()
                || saisie.reference().prixHl().isPresent()) {
            // An order's buyer is its customer and its prices are its lines: not given twice.
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    saisie.reference().nomAcheteur().isPresent() ? "reference.nomAcheteur" : "reference.prixHl",
                    "l'acheteur d'une commande est son client, et ses prix sont ceux de ses lignes");
        }
        return transactions.executer(() -> {
            domaine(domaineId);
            trouve(ventes.client(domaineId, saisie.clientId()), "clientId", "le client", saisie.clientId());
            List<LigneCommande> lignes = new ArrayList<>();
            for (int i = 0; i < saisie.lignes().size(); i++) {
                NouvelleLigne l = saisie.lignes().get(i);
                Produit p = trouve(
                        ventes.produit(domaineId, l.produitId()),
                        "lignes[" + i + "].produitId",
                        "le produit",
                        l.produitId());
                lignes.add(
                        new LigneCommande(p.id(), l.quantite(), l.prixUnitaire().orElse(p.prix()), p.base()));
            }
            return ventes.inserer(new Commande(
                    0,
                    domaineId,
                    saisie.clientId(),
                    saisie.date(),
                    saisie.destination(),
                    saisie.reference(),
                    saisie.referenceClient().orElse(""),
                    StatutCommande.BROUILLON,
                    List.copyOf(lignes),
                    List.of()));
        });
    }

    /**
     * {@return it, if it is the domaine's}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id an order
     */
    public Optional<Commande> commande(long domaineId, long id) {
        return ventes.commande(domaineId, id);
    }

    /**
     * {@return its orders}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<Commande> commandes(long domaineId) {
        return ventes.commandes(domaineId);
    }

    /**
     * Confirms a draft order and reserves its bottles.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the order
     * @return the validated order
     * @throws DomainException ({@link CodeErreur#STOCK_INSUFFISANT}) naming the product when fewer bottles are available
     */
    public Commande valider(long domaineId, long id) {
        return transactions.executer(() -> {
            compteurs.suivant(domaineId, SERIE_COMMANDES);
            Commande c = enStatut(domaineId, id, StatutCommande.BROUILLON, "valider");
            Map<Long, Long> demandes = quantites(c);
            Map<Long, QuantitesCommandees> commandees = ventes.quantitesCommandees(domaineId);
            for (Map.Entry<Long, Long> e : demandes.entrySet()) {
                Produit p = ventes.produit(domaineId, e.getKey()).orElseThrow();
                long disponible = bouteilles(
                                domaineId,
                                bouteilleLots
                                        .trouver(domaineId, p.bouteilleLotId())
                                        .orElseThrow())
                        - commandees
                                .getOrDefault(p.id(), QuantitesCommandees.AUCUNE)
                                .reservees();
                if (e.getValue() > disponible) {
                    throw new DomainException(
                            CodeErreur.STOCK_INSUFFISANT,
                            "lignes",
                            "« " + p.nom() + " » : " + e.getValue() + " bouteilles commandées, "
                                    + Math.max(0, disponible)
                                    + " disponibles (stock moins les commandes validées non livrées)");
                }
            }
            Commande validee = c.avecStatut(StatutCommande.VALIDEE, List.of());
            ventes.mettreAJour(validee);
            return validee;
        });
    }

    /**
     * Delivers a validated order: each line leaves the register by a validated {@code
     * vente_sortie_stock} movement to the order's fiscal destination, with its references.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the order
     * @param date the delivery day
     * @return the delivered order, with its movements
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Commande livrer(long domaineId, long id, LocalDate date) {
        if (date == null) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "date", "la date de livraison est obligatoire");
        }
        return transactions.executer(() -> {
            compteurs.suivant(domaineId, SERIE_COMMANDES);
            Commande c = enStatut(domaineId, id, StatutCommande.VALIDEE, "livrer");
            if (date.isBefore(c.date())) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE, "date", "une commande ne se livre pas avant d'être prise");
            }
            List<Long> sorties = new ArrayList<>();
            for (Map.Entry<Long, Long> e : quantites(c).entrySet()) {
                Produit p = ventes.produit(domaineId, e.getKey()).orElseThrow();
                Mouvement m = mouvements.vendreBouteilles(
                        domaineId,
                        new VenteBouteilles(
                                p.bouteilleLotId(),
                                e.getValue(),
                                c.destination(),
                                date,
                                Optional.of("Commande n° " + c.id())));
                Mouvement valide = mouvements.valider(domaineId, m.id());
                if (!c.reference().equals(ReferenceSortie.AUCUNE)) {
                    mouvements.documenterSortie(domaineId, valide.id(), c.reference());
                }
                sorties.add(valide.id());
            }
            Commande livree = c.avecStatut(StatutCommande.LIVREE, sorties);
            ventes.mettreAJour(livree);
            return livree;
        });
    }

    /**
     * Cancels a draft or validated order: its reservation ends.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the order
     * @return the cancelled order
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Commande annuler(long domaineId, long id) {
        return transactions.executer(() -> {
            Commande c = trouve(ventes.commande(domaineId, id), "commandeId", "la commande", id);
            if (c.statut() != StatutCommande.BROUILLON && c.statut() != StatutCommande.VALIDEE) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "commandeId",
                        "la commande n° " + id + " est "
                                + (c.statut() == StatutCommande.LIVREE
                                        ? "livrée : faites un avoir et une contre-passation"
                                        : "déjà annulée"));
            }
            Commande annulee = c.avecStatut(StatutCommande.ANNULEE, List.of());
            ventes.mettreAJour(annulee);
            return annulee;
        });
    }

    private Commande enStatut(long domaineId, long id, StatutCommande attendu, String action) {
        Commande c = trouve(ventes.commande(domaineId, id), "commandeId", "la commande", id);
        if (c.statut() != attendu) {
            throw new DomainException(
                    CodeErreur.OPERATION_INCOHERENTE,
                    "commandeId",
                    "la commande n° " + id + " est " + c.statut().name().toLowerCase(java.util.Locale.ROOT)
                            + " : impossible de la " + action);
        }
        return c;
    }

    private static Map<Long, Long> quantites(Commande c) {
        Map<Long, Long> q = new java.util.TreeMap<>();
        c.lignes().forEach(l -> q.merge(l.produitId(), l.quantite(), Long::sum));
        return q;
    }

    private long bouteilles(long domaineId, BouteilleLot lot) {
        long ml = journal.solde(
                        domaineId,
                        new Compte.DeBouteilles(lot.id()),
                        fr.monchai.core.journal.Position.finDe(LocalDate.MAX))
                .millilitres();
        return ml / lot.contenanceMl();
    }

    private void domaine(long domaineId) {
        trouve(domaines.trouver(domaineId), "domaineId", "le domaine", domaineId);
    }
}
