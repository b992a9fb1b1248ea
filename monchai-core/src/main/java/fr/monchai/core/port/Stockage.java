package fr.monchai.core.port;

import fr.monchai.core.commun.Transactions;
import fr.monchai.core.crd.Capsules;
import fr.monchai.core.declaration.Declarations;
import fr.monchai.core.registre.BouteilleLots;
import fr.monchai.core.registre.Compteurs;
import fr.monchai.core.registre.Cuves;
import fr.monchai.core.registre.Domaines;
import fr.monchai.core.registre.Journal;
import fr.monchai.core.registre.Lots;
import fr.monchai.core.registre.Parcelles;
import fr.monchai.core.registre.Periodes;
import fr.monchai.core.registre.ReferencesSortie;
import fr.monchai.core.registre.Vendanges;
import fr.monchai.core.vente.Ventes;

/**
 * Every port a store provides, handed to the use cases together.
 *
 * @param transactions runs a use case as one transaction
 * @param domaines the domaines
 * @param parcelles the parcelles
 * @param vendanges the vendanges
 * @param cuves the cuves
 * @param lots the lots
 * @param bouteilleLots the bouteille lots
 * @param journal the movements
 * @param compteurs the gap-free counters
 * @param periodes the locked months
 * @param capsules the CRD capsule movements
 * @param referencesSortie the customs references of exits
 * @param declarations the history of declaration exports
 * @param ventes customers, products, orders and invoices
 */
public record Stockage(
        Transactions transactions,
        Domaines domaines,
        Parcelles parcelles,
        Vendanges vendanges,
        Cuves cuves,
        Lots lots,
        BouteilleLots bouteilleLots,
        Journal journal,
        Compteurs compteurs,
        Periodes periodes,
        Capsules capsules,
        ReferencesSortie referencesSortie,
        Declarations declarations,
        Ventes ventes) {}
