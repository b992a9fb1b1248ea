package fr.monchai.core.memoire;

import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.registre.Parcelles;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The parcelles port in memory. */
final class ParcellesMemoire implements Parcelles {

    private final Etat etat;
    private final Table<Parcelle> parcelles;

    ParcellesMemoire(Etat etat, Table<Parcelle> parcelles) {
        this.etat = etat;
        this.parcelles = parcelles;
    }

    @Override
    public Parcelle inserer(Parcelle p) {
        return parcelles.inserer(p.domaineId(), p::avecId);
    }

    @Override
    public void mettreAJour(Parcelle p) {
        parcelles.remplacer(p.domaineId(), p.id(), p);
    }

    @Override
    public Optional<Parcelle> trouver(long domaineId, long id) {
        return parcelles.lire(domaineId, id);
    }

    @Override
    public void supprimer(long domaineId, long id) {
        parcelles.effacer(domaineId, id);
    }

    @Override
    public List<Parcelle> rechercher(long domaineId, String texte) {
        String cherche = StockageMemoire.sansAccents(texte.strip());
        return etat.lire(() -> parcelles.duDomaine(domaineId).stream()
                .filter(p -> StockageMemoire.sansAccents(p.nom()).contains(cherche))
                .sorted(Comparator.comparing(Parcelle::nom).thenComparingLong(Parcelle::id))
                .toList());
    }
}
