package fr.monchai.core;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.crd.CapsuleService;
import fr.monchai.core.declaration.DeclarationService;
import fr.monchai.core.memoire.StockageMemoire;
import fr.monchai.core.port.Stockage;
import fr.monchai.core.registre.CuveService;
import fr.monchai.core.registre.DomaineService;
import fr.monchai.core.registre.HistoriqueService;
import fr.monchai.core.registre.MouvementService;
import fr.monchai.core.registre.ParcelleService;
import fr.monchai.core.registre.PeriodeService;
import fr.monchai.core.registre.RegistreService;
import fr.monchai.core.registre.Regles;
import fr.monchai.core.registre.VendangeService;
import fr.monchai.core.vente.FactureService;
import fr.monchai.core.vente.VenteService;

/**
 * The cellar register's use cases over one store. Start here when embedding the library:
 * {@code MonChai.enMemoire()} needs no database; {@code new MonChai(depots)} takes any store
 * (PostgreSQL in {@code monchai-persistence}).
 */
public final class MonChai {

    private final fr.monchai.core.commun.Transactions transactions;
    private final DomaineService domaines;
    private final ParcelleService parcelles;
    private final CuveService cuves;
    private final MouvementService mouvements;
    private final VendangeService vendanges;
    private final PeriodeService periodes;
    private final RegistreService registre;
    private final HistoriqueService historique;
    private final CapsuleService capsules;
    private final DeclarationService declarations;
    private final VenteService ventes;
    private final FactureService factures;

    /**
     * Builds every service over one store; {@link #enMemoire()} is the in-memory one, and
     * {@code fr.monchai.persistence.StockagePostgres} the PostgreSQL one.
     *
     * @param depots the store: every port, over one transaction manager
     */
    public MonChai(Stockage depots) {
        Stockage d = depots;
        this.transactions = d.transactions();
        Regles regles = new Regles(d.cuves(), d.lots(), d.bouteilleLots(), d.journal(), d.periodes());
        this.domaines = new DomaineService(d.transactions(), d.domaines());
        this.parcelles = new ParcelleService(d.transactions(), d.domaines(), d.parcelles(), d.vendanges());
        this.cuves = new CuveService(d.transactions(), d.domaines(), d.cuves(), d.journal());
        this.mouvements = new MouvementService(
                d.transactions(),
                d.domaines(),
                d.vendanges(),
                d.cuves(),
                d.lots(),
                d.bouteilleLots(),
                d.journal(),
                d.compteurs(),
                d.referencesSortie(),
                regles);
        this.vendanges = new VendangeService(d.transactions(), d.parcelles(), d.vendanges(), mouvements);
        this.periodes = new PeriodeService(d.transactions(), d.domaines(), d.journal(), d.periodes());
        this.registre = new RegistreService(
                d.transactions(), d.vendanges(), d.cuves(), d.lots(), d.bouteilleLots(), d.journal());
        this.historique = new HistoriqueService(
                d.transactions(),
                d.domaines(),
                d.cuves(),
                d.lots(),
                d.bouteilleLots(),
                d.journal(),
                d.compteurs(),
                regles);
        this.capsules = new CapsuleService(d.transactions(), d.domaines(), d.compteurs(), d.capsules(), regles);
        this.declarations =
                new DeclarationService(d.transactions(), d.domaines(), d.declarations(), d.compteurs(), periodes);
        this.ventes = new VenteService(
                d.transactions(), d.domaines(), d.bouteilleLots(), d.journal(), d.compteurs(), d.ventes(), mouvements);
        this.factures = new FactureService(d.transactions(), d.journal(), d.compteurs(), d.ventes());
    }

    /** {@return the register over a new, empty in-memory store} */
    public static MonChai enMemoire() {
        return new MonChai(StockageMemoire.creer());
    }

    /**
     * Runs several calls as one transaction: they all land, or none (a call made inside joins
     * it). Each service call is already one transaction on its own.
     *
     * <p>On PostgreSQL, a serialisation failure or a deadlock runs the whole function again, up to
     * ten times: anything else it does (a mail sent, a counter of the caller's) may happen more than
     * once, so keep side effects outside it. On a connection already in the caller's transaction, it
     * joins that transaction and does not retry (docs/UPGRADING.md, « Inside a host application »).
     *
     * @param <T> what the work returns
     * @param travail calls to this {@code MonChai}
     * @return what the work returned, once committed
     */
    public <T> T enTransaction(java.util.function.Supplier<T> travail) {
        return transactions.executer(travail);
    }

    /**
     * {@return the handle of an existing domaine, on which every use case is bound to it}
     *
     * @param id the domaine's id
     * @throws DomainException ({@code INTROUVABLE} on {@code domaineId}) when there is no such domaine
     */
    public ChaiDomaine domaine(long id) {
        if (domaines.trouver(id).isEmpty()) {
            throw new DomainException(CodeErreur.INTROUVABLE, "domaineId", "le domaine n° " + id + " n'existe pas");
        }
        return new ChaiDomaine(this, id);
    }

    /**
     * {@return the handle of a domaine the caller already knows exists}: no lookup. What a server
     * does on each request, once the member's session (read from the store) has proved the domaine
     * exists; anybody else calls {@link #domaine(long)}, which checks.
     *
     * @param id the id of an existing domaine
     */
    public ChaiDomaine domaineExistant(long id) {
        return new ChaiDomaine(this, id);
    }

    /**
     * {@return a new domaine's handle}
     *
     * @param nom its name
     * @throws DomainException when the name is blank or too long
     */
    public ChaiDomaine creerDomaine(String nom) {
        return new ChaiDomaine(this, domaines.creer(nom).id());
    }

    /** {@return domaines} */
    public DomaineService domaines() {
        return domaines;
    }

    /** {@return parcelles} */
    public ParcelleService parcelles() {
        return parcelles;
    }

    /** {@return cuves} */
    public CuveService cuves() {
        return cuves;
    }

    /** {@return movements: entering, validating, reversing} */
    public MouvementService mouvements() {
        return mouvements;
    }

    /** {@return vendanges} */
    public VendangeService vendanges() {
        return vendanges;
    }

    /** {@return declared periods} */
    public PeriodeService periodes() {
        return periodes;
    }

    /** {@return balances, stocks, journal, composition, traceability} */
    public RegistreService registre() {
        return registre;
    }

    /** {@return the bulk import of a register kept elsewhere} */
    public HistoriqueService historique() {
        return historique;
    }

    /** {@return the CRD capsule stock} */
    public CapsuleService capsules() {
        return capsules;
    }

    /** {@return the history of declaration exports} */
    public DeclarationService declarations() {
        return declarations;
    }

    /** {@return customers, products, stock and orders} */
    public VenteService ventes() {
        return ventes;
    }

    /** {@return invoices and credit notes} */
    public FactureService factures() {
        return factures;
    }
}
