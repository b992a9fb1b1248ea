package fr.monchai.core.registre;

import static fr.monchai.core.commun.Exiger.trouve;

import fr.monchai.core.chai.Coordonnees;
import fr.monchai.core.chai.FiltreVendanges;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Saisie;
import fr.monchai.core.commun.Transactions;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The domaine's vineyard plots. */
public final class ParcelleService {

    private final Transactions transactions;
    private final Domaines domaines;
    private final Parcelles parcelles;
    private final Vendanges vendanges;
    /**
     * Builds the service over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param transactions the store's transactions
     * @param domaines the store's domaines
     * @param parcelles the store's parcelles
     * @param vendanges the store's vendanges
     */
    public ParcelleService(Transactions transactions, Domaines domaines, Parcelles parcelles, Vendanges vendanges) {
        this.transactions = transactions;
        this.domaines = domaines;
        this.parcelles = parcelles;
        this.vendanges = vendanges;
    }

    /**
     * {@return the stored parcelle}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param saisie the parcelle
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Parcelle creer(long domaineId, NouvelleParcelle saisie) {
        Parcelle parcelle = parcelle(0, domaineId, saisie);
        return transactions.executer(() -> {
            trouve(domaines.trouver(domaineId), "domaineId", "le domaine", domaineId);
            return parcelles.inserer(parcelle);
        });
    }

    /**
     * Replaces what is known of a parcelle, with the same checks as {@link #creer}. Its grape
     * variety is part of the traceability of every harvest already recorded: it cannot change
     * once the parcelle has a vendange (correct it before the first harvest).
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the parcelle
     * @param saisie what it is now
     * @return the parcelle as stored
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Parcelle modifier(long domaineId, long id, NouvelleParcelle saisie) {
        Parcelle nouvelle = parcelle(id, domaineId, saisie);
        return transactions.executer(() -> {
            Parcelle avant = trouve(parcelles.trouver(domaineId, id), "id", "la parcelle", id);
            if (!avant.cepage().equals(nouvelle.cepage())
                    && !vendanges
                            .lister(domaineId, FiltreVendanges.TOUT.parcelle(id))
                            .isEmpty()) {
                throw new DomainException(
                        CodeErreur.PARCELLE_UTILISEE,
                        "cepage",
                        "la parcelle « " + avant.nom() + " » a déjà des vendanges de " + avant.cepage()
                                + " : son cépage ne peut plus changer");
            }
            parcelles.mettreAJour(nouvelle);
            return nouvelle;
        });
    }

    private static Parcelle parcelle(long id, long domaineId, NouvelleParcelle saisie) {
        Saisie.verifier(saisie);
        if (saisie.lat().isPresent() != saisie.lng().isPresent()) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    saisie.lat().isPresent() ? "lng" : "lat",
                    "la latitude et la longitude vont ensemble : donnez les deux ou aucune");
        }
        Optional<Coordonnees> position =
                saisie.lat().map(lat -> new Coordonnees(lat, saisie.lng().orElseThrow()));
        return new Parcelle(
                id,
                domaineId,
                saisie.nom().strip(),
                saisie.cepage().strip(),
                saisie.surfaceHa(),
                position,
                saisie.anneePlantation().map(OptionalInt::of).orElse(OptionalInt.empty()));
    }

    /**
     * {@return it, if it exists in that domaine}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id a parcelle
     */
    public Optional<Parcelle> trouver(long domaineId, long id) {
        return parcelles.trouver(domaineId, id);
    }

    /**
     * {@return the matching parcelles, by name}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param texte part of the name (any case, accents ignored); blank for all
     */
    public List<Parcelle> rechercher(long domaineId, String texte) {
        return parcelles.rechercher(domaineId, texte == null ? "" : texte);
    }

    /**
     * Deletes a parcelle that has no vendange.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the parcelle
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public void supprimer(long domaineId, long id) {
        transactions.executer(() -> {
            Parcelle p = trouve(parcelles.trouver(domaineId, id), "parcelleId", "la parcelle", id);
            int recoltes = vendanges
                    .lister(domaineId, FiltreVendanges.TOUT.parcelle(id))
                    .size();
            if (recoltes > 0) {
                throw new DomainException(
                        CodeErreur.PARCELLE_UTILISEE,
                        "parcelleId",
                        "la parcelle « " + p.nom() + " » a " + vendanges
                                + " vendange(s) enregistrée(s) : elle ne peut pas être supprimée");
            }
            parcelles.supprimer(domaineId, id);
            return null;
        });
    }
}
