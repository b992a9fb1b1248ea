package fr.monchai.comptes;

/** What a link mailed to a person does when they follow it. */
public enum ObjetLien {
    /** Confirms a sign-up: the domaine and its administrator are created then, not before. */
    INSCRIPTION,
    /** Accepts an invitation to a domaine (a new person chooses their password there). */
    INVITATION,
    /** Chooses a new password (forgotten, or an account of an earlier version proving its address). */
    REINITIALISATION
}
