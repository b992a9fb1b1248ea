package fr.monchai.core.memoire;

import fr.monchai.core.chai.FiltreVendanges;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.registre.Vendanges;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The vendanges port in memory. */
final class VendangesMemoire implements Vendanges {

    private final Etat etat;
    private final Table<Vendange> vendanges;

    VendangesMemoire(Etat etat, Table<Vendange> vendanges) {
        this.etat = etat;
        this.vendanges = vendanges;
    }

    @Override
    public Vendange inserer(Vendange v) {
        return vendanges.inserer(v.domaineId(), v::avecId);
    }

    @Override
    public void mettreAJour(Vendange v) {
        vendanges.remplacer(v.domaineId(), v.id(), v);
    }

    @Override
    public Optional<Vendange> trouver(long domaineId, long id) {
        return vendanges.lire(domaineId, id);
    }

    @Override
    public List<Vendange> lister(long domaineId, FiltreVendanges filtre) {
        return etat.lire(() -> vendanges.duDomaine(domaineId).stream()
                .filter(filtre::accepte)
                .sorted(Comparator.comparing(Vendange::date).thenComparingLong(Vendange::id))
                .toList());
    }

    @Override
    public Optional<Vendange> parMouvement(long domaineId, long mouvementId) {
        return etat.lire(() -> vendanges.duDomaine(domaineId).stream()
                .filter(v -> v.mouvementId().isPresent() && v.mouvementId().getAsLong() == mouvementId)
                .findFirst());
    }
}
