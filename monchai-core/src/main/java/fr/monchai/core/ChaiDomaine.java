package fr.monchai.core;

import fr.monchai.core.chai.*;
import fr.monchai.core.commun.*;
import fr.monchai.core.crd.*;
import fr.monchai.core.declaration.*;
import fr.monchai.core.journal.*;
import fr.monchai.core.registre.*;
import fr.monchai.core.vente.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One domaine's register, with every use case bound to it: what {@link MonChai}'s services do,
 * without the domaine id as first argument — the cellar here (parcelles, cuves, harvests, movements,
 * balances, lots and bottles), the other features behind their own handle: {@link #ventes()},
 * {@link #capsules()}, {@link #declarations()}. Take one with {@link MonChai#domaine(long)} or
 * {@link MonChai#creerDomaine(String)}.
 *
 * <p>Each call is one transaction; {@link #enTransaction(Function)} groups several. A method
 * that writes throws {@link DomainException} when a rule refuses the input, and then writes
 * nothing. Thread safety: like {@link MonChai}, a handle holds no state of its own and may be
 * shared between threads; two threads validating at once are serialised by the store.
 */
public final class ChaiDomaine {

    private final MonChai chai;
    private final long domaineId;

    ChaiDomaine(MonChai chai, long domaineId) {
        this.chai = chai;
        this.domaineId = domaineId;
    }

    /** {@return the domaine's id, as the services and the REST API name it} */
    public long id() {
        return domaineId;
    }

    /**
     * Runs several calls as one transaction: they all land, or none. On PostgreSQL a conflict runs
     * the function again (see {@link MonChai#enTransaction}): keep side effects outside it.
     *
     * @param <T> what the work returns
     * @param travail calls to this handle
     * @return what the work returned, once committed
     */
    public <T> T enTransaction(Function<ChaiDomaine, T> travail) {
        return chai.enTransaction(() -> travail.apply(this));
    }

    /**
     * Enters a movement and validates it in one transaction: when validation refuses it, no
     * draft is left behind. {@code d.enregistrerEtValider(x -> x.soutirer(soutirage))}.
     *
     * @param saisie enters the draft, on this handle
     * @return the validated movement, with its register number
     * @throws DomainException when entering or validating is refused; nothing is written then
     */
    public Mouvement enregistrerEtValider(Function<ChaiDomaine, Mouvement> saisie) {
        return enTransaction(d -> d.valider(saisie.apply(d).id()));
    }

    /**
     * {@return the stored parcelle}
     * Same as {@link ParcelleService#creer}, on this domaine.
     *
     * @param saisie the parcelle
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Parcelle creerParcelle(NouvelleParcelle saisie) {
        return chai.parcelles().creer(domaineId, saisie);
    }

    /**
     * {@return the parcelle as stored}
     * Same as {@link ParcelleService#modifier}, on this domaine.
     *
     * @param id the parcelle
     * @param saisie what it is now
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Parcelle modifierParcelle(long id, NouvelleParcelle saisie) {
        return chai.parcelles().modifier(domaineId, id, saisie);
    }

    /**
     * {@return it, if it exists in that domaine}
     * Same as {@link ParcelleService#trouver}, on this domaine.
     *
     * @param id a parcelle
     */
    public Optional<Parcelle> parcelle(long id) {
        return chai.parcelles().trouver(domaineId, id);
    }

    /**
     * {@return the matching parcelles, by name}
     * Same as {@link ParcelleService#rechercher}, on this domaine.
     *
     * @param texte part of the name (any case, accents ignored); blank for all
     */
    public List<Parcelle> parcelles(String texte) {
        return chai.parcelles().rechercher(domaineId, texte);
    }

    /**
     * Deletes a parcelle that has no vendange.
     * Same as {@link ParcelleService#supprimer}, on this domaine.
     *
     * @param id the parcelle
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public void supprimerParcelle(long id) {
        chai.parcelles().supprimer(domaineId, id);
    }

    /**
     * {@return the stored cuve}
     * Same as {@link CuveService#creer}, on this domaine.
     *
     * @param saisie the cuve
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Cuve creerCuve(NouvelleCuve saisie) {
        return chai.cuves().creer(domaineId, saisie);
    }

    /**
     * {@return the cuve, if it exists in this domaine}
     * Same as {@link CuveService#trouver}, on this domaine.
     *
     * @param id a cuve
     */
    public Optional<Cuve> cuve(long id) {
        return chai.cuves().trouver(domaineId, id);
    }

    /**
     * {@return the cuve as stored}
     * Same as {@link CuveService#modifier}, on this domaine.
     *
     * @param id the cuve
     * @param saisie what it is now
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Cuve modifierCuve(long id, NouvelleCuve saisie) {
        return chai.cuves().modifier(domaineId, id, saisie);
    }

    /**
     * {@return its cuves}
     * Same as {@link CuveService#lister}, on this domaine.
     */
    public List<Cuve> cuves() {
        return chai.cuves().lister(domaineId);
    }

    /**
     * {@return the stored vendange; its {@code mouvementId} names the draft movement}
     * Same as {@link VendangeService#enregistrer}, on this domaine.
     *
     * @param saisie the harvest
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Vendange enregistrerVendange(NouvelleVendange saisie) {
        return chai.vendanges().enregistrer(domaineId, saisie);
    }

    /**
     * {@return it, if it exists in that domaine}
     * Same as {@link VendangeService#trouver}, on this domaine.
     *
     * @param id a vendange
     */
    public Optional<Vendange> vendange(long id) {
        return chai.vendanges().trouver(domaineId, id);
    }

    /**
     * {@return the domaine's vendanges that pass the filter, by date then id}
     * Same as {@link VendangeService#lister}, on this domaine.
     *
     * @param filtre which ones ({@link FiltreVendanges#TOUT} for all)
     */
    public List<Vendange> vendanges(FiltreVendanges filtre) {
        return chai.vendanges().lister(domaineId, filtre);
    }

    /**
     * {@return the draft {@code inter_cuves} movement}
     * Same as {@link MouvementService#soutirer}, on this domaine.
     *
     * @param saisie the transfer
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement soutirer(Soutirage saisie) {
        return chai.mouvements().soutirer(domaineId, saisie);
    }

    /**
     * {@return the draft {@code assemblage} movement}
     * Same as {@link MouvementService#assembler}, on this domaine.
     *
     * @param saisie the blend
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement assembler(Assemblage saisie) {
        return chai.mouvements().assembler(domaineId, saisie);
    }

    /**
     * {@return the draft {@code perte} movement}
     * Same as {@link MouvementService#constaterPerte}, on this domaine.
     *
     * @param saisie the loss
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement constaterPerte(Perte saisie) {
        return chai.mouvements().constaterPerte(domaineId, saisie);
    }

    /**
     * {@return the draft {@code mise_en_bouteille} movement; its positive bottle leg names the new bouteille lot}
     * Same as {@link MouvementService#mettreEnBouteille}, on this domaine.
     *
     * @param saisie the bottling
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement mettreEnBouteille(MiseEnBouteille saisie) {
        return chai.mouvements().mettreEnBouteille(domaineId, saisie);
    }

    /**
     * {@return the draft {@code vente_sortie_stock} movement}
     * Same as {@link MouvementService#vendreBouteilles}, on this domaine.
     *
     * @param saisie the sale
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement vendreBouteilles(VenteBouteilles saisie) {
        return chai.mouvements().vendreBouteilles(domaineId, saisie);
    }

    /**
     * {@return the draft {@code vente_sortie_stock} movement}
     * Same as {@link MouvementService#vendreVrac}, on this domaine.
     *
     * @param saisie the sale
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement vendreVrac(VenteVrac saisie) {
        return chai.mouvements().vendreVrac(domaineId, saisie);
    }

    /**
     * {@return the draft {@code entree} movement}
     * Same as {@link MouvementService#acheterVrac}, on this domaine.
     *
     * @param saisie the purchase
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement acheterVrac(AchatVrac saisie) {
        return chai.mouvements().acheterVrac(domaineId, saisie);
    }

    /**
     * {@return the draft {@code entree} movement}
     * Same as {@link MouvementService#revenirDeTravailAFacon}, on this domaine.
     *
     * @param saisie the return
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement revenirDeTravailAFacon(RetourTravailAFacon saisie) {
        return chai.mouvements().revenirDeTravailAFacon(domaineId, saisie);
    }

    /**
     * {@return the draft {@code entree} movement; its positive bottle leg names the new bouteille lot}
     * Same as {@link MouvementService#acheterBouteilles}, on this domaine.
     *
     * @param saisie the purchase
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement acheterBouteilles(AchatBouteilles saisie) {
        return chai.mouvements().acheterBouteilles(domaineId, saisie);
    }

    /**
     * {@return the draft {@code ajustement_inventaire} movement}
     * Same as {@link MouvementService#ajusterLot}, on this domaine.
     *
     * @param saisie the correction
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement ajusterLot(AjustementLot saisie) {
        return chai.mouvements().ajusterLot(domaineId, saisie);
    }

    /**
     * {@return the draft {@code ajustement_inventaire} movement}
     * Same as {@link MouvementService#ajusterBouteilles}, on this domaine.
     *
     * @param saisie the correction
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement ajusterBouteilles(AjustementBouteilles saisie) {
        return chai.mouvements().ajusterBouteilles(domaineId, saisie);
    }

    /**
     * {@return the draft {@code contre_passation} movement}
     * Same as {@link MouvementService#contrePasser}, on this domaine.
     *
     * @param saisie the reversal
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement contrePasser(ContrePassation saisie) {
        return chai.mouvements().contrePasser(domaineId, saisie);
    }

    /**
     * {@return the validated movement}
     * Same as {@link MouvementService#valider}, on this domaine.
     *
     * @param mouvementId the draft
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement valider(long mouvementId) {
        return chai.mouvements().valider(domaineId, mouvementId);
    }

    /**
     * {@return the changed draft}
     * Same as {@link MouvementService#modifierBrouillon}, on this domaine.
     *
     * @param mouvementId the draft
     * @param saisie the change
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Mouvement modifierBrouillon(long mouvementId, ModificationBrouillon saisie) {
        return chai.mouvements().modifierBrouillon(domaineId, mouvementId, saisie);
    }

    /**
     * Deletes a draft, with the lot or bouteille lot it had created if nothing else uses it.
     * Same as {@link MouvementService#supprimerBrouillon}, on this domaine.
     *
     * @param mouvementId the draft
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public void supprimerBrouillon(long mouvementId) {
        chai.mouvements().supprimerBrouillon(domaineId, mouvementId);
    }

    /**
     * Records the customs references of an exit (destination country, accompanying document,
     * Same as {@link MouvementService#documenterSortie}, on this domaine.
     *
     * @param mouvementId a {@code vente_sortie_stock} movement
     * @param reference its references
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public void documenterSortie(long mouvementId, ReferenceSortie reference) {
        chai.mouvements().documenterSortie(domaineId, mouvementId, reference);
    }

    /**
     * {@return the exit's references, with the discharge}
     * Same as {@link MouvementService#apurer}, on this domaine.
     *
     * @param mouvementId the exit, validated, with its DAE number
     * @param date the day of the consignee's receipt
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public ReferenceSortie apurer(long mouvementId, LocalDate date) {
        return chai.mouvements().apurer(domaineId, mouvementId, date);
    }

    /**
     * {@return its customs references, if recorded}
     * Same as {@link MouvementService#referenceSortie}, on this domaine.
     *
     * @param mouvementId a movement
     */
    public Optional<ReferenceSortie> referenceSortie(long mouvementId) {
        return chai.mouvements().referenceSortie(domaineId, mouvementId);
    }

    /**
     * {@return it, if it exists in that domaine}
     * Same as {@link MouvementService#trouver}, on this domaine.
     *
     * @param mouvementId a movement
     */
    public Optional<Mouvement> mouvement(long mouvementId) {
        return chai.mouvements().trouver(domaineId, mouvementId);
    }

    /**
     * {@return the reversal citing that movement, draft or validated, if any}
     * Same as {@link MouvementService#contrePassationDe}, on this domaine.
     *
     * @param mouvementId a movement
     */
    public Optional<Mouvement> contrePassationDe(long mouvementId) {
        return chai.mouvements().contrePassationDe(domaineId, mouvementId);
    }

    /**
     * {@return its validated balance now}
     * Same as {@link RegistreService#solde}, on this domaine.
     *
     * @param compte an account
     */
    public Volume solde(Compte compte) {
        return chai.registre().solde(domaineId, compte);
    }

    /**
     * {@return its validated balance at the end of that day}
     * Same as {@link RegistreService#solde}, on this domaine.
     *
     * @param compte an account
     * @param date a day
     */
    public Volume solde(Compte compte, LocalDate date) {
        return chai.registre().solde(domaineId, compte, date);
    }

    /**
     * {@return the balance now of every account that has a validated leg (they sum to zero)}
     * Same as {@link RegistreService#soldes}, on this domaine.
     */
    public Map<Compte, Volume> soldes() {
        return chai.registre().soldes(domaineId);
    }

    /**
     * {@return every cuve with the lots it holds now and its free room}
     * Same as {@link RegistreService#cuves}, on this domaine.
     */
    public List<EtatCuve> etatCuves() {
        return chai.registre().cuves(domaineId);
    }

    /**
     * {@return the lots it holds now, with their volume, and its free room}
     * Same as {@link RegistreService#cuve}, on this domaine.
     *
     * @param cuveId a cuve
     */
    public EtatCuve etatCuve(long cuveId) {
        return chai.registre().cuve(domaineId, cuveId);
    }

    /**
     * {@return the bottle and capsule sizes this domaine added to the law's ({@link fr.monchai.core.chai.Contenances})}
     */
    public List<Integer> contenances() {
        return chai.domaines().contenances(domaineId);
    }

    /**
     * {@return every lot that holds wine now, with its volume}
     * Same as {@link RegistreService#lotsDisponibles}, on this domaine.
     */
    public List<LotEnCuve> lotsDisponibles() {
        return chai.registre().lotsDisponibles(domaineId);
    }

    /**
     * {@return the bottles in stock now, per bouteille lot (exhausted ones included, at zero)}
     * Same as {@link RegistreService#stockBouteilles}, on this domaine.
     */
    public List<StockBouteilles> stockBouteilles() {
        return chai.registre().stockBouteilles(domaineId);
    }

    /**
     * {@return the matching movements: validated ones in register order, then drafts}
     * Same as {@link RegistreService#journal}, on this domaine.
     *
     * @param filtre which movements
     */
    public List<Mouvement> journal(FiltreJournal filtre) {
        return chai.registre().journal(domaineId, filtre);
    }

    /**
     * {@return the page and the number of matching movements}
     * Same as {@link RegistreService#journal}, on this domaine.
     *
     * @param filtre which movements
     * @param page the page, from 1
     * @param taille its size, from 1 to 1000
     */
    public fr.monchai.core.journal.PageJournal journal(FiltreJournal filtre, int page, int taille) {
        return chai.registre().journal(domaineId, filtre, page, taille);
    }

    /**
     * {@return what it is made of now (vintage, grape variety, parcelle, appellation), summing exactly to its balance}
     * Same as {@link RegistreService#composition}, on this domaine.
     *
     * @param compte a lot or bouteille lot account
     */
    public Composition composition(Compte compte) {
        return chai.registre().composition(domaineId, compte);
    }

    /**
     * {@return what it was made of at the end of that day}
     * Same as {@link RegistreService#composition}, on this domaine.
     *
     * @param compte a lot or bouteille lot account
     * @param date a day
     */
    public Composition composition(Compte compte, LocalDate date) {
        return chai.registre().composition(domaineId, compte, date);
    }

    /**
     * {@return everything that went into it, down to the vendanges and parcelles}
     * Same as {@link RegistreService#tracabiliteAmont}, on this domaine.
     *
     * @param compte a lot or bouteille lot account
     */
    public Tracabilite tracabiliteAmont(Compte compte) {
        return chai.registre().tracabiliteAmont(domaineId, compte);
    }

    /**
     * {@return every lot, bouteille lot and sale it went to}
     * Same as {@link RegistreService#tracabiliteAval}, on this domaine.
     *
     * @param compte a lot or bouteille lot account
     */
    public Tracabilite tracabiliteAval(Compte compte) {
        return chai.registre().tracabiliteAval(domaineId, compte);
    }

    /**
     * {@return it, if it is the domaine's}
     * Same as {@link RegistreService#lot}, on this domaine.
     *
     * @param lotId a lot, emptied or not
     */
    public Optional<Lot> lot(long lotId) {
        return chai.registre().lot(domaineId, lotId);
    }

    /**
     * {@return every lot the domaine has had, emptied ones included, by id}
     * Same as {@link RegistreService#lots}, on this domaine.
     */
    public List<Lot> lots() {
        return chai.registre().lots(domaineId);
    }

    /**
     * {@return it, if it is the domaine's}
     * Same as {@link RegistreService#bouteilleLot}, on this domaine.
     *
     * @param bouteilleLotId a bouteille lot
     */
    public Optional<BouteilleLot> bouteilleLot(long bouteilleLotId) {
        return chai.registre().bouteilleLot(domaineId, bouteilleLotId);
    }

    /**
     * {@return every bouteille lot the domaine has had, sold-out ones included}
     * Same as {@link RegistreService#bouteilleLots}, on this domaine.
     */
    public List<BouteilleLot> bouteilleLots() {
        return chai.registre().bouteilleLots(domaineId);
    }

    /**
     * {@return its validated legs in register order, each with the balance after it: the account's history}
     * Same as {@link RegistreService#ecritures}, on this domaine.
     *
     * @param compte a stock account
     */
    public List<Ecriture> ecritures(Compte compte) {
        return chai.registre().ecritures(domaineId, compte);
    }

    /**
     * {@return what was written}
     * Same as {@link HistoriqueService#importer}, on this domaine.
     *
     * @param mouvements the movements, in any order (they are numbered by date, ties in the order given)
     * @throws DomainException naming the movement ({@code mouvements[i]...}) and the rule when any of them breaks one; nothing is written then
     */
    public ResultatImport importerHistorique(List<MouvementHistorique> mouvements) {
        return chai.historique().importer(domaineId, mouvements);
    }

    /** {@return this domaine's sales: customers, products in stock, orders, invoices and credit notes} */
    public VentesDomaine ventes() {
        return new VentesDomaine(chai, domaineId);
    }

    /** {@return this domaine's CRD capsules: their movements and stock by kind} */
    public CapsulesDomaine capsules() {
        return new CapsulesDomaine(chai, domaineId);
    }

    /** {@return this domaine's declarations: its DRM exports and the months they locked} */
    public DeclarationsDomaine declarations() {
        return new DeclarationsDomaine(chai, domaineId);
    }
}
