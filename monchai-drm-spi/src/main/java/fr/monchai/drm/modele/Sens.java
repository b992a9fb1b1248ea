package fr.monchai.drm.modele;

/** Whether a line of a balance adds to the stock or takes from it. */
public enum Sens {
    /** An entry (entrées de la période). */
    ENTREE,
    /** An exit (sorties de la période). */
    SORTIE
}
