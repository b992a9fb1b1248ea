package fr.monchai.core.memoire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Rows of one kind, by domaine then id, whose writes are undone when their transaction fails. */
final class Table<V> {

    private record Cle(long domaineId, long id) implements Comparable<Cle> {
        @Override
        public int compareTo(Cle o) {
            int c = Long.compare(domaineId, o.domaineId);
            return c != 0 ? c : Long.compare(id, o.id);
        }
    }

    private final Etat etat;
    private final TreeMap<Cle, V> lignes = new TreeMap<>();
    private long dernierId;

    Table(Etat etat) {
        this.etat = etat;
    }

    /** Ids are unique across domaines; an id used by a rolled-back transaction is not reused. */
    long nouvelId() {
        return ++dernierId;
    }

    void mettre(long domaineId, long id, V valeur) {
        Cle cle = new Cle(domaineId, id);
        V avant = lignes.put(cle, valeur);
        etat.siAnnule(() -> {
            if (avant == null) {
                lignes.remove(cle);
            } else {
                lignes.put(cle, avant);
            }
        });
    }

    void retirer(long domaineId, long id) {
        Cle cle = new Cle(domaineId, id);
        V avant = lignes.remove(cle);
        if (avant != null) {
            etat.siAnnule(() -> lignes.put(cle, avant));
        }
    }

    Optional<V> trouver(long domaineId, long id) {
        return Optional.ofNullable(lignes.get(new Cle(domaineId, id)));
    }

    /** @return the domaine's rows, by id */
    List<V> duDomaine(long domaineId) {
        return new ArrayList<>(lignes.subMap(new Cle(domaineId, Long.MIN_VALUE), true, new Cle(domaineId, Long.MAX_VALUE), true).values());
    }
}
