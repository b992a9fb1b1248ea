package fr.monchai.core.memoire;

import fr.monchai.core.declaration.Declarations;
import fr.monchai.core.declaration.ExportDeclaration;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The declarations port in memory. */
final class DeclarationsMemoire implements Declarations {

    private final Etat etat;
    private final Table<ExportDeclaration> exports;

    DeclarationsMemoire(Etat etat, Table<ExportDeclaration> exports) {
        this.etat = etat;
        this.exports = exports;
    }

    @Override
    public ExportDeclaration inserer(ExportDeclaration e) {
        return exports.inserer(e.domaineId(), e::avecId);
    }

    @Override
    public Optional<ExportDeclaration> trouver(long domaineId, long id) {
        return exports.lire(domaineId, id);
    }

    @Override
    public List<ExportDeclaration> lister(long domaineId) {
        return etat.lire(() -> exports.duDomaine(domaineId).stream()
                .sorted(Comparator.comparingLong(ExportDeclaration::id).reversed())
                .toList());
    }

    @Override
    public void supprimerEssais(long domaineId, YearMonth periode) {
        etat.ecrire(() -> exports.duDomaine(domaineId).stream()
                .filter(e -> !e.definitif() && e.periode().equals(periode))
                .forEach(e -> exports.retirer(domaineId, e.id())));
    }
}
