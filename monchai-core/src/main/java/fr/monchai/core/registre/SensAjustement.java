package fr.monchai.core.registre;

/** Which way an inventory found the stock wrong. */
public enum SensAjustement {
    /** Less than the register says: wine leaves the account. */
    MANQUANT,
    /** More than the register says: wine enters the account. */
    EXCEDENT
}
