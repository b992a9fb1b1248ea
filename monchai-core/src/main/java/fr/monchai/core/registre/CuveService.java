package fr.monchai.core.registre;

import static fr.monchai.core.commun.Exiger.trouve;

import fr.monchai.core.chai.Cuve;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Transactions;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The domaine's cuves. */
public final class CuveService {

    /** Before the first movement any register can hold. */
    private static final Position ORIGINE = new Position(LocalDate.of(1, 1, 1), 0);

    private final Transactions transactions;
    private final Domaines domaines;
    private final Cuves cuves;
    private final Journal journal;
    /**
     * Builds the service over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param transactions the store's transactions
     * @param domaines the store's domaines
     * @param cuves the store's cuves
     * @param journal the store's journal
     */
    public CuveService(Transactions transactions, Domaines domaines, Cuves cuves, Journal journal) {
        this.transactions = transactions;
        this.domaines = domaines;
        this.cuves = cuves;
        this.journal = journal;
    }

    /**
     * {@return the stored cuve}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the cuve
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Cuve creer(long domaineId, NouvelleCuve saisie) {
        Cuve cuve = cuve(0, domaineId, saisie);
        return transactions.executer(() -> {
            trouve(domaines.trouver(domaineId), "domaineId", "le domaine", domaineId);
            return cuves.inserer(cuve);
        });
    }

    /**
     * Replaces a cuve's name, capacity and material, with the same checks as {@link #creer}.
     * The register has already filled it to some level: the capacity cannot go below the
     * highest level it ever held, at any date, or the validated movements would overflow it.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the cuve
     * @param saisie what it is now
     * @return the cuve as stored
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Cuve modifier(long domaineId, long id, NouvelleCuve saisie) {
        Cuve nouvelle = cuve(id, domaineId, saisie);
        return transactions.executer(() -> {
            Cuve avant = trouve(cuves.trouver(domaineId, id), "id", "la cuve", id);
            Volume plein = journal.niveauMaximumAPartirDe(domaineId, id, ORIGINE);
            if (nouvelle.capacite().compareTo(plein) < 0) {
                throw new DomainException(
                        CodeErreur.CAPACITE_DEPASSEE,
                        "capaciteHl",
                        "la cuve « " + avant.nom() + " » a déjà contenu " + plein
                                + " : sa capacité ne peut pas descendre en dessous");
            }
            cuves.mettreAJour(nouvelle);
            return nouvelle;
        });
    }

    private static Cuve cuve(long id, long domaineId, NouvelleCuve saisie) {
        Saisie.verifier(saisie);
        return new Cuve(
                id,
                domaineId,
                saisie.nom().strip(),
                Saisie.volumePositif("capaciteHl", saisie.capaciteHl()),
                saisie.materiau().map(String::strip).orElse(""));
    }

    /**
     * {@return it, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id a cuve
     */
    public Optional<Cuve> trouver(long domaineId, long id) {
        return cuves.trouver(domaineId, id);
    }

    /**
     * {@return its cuves}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<Cuve> lister(long domaineId) {
        return cuves.lister(domaineId);
    }
}
