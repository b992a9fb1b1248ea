package fr.monchai.core.service;

import static fr.monchai.core.internal.Exiger.trouve;

import fr.monchai.core.chai.Cuve;
import fr.monchai.core.internal.Saisies;
import fr.monchai.core.port.Depots;
import java.util.List;
import java.util.Optional;

/** The domaine's cuves. */
public final class CuveService {

    private final Depots depots;

    /** @param depots the store */
    public CuveService(Depots depots) {
        this.depots = depots;
    }

    /**
     * @param domaineId the domaine
     * @param saisie the cuve
     * @return the stored cuve
     */
    public Cuve creer(long domaineId, NouvelleCuve saisie) {
        Saisies.verifier(saisie);
        return depots.transactions().executer(() -> {
            trouve(depots.domaines().trouver(domaineId), "domaineId", "le domaine", domaineId);
            return depots.cuves().inserer(new Cuve(0, domaineId, saisie.nom().strip(),
                    Saisies.volumePositif("capaciteHl", saisie.capaciteHl()), saisie.materiau().map(String::strip).orElse("")));
        });
    }

    /**
     * @param domaineId the domaine
     * @param id a cuve
     * @return it, if it exists in that domaine
     */
    public Optional<Cuve> trouver(long domaineId, long id) {
        return depots.cuves().trouver(domaineId, id);
    }

    /**
     * @param domaineId the domaine
     * @return its cuves
     */
    public List<Cuve> lister(long domaineId) {
        return depots.cuves().lister(domaineId);
    }
}
