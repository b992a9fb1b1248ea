package fr.monchai.core.compte;

import java.util.Set;

/**
 * The roles of the dev book (§6): what a member of a domaine may do. The sets below name,
 * once, who may do each kind of thing; every route and page picks one of them.
 */
public enum Role {
    /** Administrateur du domaine: everything, users and roles included. */
    ADMIN,
    /** Œnologue: the cellar and its register, the DRM. */
    OENOLOGUE,
    /** Opérateur chai: enters harvests, transfers, bottling. */
    OPERATEUR,
    /** Comptabilité: customers, orders, invoices, the DRM. */
    COMPTA;

    /** Anyone, without logging in. */
    public static final Set<Role> PUBLIC = Set.of();
    /** Every member: reading the domaine's register and stock. */
    public static final Set<Role> TOUS = Set.of(ADMIN, OENOLOGUE, OPERATEUR, COMPTA);
    /** Entering cellar work: harvests, movements, bottling, capsules. */
    public static final Set<Role> CHAI = Set.of(ADMIN, OENOLOGUE, OPERATEUR);
    /** Correcting the register: reversals, inventory adjustments, deleting a parcelle, locking a month. */
    public static final Set<Role> CORRECTION = Set.of(ADMIN, OENOLOGUE);
    /** Running the domaine: members, roles, API tokens, the domaine's identity. */
    public static final Set<Role> ADMINISTRATION = Set.of(ADMIN);
    /** Selling: customers, orders, invoices. */
    public static final Set<Role> VENTES = Set.of(ADMIN, COMPTA);
    /** The catalogue: products and their prices. */
    public static final Set<Role> CATALOGUE = Set.of(ADMIN, COMPTA, OENOLOGUE);
    /** The monthly customs declaration. */
    public static final Set<Role> DECLARATION = Set.of(ADMIN, OENOLOGUE, COMPTA);
}
