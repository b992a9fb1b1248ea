package fr.monchai.comptes;

/**
 * One of the domaines a person belongs to, as a consulting œnologue or an accounting firm
 * sees them when switching domaine.
 *
 * @param domaineId the domaine it concerns (every read and write is scoped to it)
 * @param domaine its name
 * @param utilisateurId the person's membership id in that domaine
 * @param role what they may do there
 */
public record Adhesion(long domaineId, String domaine, long utilisateurId, Role role) {}
