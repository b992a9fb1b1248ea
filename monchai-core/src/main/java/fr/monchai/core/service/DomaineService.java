package fr.monchai.core.service;

import fr.monchai.core.CodeErreur;
import fr.monchai.core.DomainException;
import fr.monchai.core.chai.Domaine;
import fr.monchai.core.port.Depots;
import java.util.Optional;

/** Creates and finds domaines (tenants). */
public final class DomaineService {

    private final Depots depots;

    /** @param depots the store */
    public DomaineService(Depots depots) {
        this.depots = depots;
    }

    /**
     * @param nom the estate's name
     * @return the new domaine
     */
    public Domaine creer(String nom) {
        if (nom == null || nom.isBlank() || nom.length() > 200) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "nom", "le nom du domaine est requis (200 caractères au plus)");
        }
        return depots.transactions().executer(() -> depots.domaines().inserer(new Domaine(0, nom.strip())));
    }

    /**
     * @param id a domaine id
     * @return the domaine, if it exists
     */
    public Optional<Domaine> trouver(long id) {
        return depots.domaines().trouver(id);
    }
}
