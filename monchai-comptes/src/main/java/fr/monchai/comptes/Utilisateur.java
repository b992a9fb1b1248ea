package fr.monchai.comptes;

/**
 * A membership: a person (an address) in a domaine, with a role.
 *
 * @param id its id
 * @param domaineId its domaine
 * @param email its login
 * @param nom its name in this domaine
 * @param role what it may do
 * @param statut {@link StatutMembre#INVITE} until the person accepts the invitation
 */
public record Utilisateur(long id, long domaineId, String email, String nom, Role role, StatutMembre statut) {}
