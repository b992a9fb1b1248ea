package fr.monchai.comptes;

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

    /** {@return the role in words, as a person reads it (« Administrateur », « Œnologue »…)} */
    public String libelle() {
        return switch (this) {
            case ADMIN -> "Administrateur";
            case OENOLOGUE -> "Œnologue";
            case OPERATEUR -> "Opérateur de chai";
            case COMPTA -> "Comptabilité";
        };
    }

    /** {@return what the role lets a person do, in one sentence, shown beside the choice} */
    public String description() {
        return switch (this) {
            case ADMIN -> "Tout, y compris l'équipe, les rôles, les jetons d'API et l'identité du domaine.";
            case OENOLOGUE ->
                "Le chai et son registre, les corrections (contre-passations, inventaires), le catalogue et la DRM.";
            case OPERATEUR ->
                "Saisit les vendanges, les mouvements de cuve et les mises en bouteille ; ne voit ni prix ni factures.";
            case COMPTA -> "Les clients, les commandes, les factures, le catalogue et la DRM ; aucune saisie au chai.";
        };
    }

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
    /** Reading the domaine's identity with its bank details (IBAN, BIC): who is paid, and who pays. */
    public static final Set<Role> IDENTITE_BANCAIRE = Set.of(ADMIN, COMPTA);
    /** The monthly customs declaration. */
    public static final Set<Role> DECLARATION = Set.of(ADMIN, OENOLOGUE, COMPTA);
}
