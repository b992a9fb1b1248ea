package fr.monchai.core.registre;

import fr.monchai.core.chai.Domaine;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Transactions;
import java.util.Optional;

/** Creates and finds domaines (tenants). */
public final class DomaineService {

    private final Transactions transactions;
    private final Domaines domaines;
    /**
     * Builds the service over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param transactions the store's transactions
     * @param domaines the store's domaines
     */
    public DomaineService(Transactions transactions, Domaines domaines) {
        this.transactions = transactions;
        this.domaines = domaines;
    }

    /**
     * {@return the new domaine}
     *
     * @param nom the estate's name
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Domaine creer(String nom) {
        if (nom == null || nom.isBlank() || nom.length() > 200) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, "nom", "le nom du domaine est requis (200 caractères au plus)");
        }
        return transactions.executer(() -> domaines.inserer(new Domaine(0, nom.strip())));
    }

    /**
     * {@return the domaine, if it exists}
     *
     * @param id a domaine id
     */
    public Optional<Domaine> trouver(long id) {
        return domaines.trouver(id);
    }

    /**
     * {@return the container sizes the domaine added to the legal ones ({@link fr.monchai.core.chai.Contenances}), in ml}
     *
     * @param id a domaine id
     */
    public java.util.List<Integer> contenances(long id) {
        return domaines.contenances(id);
    }

    /**
     * Adds a container size the domaine really uses, beside the legal ones: bottling, purchases and
     * capsules then accept it.
     *
     * @param id a domaine id
     * @param contenanceMl the size, from 10 ml to 30 l
     * @throws DomainException on {@code contenanceMl} when it is out of that range, {@code INTROUVABLE} for an unknown domaine
     */
    public void ajouterContenance(long id, int contenanceMl) {
        if (contenanceMl < 10 || contenanceMl > 30_000) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, "contenanceMl", "doit aller de 10 ml à 30 l (30000 ml)");
        }
        transactions.executer(() -> {
            fr.monchai.core.commun.Exiger.trouve(domaines.trouver(id), "domaineId", "le domaine", id);
            domaines.ajouterContenance(id, contenanceMl);
            return null;
        });
    }
}
