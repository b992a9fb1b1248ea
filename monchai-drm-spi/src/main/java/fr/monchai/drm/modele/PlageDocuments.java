package fr.monchai.drm.modele;

/**
 * The forms of one kind used in a month, as the DRM declares them: the first and last number
 * and how many.
 *
 * @param type the kind of form
 * @param debut the first number used in the month
 * @param fin the last
 * @param nombre how many were used
 */
public record PlageDocuments(TypeDocument type, String debut, String fin, int nombre) {}
