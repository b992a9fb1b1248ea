package fr.monchai.core;

import fr.monchai.core.crd.CapsuleService;
import fr.monchai.core.declaration.DeclarationService;
import fr.monchai.core.memoire.MemoireDepots;
import fr.monchai.core.vente.FactureService;
import fr.monchai.core.vente.VenteService;
import fr.monchai.core.port.Depots;
import fr.monchai.core.service.CuveService;
import fr.monchai.core.service.DomaineService;
import fr.monchai.core.service.HistoriqueService;
import fr.monchai.core.service.MouvementService;
import fr.monchai.core.service.ParcelleService;
import fr.monchai.core.service.PeriodeService;
import fr.monchai.core.service.RegistreService;
import fr.monchai.core.service.VendangeService;

/**
 * The cellar register's use cases over one store. Start here when embedding the library:
 * {@code MonChai.enMemoire()} needs no database; {@code new MonChai(depots)} takes any store
 * (PostgreSQL in {@code monchai-persistence}).
 */
public final class MonChai {

    private final Depots depots;
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

    /** @param depots the store */
    public MonChai(Depots depots) {
        this.depots = depots;
        this.domaines = new DomaineService(depots);
        this.parcelles = new ParcelleService(depots);
        this.cuves = new CuveService(depots);
        this.mouvements = new MouvementService(depots);
        this.vendanges = new VendangeService(depots, mouvements);
        this.periodes = new PeriodeService(depots);
        this.registre = new RegistreService(depots);
        this.historique = new HistoriqueService(depots);
        this.capsules = new CapsuleService(depots);
        this.declarations = new DeclarationService(depots);
        this.ventes = new VenteService(depots, mouvements);
        this.factures = new FactureService(depots);
    }

    /** @return the register over a new, empty in-memory store */
    public static MonChai enMemoire() {
        return new MonChai(MemoireDepots.creer());
    }

    /** @return the store */
    public Depots depots() {
        return depots;
    }

    /** @return domaines */
    public DomaineService domaines() {
        return domaines;
    }

    /** @return parcelles */
    public ParcelleService parcelles() {
        return parcelles;
    }

    /** @return cuves */
    public CuveService cuves() {
        return cuves;
    }

    /** @return movements: entering, validating, reversing */
    public MouvementService mouvements() {
        return mouvements;
    }

    /** @return vendanges */
    public VendangeService vendanges() {
        return vendanges;
    }

    /** @return declared periods */
    public PeriodeService periodes() {
        return periodes;
    }

    /** @return balances, stocks, journal, composition, traceability */
    public RegistreService registre() {
        return registre;
    }

    /** @return the bulk import of a register kept elsewhere */
    public HistoriqueService historique() {
        return historique;
    }

    /** @return the CRD capsule stock */
    public CapsuleService capsules() {
        return capsules;
    }

    /** @return the history of declaration exports */
    public DeclarationService declarations() {
        return declarations;
    }

    /** @return customers, products, stock and orders */
    public VenteService ventes() {
        return ventes;
    }

    /** @return invoices and credit notes */
    public FactureService factures() {
        return factures;
    }
}
