package fr.monchai.core.compte;

/** The roles of the dev book (§6): what a member of a domaine may do. */
public enum Role {
    /** Administrateur du domaine: everything, users and roles included. */
    ADMIN,
    /** Œnologue: the cellar and its register, the DRM. */
    OENOLOGUE,
    /** Opérateur chai: enters harvests, transfers, bottling. */
    OPERATEUR,
    /** Comptabilité: customers, orders, invoices, the DRM. */
    COMPTA
}
