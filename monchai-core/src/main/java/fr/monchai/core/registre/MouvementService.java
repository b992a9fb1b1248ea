package fr.monchai.core.registre;

import static fr.monchai.core.commun.Exiger.trouve;

import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.chai.Composant;
import fr.monchai.core.chai.Contenances;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Transactions;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.CompteExterne;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.Ecriture;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The cellar's movements: every way wine moves, each entered as a draft ({@code
 * BROUILLON}) that {@link #valider} numbers in the register. A draft is checked against
 * the register when it is entered and again when it is validated; a refused operation
 * changes nothing.
 */
public final class MouvementService {

    /** The register's counter series. */
    public static final String SERIE_REGISTRE = "registre";

    private static final Compte PERTES = new Compte.Externe(CompteExterne.PERTES);
    private static final Compte AJUSTEMENTS = new Compte.Externe(CompteExterne.AJUSTEMENTS);

    private final Transactions transactions;
    private final Domaines domaines;
    private final Vendanges vendanges;
    private final Cuves cuves;
    private final Lots lots;
    private final BouteilleLots bouteilleLots;
    private final Journal journal;
    private final Compteurs compteurs;
    private final ReferencesSortie referencesSortie;
    private final Regles regles;
    /**
     * Builds the service over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param transactions the store's transactions
     * @param domaines the store's domaines
     * @param vendanges the store's vendanges
     * @param cuves the store's cuves
     * @param lots the store's lots
     * @param bouteilleLots the store's bouteilleLots
     * @param journal the store's journal
     * @param compteurs the store's compteurs
     * @param referencesSortie the store's referencesSortie
     * @param regles the register's rules over the same store
     */
    public MouvementService(
            Transactions transactions,
            Domaines domaines,
            Vendanges vendanges,
            Cuves cuves,
            Lots lots,
            BouteilleLots bouteilleLots,
            Journal journal,
            Compteurs compteurs,
            ReferencesSortie referencesSortie,
            Regles regles) {
        this.transactions = transactions;
        this.domaines = domaines;
        this.vendanges = vendanges;
        this.cuves = cuves;
        this.lots = lots;
        this.bouteilleLots = bouteilleLots;
        this.journal = journal;
        this.compteurs = compteurs;
        this.referencesSortie = referencesSortie;
        this.regles = regles;
    }

    /**
     * Racks or transfers wine from a lot into another cuve.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the transfer
     * @return the draft {@code inter_cuves} movement
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement soutirer(long domaineId, Soutirage saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> {
            Volume volume = Saisie.volumePositif("volumeHl", saisie.volumeHl());
            Volume pertes = pertes(saisie.pertesHl());
            Lot source = lot(domaineId, "sourceLotId", saisie.sourceLotId());
            Volume arrivee = arrivee(volume, pertes);
            Lot destination = lotDestination(
                    domaineId,
                    saisie.destinationCuveId(),
                    saisie.produit(),
                    Optional.of(source.produit()),
                    saisie.date());
            if (destination.cuveId() == source.cuveId()) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "destinationCuveId",
                        "le lot source est déjà dans cette cuve : choisissez une autre cuve de destination");
            }
            exigerChangementDeclare(saisie.produit(), Set.of(source.produit()), destination);
            List<LigneMouvement> lignes = lignes(
                    new LigneMouvement(new Compte.DeLot(source.id()), volume.negation()),
                    new LigneMouvement(new Compte.DeLot(destination.id()), arrivee),
                    new LigneMouvement(PERTES, pertes));
            return brouillon(
                    domaineId,
                    TypeMouvement.INTER_CUVES,
                    saisie.date(),
                    lignes,
                    texte(saisie.commentaire()),
                    Optional.empty(),
                    Optional.empty(),
                    OptionalLong.empty());
        });
    }

    /**
     * Blends several lots into one cuve.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the blend
     * @return the draft {@code assemblage} movement
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement assembler(long domaineId, Assemblage saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> {
            Volume pertes = pertes(saisie.pertesHl());
            List<LigneMouvement> lignes = new ArrayList<>();
            Set<Long> vus = new HashSet<>();
            Set<ProduitFiscal> produits = new HashSet<>();
            Volume total = Volume.ZERO;
            for (int i = 0; i < saisie.sources().size(); i++) {
                SourceAssemblage s = saisie.sources().get(i);
                String champ = "sources[" + i + "]";
                Lot lot = lot(domaineId, champ + ".lotId", s.lotId());
                if (!vus.add(lot.id())) {
                    throw new DomainException(
                            CodeErreur.OPERATION_INCOHERENTE,
                            champ + ".lotId",
                            "le lot « " + lot.reference() + " » est cité deux fois");
                }
                Volume v = Saisie.volumePositif(champ + ".volumeHl", s.volumeHl());
                total = total.plus(v);
                produits.add(lot.produit());
                lignes.add(new LigneMouvement(new Compte.DeLot(lot.id()), v.negation()));
            }
            Volume arrivee = arrivee(total, pertes);
            Optional<ProduitFiscal> produitCommun =
                    produits.size() == 1 ? Optional.of(produits.iterator().next()) : Optional.empty();
            Lot destination = lotDestination(
                    domaineId, saisie.destinationCuveId(), saisie.produit(), produitCommun, saisie.date());
            if (vus.contains(destination.id())) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "destinationCuveId",
                        "la cuve de destination contient le lot « " + destination.reference()
                                + " », qui est aussi une source : ne citez pas ce lot parmi les sources");
            }
            exigerChangementDeclare(saisie.produit(), produits, destination);
            lignes.add(new LigneMouvement(new Compte.DeLot(destination.id()), arrivee));
            lignes.add(new LigneMouvement(PERTES, pertes));
            return brouillon(
                    domaineId,
                    TypeMouvement.ASSEMBLAGE,
                    saisie.date(),
                    lignes(lignes.toArray(LigneMouvement[]::new)),
                    texte(saisie.commentaire()),
                    Optional.empty(),
                    Optional.empty(),
                    OptionalLong.empty());
        });
    }

    /**
     * Records wine lost from a lot.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the loss
     * @return the draft {@code perte} movement
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement constaterPerte(long domaineId, Perte saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> {
            Volume volume = Saisie.volumePositif("volumeHl", saisie.volumeHl());
            Lot lot = lot(domaineId, "lotId", saisie.lotId());
            return brouillon(
                    domaineId,
                    TypeMouvement.PERTE,
                    saisie.date(),
                    lignes(
                            new LigneMouvement(new Compte.DeLot(lot.id()), volume.negation()),
                            new LigneMouvement(PERTES, volume)),
                    saisie.commentaire().strip(),
                    Optional.empty(),
                    Optional.empty(),
                    OptionalLong.empty());
        });
    }

    /**
     * A loss and an inventory correction say why: customs ask for the cause, which the DRM
     * declares as the observation of the line (docs/DRM.md §9).
     */
    private static void exigerCommentaire(TypeMouvement type, String commentaire) {
        if ((type == TypeMouvement.PERTE || type == TypeMouvement.AJUSTEMENT_INVENTAIRE) && commentaire.isBlank()) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "commentaire",
                    "obligatoire pour "
                            + (type == TypeMouvement.PERTE ? "une perte" : "une correction d'inventaire")
                            + " : sa cause (évaporation, casse, lies, jauge…), que la DRM déclare en observation");
        }
    }

    /**
     * Bottles a lot into a new bouteille lot.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the bottling
     * @return the draft {@code mise_en_bouteille} movement; its positive bottle leg names the
     *     new bouteille lot
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement mettreEnBouteille(long domaineId, MiseEnBouteille saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> {
            Lot lot = lot(domaineId, "sourceLotId", saisie.sourceLotId());
            Contenances.verifier("contenanceMl", saisie.contenanceMl(), domaines.contenances(domaineId));
            Volume pertes = pertes(saisie.pertesHl());
            Volume embouteille = Volume.bouteilles(saisie.nbBouteilles(), saisie.contenanceMl());
            String reference =
                    saisie.reference().map(String::strip).orElse("MEB " + saisie.date() + " " + lot.reference());
            BouteilleLot bouteilles = bouteilleLots.inserer(new BouteilleLot(
                    0,
                    domaineId,
                    OptionalLong.of(lot.id()),
                    saisie.nbBouteilles(),
                    saisie.contenanceMl(),
                    saisie.date(),
                    reference,
                    lot.produit()));
            return brouillon(
                    domaineId,
                    TypeMouvement.MISE_EN_BOUTEILLE,
                    saisie.date(),
                    lignes(
                            new LigneMouvement(
                                    new Compte.DeLot(lot.id()),
                                    embouteille.plus(pertes).negation()),
                            new LigneMouvement(new Compte.DeBouteilles(bouteilles.id()), embouteille),
                            new LigneMouvement(PERTES, pertes)),
                    texte(saisie.commentaire()),
                    Optional.empty(),
                    Optional.empty(),
                    OptionalLong.empty());
        });
    }

    /**
     * Records bottles leaving the domaine.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the sale
     * @return the draft {@code vente_sortie_stock} movement
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement vendreBouteilles(long domaineId, VenteBouteilles saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> {
            BouteilleLot b = bouteilleLot(domaineId, "bouteilleLotId", saisie.bouteilleLotId());
            Regles.verifierSortieDeBouteilles("destination", b, saisie.destination());
            Volume volume = Volume.bouteilles(saisie.nbBouteilles(), b.contenanceMl());
            return sortie(
                    domaineId,
                    new Compte.DeBouteilles(b.id()),
                    volume,
                    saisie.destination(),
                    saisie.date(),
                    saisie.commentaire());
        });
    }

    /**
     * Records bulk wine leaving the domaine.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the sale
     * @return the draft {@code vente_sortie_stock} movement
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement vendreVrac(long domaineId, VenteVrac saisie) {
        Saisie.verifier(saisie);
        Regles.verifierDestination("destination", new Compte.DeLot(saisie.lotId()), saisie.destination());
        return transactions.executer(() -> {
            Volume volume = Saisie.volumePositif("volumeHl", saisie.volumeHl());
            Lot lot = lot(domaineId, "lotId", saisie.lotId());
            return sortie(
                    domaineId,
                    new Compte.DeLot(lot.id()),
                    volume,
                    saisie.destination(),
                    saisie.date(),
                    saisie.commentaire());
        });
    }

    private Mouvement sortie(
            long domaineId,
            Compte compte,
            Volume volume,
            DestinationFiscale destination,
            LocalDate date,
            Optional<String> commentaire) {
        return brouillon(
                domaineId,
                TypeMouvement.VENTE_SORTIE_STOCK,
                date,
                lignes(new LigneMouvement(compte, volume.negation()), new LigneMouvement(destination.compte(), volume)),
                texte(commentaire),
                Optional.of(destination),
                Optional.empty(),
                OptionalLong.empty());
    }

    /**
     * Records bulk wine bought into a cuve.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the purchase
     * @return the draft {@code entree} movement
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement acheterVrac(long domaineId, AchatVrac saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> entreeEnCuve(
                domaineId,
                CompteExterne.ACHATS,
                saisie.destinationCuveId(),
                saisie.volumeHl(),
                saisie.produit(),
                optionalInt(saisie.millesime()),
                texte(saisie.cepage()),
                saisie.date(),
                saisie.commentaire()));
    }

    /**
     * Records bulk wine coming back from a provider (bottling elsewhere, relogement, work or
     * distillation à façon) into a cuve: the return of an exit to {@code TRAVAIL_A_FACON}.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the return
     * @return the draft {@code entree} movement
     * @throws DomainException when a rule refuses it (its code and field say which; at validation, {@code
     *     VOLUME_INSUFFISANT} when more comes back than is away at that date or a later one); nothing is written then
     */
    public Mouvement revenirDeTravailAFacon(long domaineId, RetourTravailAFacon saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> entreeEnCuve(
                domaineId,
                CompteExterne.TRAVAIL_A_FACON,
                saisie.destinationCuveId(),
                saisie.volumeHl(),
                saisie.produit(),
                OptionalInt.empty(),
                "",
                saisie.date(),
                saisie.commentaire()));
    }

    /** Bulk wine coming in from an outside account into a cuve's lot (a new one when the cuve is empty). */
    private Mouvement entreeEnCuve(
            long domaineId,
            CompteExterne source,
            long cuveId,
            java.math.BigDecimal volumeHl,
            Optional<ProduitFiscal> produit,
            OptionalInt millesime,
            String cepage,
            LocalDate date,
            Optional<String> commentaire) {
        Volume volume = Saisie.volumePositif("volumeHl", volumeHl);
        Lot lot = lotDestination(domaineId, cuveId, produit, Optional.empty(), date);
        Composant origine = new Composant(
                millesime, cepage, OptionalLong.empty(), lot.produit().appellation());
        return brouillon(
                domaineId,
                TypeMouvement.ENTREE,
                date,
                lignes(
                        new LigneMouvement(new Compte.Externe(source), volume.negation()),
                        new LigneMouvement(new Compte.DeLot(lot.id()), volume)),
                texte(commentaire),
                Optional.empty(),
                Optional.of(origine),
                OptionalLong.empty());
    }

    /**
     * Records bottles bought in, as a new bouteille lot.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the purchase
     * @return the draft {@code entree} movement; its positive bottle leg names the new bouteille lot
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement acheterBouteilles(long domaineId, AchatBouteilles saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> {
            exigerDomaine(domaineId);
            Contenances.verifier("contenanceMl", saisie.contenanceMl(), domaines.contenances(domaineId));
            Volume volume = Volume.bouteilles(saisie.nbBouteilles(), saisie.contenanceMl());
            String reference = saisie.reference().map(String::strip).orElse("Achat " + saisie.date());
            BouteilleLot b = bouteilleLots.inserer(new BouteilleLot(
                    0,
                    domaineId,
                    OptionalLong.empty(),
                    saisie.nbBouteilles(),
                    saisie.contenanceMl(),
                    saisie.date(),
                    reference,
                    saisie.produit(),
                    saisie.droitsAcquittes()));
            Composant origine = new Composant(
                    optionalInt(saisie.millesime()),
                    texte(saisie.cepage()),
                    OptionalLong.empty(),
                    saisie.produit().appellation());
            return brouillon(
                    domaineId,
                    TypeMouvement.ENTREE,
                    saisie.date(),
                    lignes(
                            new LigneMouvement(new Compte.Externe(CompteExterne.ACHATS), volume.negation()),
                            new LigneMouvement(new Compte.DeBouteilles(b.id()), volume)),
                    texte(saisie.commentaire()),
                    Optional.empty(),
                    Optional.of(origine),
                    OptionalLong.empty());
        });
    }

    /**
     * Corrects a lot after an inventory.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the correction
     * @return the draft {@code ajustement_inventaire} movement
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement ajusterLot(long domaineId, AjustementLot saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> {
            Volume volume = Saisie.volumePositif("volumeHl", saisie.volumeHl());
            Lot lot = lot(domaineId, "lotId", saisie.lotId());
            return ajustement(
                    domaineId, new Compte.DeLot(lot.id()), volume, saisie.sens(), saisie.date(), saisie.commentaire());
        });
    }

    /**
     * Corrects a bouteille lot after an inventory.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the correction
     * @return the draft {@code ajustement_inventaire} movement
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement ajusterBouteilles(long domaineId, AjustementBouteilles saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> {
            BouteilleLot b = bouteilleLot(domaineId, "bouteilleLotId", saisie.bouteilleLotId());
            Volume volume = Volume.bouteilles(saisie.nbBouteilles(), b.contenanceMl());
            return ajustement(
                    domaineId,
                    new Compte.DeBouteilles(b.id()),
                    volume,
                    saisie.sens(),
                    saisie.date(),
                    saisie.commentaire());
        });
    }

    private Mouvement ajustement(
            long domaineId, Compte compte, Volume volume, SensAjustement sens, LocalDate date, String commentaire) {
        Volume signe = sens == SensAjustement.MANQUANT ? volume.negation() : volume;
        return brouillon(
                domaineId,
                TypeMouvement.AJUSTEMENT_INVENTAIRE,
                date,
                lignes(new LigneMouvement(compte, signe), new LigneMouvement(AJUSTEMENTS, signe.negation())),
                commentaire.strip(),
                Optional.empty(),
                Optional.empty(),
                OptionalLong.empty());
    }

    /**
     * Reverses a validated movement exactly, by a new movement that cites it.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the reversal
     * @return the draft {@code contre_passation} movement
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement contrePasser(long domaineId, ContrePassation saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> {
            Mouvement original = trouve(
                    journal.trouver(domaineId, saisie.mouvementId()),
                    "mouvementId",
                    "le mouvement",
                    saisie.mouvementId());
            verifierContrePassable(domaineId, original);
            if (saisie.date().isBefore(original.date())) {
                throw new DomainException(
                        CodeErreur.CONTRE_PASSATION_IMPOSSIBLE,
                        "date",
                        "une contre-passation ne peut pas précéder le mouvement qu'elle annule (daté du "
                                + original.date().format(Regles.DATE_FR) + ")");
            }
            List<LigneMouvement> inverses = original.lignes().stream()
                    .map(l -> new LigneMouvement(l.compte(), l.volume().negation()))
                    .toList();
            // The register's text cites the movement it cancels and keeps why.
            String commentaire =
                    "Contre-passation du mouvement n° " + original.numero().getAsLong() + " : "
                            + saisie.commentaire().strip();
            return brouillon(
                    domaineId,
                    TypeMouvement.CONTRE_PASSATION,
                    saisie.date(),
                    inverses,
                    commentaire,
                    original.destination(),
                    original.apport(),
                    OptionalLong.of(original.id()));
        });
    }

    /**
     * Mixing two fiscal products is never silent: wine that joins a lot of another product
     * changes product (a repli, or a déclassement to a wine without IG), which the DRM declares
     * as such. The movement must say so by naming the resulting product, the destination's.
     */
    private static void exigerChangementDeclare(
            Optional<ProduitFiscal> declare, Set<ProduitFiscal> sources, Lot destination) {
        if (declare.isPresent()) {
            return;
        }
        for (ProduitFiscal p : sources) {
            if (!p.equals(destination.produit())) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "produit",
                        "le vin apporté est du « " + p.libelleDouane()
                                + " » et la cuve contient du « "
                                + destination.produit().libelleDouane() + " » : ce mélange change de produit "
                                + "fiscal (repli ou déclassement, déclaré comme tel dans la DRM) ; indiquez le produit résultant, « "
                                + destination.produit().libelleDouane() + " », pour le confirmer");
            }
        }
    }

    /**
     * A cuve never holds two lots: a reversal (or a draft entered earlier) that would put wine
     * into a lot whose cuve has since been filled with another lot is refused. Decided rather than merged, since the
     * two lots may differ in colour, certification or vintage: the person first empties or
     * reverses what filled the cuve, or records a transfer of the wine where it now belongs.
     */
    private void verifierUnLotParCuve(long domaineId, List<LigneMouvement> lignes) {
        for (LigneMouvement l : lignes) {
            if (l.compte() instanceof Compte.DeLot dest && l.volume().estPositif()) {
                Lot rendu = lots.trouver(domaineId, dest.lotId()).orElseThrow();
                for (Lot autre : lots.parCuve(domaineId, rendu.cuveId())) {
                    if (autre.id() != rendu.id() && !solde(domaineId, autre).estNul()) {
                        String cuve = cuves.trouver(domaineId, rendu.cuveId())
                                .map(Cuve::nom)
                                .orElse("");
                        // No field of the request is wrong: the register changed since the draft was entered.
                        throw new DomainException(
                                CodeErreur.OPERATION_INCOHERENTE,
                                "",
                                "la cuve « " + cuve
                                        + " » contient maintenant le lot « " + autre.reference()
                                        + " » : ce mouvement remettrait du vin dans le lot « "
                                        + rendu.reference()
                                        + " », à côté de lui. Videz d'abord la cuve (ou contre-passez ce qui l'a remplie), "
                                        + "ou saisissez de nouveau le mouvement vers le lot qui s'y trouve");
                    }
                }
            }
        }
    }

    private Volume solde(long domaineId, Lot lot) {
        Volume solde = Volume.ZERO;
        for (Ecriture e : journal.ecritures(domaineId, new Compte.DeLot(lot.id()))) {
            solde = solde.plus(e.volume());
        }
        return solde;
    }

    private void verifierContrePassable(long domaineId, Mouvement original) {
        if (!original.statut().compte()) {
            throw new DomainException(
                    CodeErreur.CONTRE_PASSATION_IMPOSSIBLE,
                    "mouvementId",
                    "seul un mouvement validé se contre-passe ; un brouillon se modifie ou se supprime");
        }
        if (original.type() == TypeMouvement.CONTRE_PASSATION) {
            throw new DomainException(
                    CodeErreur.CONTRE_PASSATION_IMPOSSIBLE,
                    "mouvementId",
                    "une contre-passation ne se contre-passe pas : saisissez de nouveau le mouvement d'origine");
        }
        journal.contrePassationDe(domaineId, original.id()).ifPresent(existante -> {
            throw new DomainException(
                    CodeErreur.CONTRE_PASSATION_IMPOSSIBLE,
                    "mouvementId",
                    "le mouvement n° " + original.numero().getAsLong() + " est déjà annulé par une écriture inverse "
                            + (existante.numero().isPresent()
                                    ? "(mouvement n° " + existante.numero().getAsLong() + ")"
                                    : "encore en brouillon : validez-la ou supprimez-la"));
        });
    }

    /**
     * Validates a draft: checks it against the register as it is now, gives it the next
     * register number, and makes it immutable.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId the draft
     * @return the validated movement
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement valider(long domaineId, long mouvementId) {
        return transactions.executer(() -> {
            journal.preparerValidation(domaineId, mouvementId, SERIE_REGISTRE);
            Mouvement m = brouillonExistant(domaineId, mouvementId, "valider");
            if (m.type() == TypeMouvement.CONTRE_PASSATION) {
                Mouvement original =
                        journal.trouver(domaineId, m.contrePasse().getAsLong()).orElseThrow();
                if (!original.statut().compte()) {
                    throw new IllegalStateException("reversal " + m.id() + " of a draft");
                }
            }
            // A draft may have been entered when its lot was still the cuve's: checked again now.
            verifierUnLotParCuve(domaineId, m.lignes());
            // Balances first, then the register counter, then the checks: with both locked,
            // concurrent validations of the domaine are checked one after the other, and a
            // refused one rolls its number back.
            regles.verrouillerSoldes(domaineId, m.lignes());
            long numero = compteurs.suivant(domaineId, SERIE_REGISTRE);
            regles.verifierPeriodeOuverte(domaineId, m.date());
            regles.verifierFaisable(domaineId, m.date(), m.lignes());
            Mouvement valide = m.avecStatut(StatutMouvement.VALIDE, OptionalLong.of(numero));
            journal.valider(valide);
            return valide;
        });
    }

    /**
     * Changes a draft's date or comment, checked as if it were entered anew.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId the draft
     * @param saisie the change
     * @return the changed draft
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement modifierBrouillon(long domaineId, long mouvementId, ModificationBrouillon saisie) {
        Saisie.verifier(saisie);
        return transactions.executer(() -> {
            Mouvement m = brouillonExistant(domaineId, mouvementId, "modifier");
            if (m.type() == TypeMouvement.CONTRE_PASSATION) {
                Mouvement original =
                        journal.trouver(domaineId, m.contrePasse().getAsLong()).orElseThrow();
                if (saisie.date().isBefore(original.date())) {
                    throw new DomainException(
                            CodeErreur.CONTRE_PASSATION_IMPOSSIBLE,
                            "date",
                            "une contre-passation ne peut pas précéder le mouvement qu'elle annule");
                }
            }
            regles.verifierPeriodeOuverte(domaineId, saisie.date());
            regles.verifierFaisable(domaineId, saisie.date(), m.lignes());
            String commentaire = saisie.commentaire().map(String::strip).orElse(m.commentaire());
            exigerCommentaire(m.type(), commentaire);
            Mouvement modifie = m.avecDateEtCommentaire(saisie.date(), commentaire);
            journal.mettreAJour(modifie);
            return modifie;
        });
    }

    /**
     * Deletes a draft, with the lot or bouteille lot it had created if nothing else uses it.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId the draft
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public void supprimerBrouillon(long domaineId, long mouvementId) {
        transactions.executer(() -> {
            Mouvement m = brouillonExistant(domaineId, mouvementId, "supprimer");
            referencesSortie.supprimer(domaineId, m.id());
            journal.supprimer(domaineId, m.id());
            vendanges.parMouvement(domaineId, m.id()).ifPresent(v -> vendanges.mettreAJour(v.sansMouvement()));
            for (LigneMouvement l : m.lignes()) {
                if (l.compte().estStock() && !journal.estUtilise(domaineId, l.compte())) {
                    switch (l.compte()) {
                        case Compte.DeLot lot -> lots.supprimer(domaineId, lot.lotId());
                        case Compte.DeBouteilles b -> bouteilleLots.supprimer(domaineId, b.bouteilleLotId());
                        case Compte.Externe e -> throw new IllegalStateException("not stock: " + e);
                    }
                }
            }
            return null;
        });
    }

    /**
     * Records the customs references of an exit (destination country, accompanying document,
     * bulk contract), which the DRM needs. Allowed on a draft or validated exit until its
     * month is declared.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId a {@code vente_sortie_stock} movement
     * @param reference its references
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public void documenterSortie(long domaineId, long mouvementId, ReferenceSortie reference) {
        Saisie.verifier(reference);
        transactions.executer(() -> {
            Mouvement m = trouve(journal.trouver(domaineId, mouvementId), "mouvementId", "le mouvement", mouvementId);
            if (m.type() != TypeMouvement.VENTE_SORTIE_STOCK) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "mouvementId",
                        "seule une sortie de stock (vente_sortie_stock) porte des références douanières");
            }
            if (m.statut() == StatutMouvement.VERROUILLE) {
                throw new DomainException(
                        CodeErreur.MOUVEMENT_NON_MODIFIABLE,
                        "mouvementId",
                        "le mouvement n° " + m.numero().getAsLong()
                                + " est dans un mois déclaré : ses références ne changent plus");
            }
            reference.verifierPour(m.destination().orElseThrow());
            referencesSortie.enregistrer(domaineId, mouvementId, reference);
            return null;
        });
    }

    /**
     * Records that a DAE was discharged: the consignee's receipt came back. Allowed in a declared
     * month too, since the receipt comes back after the exit is declared; the next declarations
     * no longer list it as not discharged.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId the exit, validated, with its DAE number
     * @param date the day of the receipt
     * @return the exit's references, with the discharge
     * @throws DomainException when the exit has no DAE, is a draft, or the date precedes it; nothing is written then
     */
    public ReferenceSortie apurer(long domaineId, long mouvementId, LocalDate date) {
        if (date == null) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, "date", "la date de l'accusé de réception est obligatoire");
        }
        return transactions.executer(() -> {
            Mouvement m = trouve(journal.trouver(domaineId, mouvementId), "mouvementId", "le mouvement", mouvementId);
            ReferenceSortie r = referencesSortie
                    .trouver(domaineId, mouvementId)
                    .filter(x -> x.numeroDocument().isPresent())
                    .orElseThrow(() -> new DomainException(
                            CodeErreur.OPERATION_INCOHERENTE,
                            "mouvementId",
                            "le mouvement n° " + mouvementId + " n'a pas de document d'accompagnement à apurer"));
            if (m.statut() == StatutMouvement.BROUILLON) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE, "mouvementId", "un brouillon n'est pas encore sorti");
            }
            if (m.destination()
                    .filter(d -> d == DestinationFiscale.FRANCE_DROITS_ACQUITTES
                            || d == DestinationFiscale.FRANCE_DROITS_SUSPENDUS)
                    .isPresent()) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "mouvementId",
                        "le mouvement n° " + mouvementId
                                + " est sorti en France sous DSA : un DSA ne s'apure pas, seul un DAE attend un accusé de réception");
            }
            if (date.isBefore(m.date())) {
                throw new DomainException(
                        CodeErreur.SAISIE_INVALIDE, "date", "l'apurement ne peut précéder l'expédition du " + m.date());
            }
            ReferenceSortie apuree = r.apuree(date);
            referencesSortie.enregistrer(domaineId, mouvementId, apuree);
            return apuree;
        });
    }

    /**
     * {@return its customs references, if recorded}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId a movement
     */
    public Optional<ReferenceSortie> referenceSortie(long domaineId, long mouvementId) {
        return referencesSortie.trouver(domaineId, mouvementId);
    }

    /**
     * {@return the customs references of every documented exit of the domaine, by movement id}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public Map<Long, ReferenceSortie> referencesSortie(long domaineId) {
        return referencesSortie.toutes(domaineId);
    }

    /**
     * {@return it, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId a movement
     */
    public Optional<Mouvement> trouver(long domaineId, long mouvementId) {
        return journal.trouver(domaineId, mouvementId);
    }

    /**
     * {@return the reversal that cites that movement (a draft or validated {@code contre_passation}), if any: a
     * movement is reversed once}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param mouvementId a movement
     */
    public Optional<Mouvement> contrePassationDe(long domaineId, long mouvementId) {
        return journal.contrePassationDe(domaineId, mouvementId);
    }

    /** Builds a vendange's draft movement; for {@link VendangeService}. */
    Mouvement brouillonVendange(
            long domaineId, Lot lot, Volume volume, Volume dechets, LocalDate date, Composant apport) {
        return brouillon(
                domaineId,
                TypeMouvement.VENDANGE_VERS_CUVE,
                date,
                lignes(
                        new LigneMouvement(new Compte.Externe(CompteExterne.RECOLTE), volume.negation()),
                        new LigneMouvement(new Compte.DeLot(lot.id()), volume.moins(dechets)),
                        new LigneMouvement(PERTES, dechets)),
                "",
                Optional.empty(),
                Optional.of(apport),
                OptionalLong.empty());
    }

    /**
     * The lot that wine sent to a cuve joins: the cuve's current lot, or a new one when the
     * cuve is empty. For {@link VendangeService} too.
     */
    Lot lotDestination(
            long domaineId,
            long cuveId,
            Optional<ProduitFiscal> produit,
            Optional<ProduitFiscal> parDefaut,
            LocalDate date) {
        Cuve cuve = trouve(cuves.trouver(domaineId, cuveId), "destinationCuveId", "la cuve", cuveId);
        cuves.verrouiller(domaineId, cuve.id());
        Optional<Lot> courant = lotCourant(domaineId, cuve.id(), produit.or(() -> parDefaut));
        if (courant.isPresent()) {
            Lot lot = courant.get();
            if (produit.isPresent() && !produit.get().equals(lot.produit())) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "produit",
                        "la cuve « " + cuve.nom() + " » contient déjà du « "
                                + lot.produit().libelleDouane()
                                + " » : le vin qui y entre prend ce produit ; pour changer le produit du vin de cette cuve, "
                                + "soutirez-le d'abord dans une cuve vide en indiquant le nouveau produit (la DRM déclare le repli "
                                + "ou le déclassement)");
            }
            return lot;
        }
        ProduitFiscal p = produit.or(() -> parDefaut)
                .orElseThrow(() -> new DomainException(
                        CodeErreur.SAISIE_INVALIDE,
                        "produit",
                        "la cuve « " + cuve.nom() + " » est vide : indiquez le produit fiscal du nouveau lot"));
        return lots.inserer(new Lot(0, domaineId, cuve.id(), cuve.nom() + " / " + date, p));
    }

    /**
     * A cuve's current lot: the one that holds validated wine (a cuve holds one at most), even
     * when a later lot was opened by a draft since (a reversal may have put wine back into an
     * earlier lot); else, the latest lot that no validated movement has touched yet (opened by a
     * draft) when it is of the product asked for, so drafts into one empty cuve share their lot;
     * else none: a new lot opens. A draft never makes a cuve refuse validated wine.
     */
    private Optional<Lot> lotCourant(long domaineId, long cuveId, Optional<ProduitFiscal> produit) {
        List<Lot> lots = this.lots.parCuve(domaineId, cuveId);
        for (int i = lots.size() - 1; i >= 0; i--) {
            if (!solde(domaineId, lots.get(i)).estNul()) {
                return Optional.of(lots.get(i));
            }
        }
        if (lots.isEmpty()) {
            return Optional.empty();
        }
        Lot dernier = lots.get(lots.size() - 1);
        boolean ouvertParUnBrouillon =
                journal.ecritures(domaineId, new Compte.DeLot(dernier.id())).isEmpty();
        return ouvertParUnBrouillon
                        && produit.map(p -> p.equals(dernier.produit())).orElse(true)
                ? Optional.of(dernier)
                : Optional.empty();
    }

    private Mouvement brouillon(
            long domaineId,
            TypeMouvement type,
            LocalDate date,
            List<LigneMouvement> lignes,
            String commentaire,
            Optional<DestinationFiscale> destination,
            Optional<Composant> apport,
            OptionalLong contrePasse) {
        exigerDomaine(domaineId);
        verifierUnLotParCuve(domaineId, lignes);
        regles.verifierPeriodeOuverte(domaineId, date);
        regles.verifierFaisable(domaineId, date, lignes);
        return journal.inserer(new Mouvement(
                0,
                domaineId,
                type,
                date,
                StatutMouvement.BROUILLON,
                OptionalLong.empty(),
                lignes,
                commentaire,
                destination,
                apport,
                contrePasse));
    }

    private Mouvement brouillonExistant(long domaineId, long mouvementId, String action) {
        Mouvement m = trouve(journal.trouver(domaineId, mouvementId), "mouvementId", "le mouvement", mouvementId);
        if (m.statut() != StatutMouvement.BROUILLON) {
            throw new DomainException(
                    CodeErreur.MOUVEMENT_NON_MODIFIABLE,
                    "mouvementId",
                    "le mouvement n° " + m.numero().getAsLong() + " est "
                            + (m.statut() == StatutMouvement.VALIDE ? "validé" : "verrouillé") + " : impossible de le "
                            + action + " ; corrigez-le par une contre-passation");
        }
        return m;
    }

    private void exigerDomaine(long domaineId) {
        trouve(domaines.trouver(domaineId), "domaineId", "le domaine", domaineId);
    }

    private Lot lot(long domaineId, String champ, long id) {
        return trouve(lots.trouver(domaineId, id), champ, "le lot", id);
    }

    private BouteilleLot bouteilleLot(long domaineId, String champ, long id) {
        return trouve(bouteilleLots.trouver(domaineId, id), champ, "le lot de bouteilles", id);
    }

    private static Volume pertes(Optional<java.math.BigDecimal> pertesHl) {
        return pertesHl.map(p -> Saisie.volumePositifOuNul("pertesHl", p)).orElse(Volume.ZERO);
    }

    private static Volume arrivee(Volume sortie, Volume pertes) {
        Volume arrivee = sortie.moins(pertes);
        if (!arrivee.estPositif()) {
            throw new DomainException(
                    CodeErreur.VOLUME_INVALIDE,
                    "pertesHl",
                    "les pertes (" + pertes + ") doivent rester inférieures au volume sorti (" + sortie + ")");
        }
        return arrivee;
    }

    /** The legs, without the zero ones (no losses, say). */
    private static List<LigneMouvement> lignes(LigneMouvement... lignes) {
        List<LigneMouvement> l = new ArrayList<>();
        for (LigneMouvement ligne : lignes) {
            if (!ligne.volume().estNul()) {
                l.add(ligne);
            }
        }
        return l;
    }

    private static String texte(Optional<String> texte) {
        return texte.map(String::strip).orElse("");
    }

    private static OptionalInt optionalInt(Optional<Integer> valeur) {
        return valeur.map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
