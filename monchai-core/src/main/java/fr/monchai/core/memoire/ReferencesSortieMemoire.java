package fr.monchai.core.memoire;

import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.registre.ReferencesSortie;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The referencessortie port in memory. */
final class ReferencesSortieMemoire implements ReferencesSortie {

    private final Etat etat;
    private final Table<Mouvement> mouvements;
    private final Table<ReferenceSortie> references;

    ReferencesSortieMemoire(Etat etat, Table<Mouvement> mouvements, Table<ReferenceSortie> references) {
        this.etat = etat;
        this.mouvements = mouvements;
        this.references = references;
    }

    @Override
    public void enregistrer(long domaineId, long mouvementId, ReferenceSortie reference) {
        references.remplacer(domaineId, mouvementId, reference);
    }

    @Override
    public Optional<ReferenceSortie> trouver(long domaineId, long mouvementId) {
        return references.lire(domaineId, mouvementId);
    }

    @Override
    public void supprimer(long domaineId, long mouvementId) {
        references.effacer(domaineId, mouvementId);
    }

    @Override
    public Map<Long, ReferenceSortie> toutes(long domaineId) {
        return etat.lire(() -> {
            Map<Long, ReferenceSortie> toutes = new TreeMap<>();
            for (Mouvement m : mouvements.duDomaine(domaineId)) {
                references.trouver(domaineId, m.id()).ifPresent(r -> toutes.put(m.id(), r));
            }
            return toutes;
        });
    }
}
