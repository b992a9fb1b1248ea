package fr.monchai.comptes;

/** Where a membership stands: invited until the person accepts by the link mailed to them, then active. */
public enum StatutMembre {
    /** A member: may log in to the domaine. */
    ACTIF,
    /** Invited by an administrator, not accepted yet: nothing of the domaine is open to them. */
    INVITE
}
