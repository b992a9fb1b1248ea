/**
 * The values every feature shares: exact volumes ({@link fr.monchai.core.commun.Volume}, whole
 * millilitres, never {@code double}), the library's errors ({@link fr.monchai.core.commun.DomainException}
 * with a stable {@link fr.monchai.core.commun.CodeErreur}, the field and a French message), input
 * validation ({@link fr.monchai.core.commun.Saisie}), produced files ({@link fr.monchai.core.commun.Artefact})
 * and the {@link fr.monchai.core.commun.Transactions} port. Depends on no other package of the core.
 */
package fr.monchai.core.commun;
