package fr.monchai.core.compte;

/**
 * A member of a domaine.
 *
 * @param id its id
 * @param domaineId its domaine
 * @param email its login
 * @param nom its name
 * @param role what it may do
 */
public record Utilisateur(long id, long domaineId, String email, String nom, Role role) {}
