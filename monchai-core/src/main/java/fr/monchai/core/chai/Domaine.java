package fr.monchai.core.chai;

/**
 * A wine estate: the tenant every other object belongs to.
 *
 * @param id the domaine's id
 * @param nom its name
 */
public record Domaine(long id, String nom) {}
