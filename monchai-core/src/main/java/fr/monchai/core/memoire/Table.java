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

    /** {@return the domaine's rows, by id} */
    List<V> duDomaine(long domaineId) {
        return new ArrayList<>(
                lignes.subMap(new Cle(domaineId, Long.MIN_VALUE), true, new Cle(domaineId, Long.MAX_VALUE), true)
                        .values());
    }

    /**
     * Stores a new row under a fresh id, in its own transaction (or the caller's).
     *
     * @param avecId the row given its id
     * @return the stored row
     */
    V inserer(long domaineId, java.util.function.LongFunction<V> avecId) {
        return etat.transaction(() -> {
            long id = nouvelId();
            V valeur = avecId.apply(id);
            mettre(domaineId, id, valeur);
            return valeur;
        });
    }

    /** {@return the row, read under the store's lock} */
    Optional<V> lire(long domaineId, long id) {
        return etat.lire(() -> trouver(domaineId, id));
    }

    /** {@return the domaine's rows by id, read under the store's lock} */
    List<V> liste(long domaineId) {
        return etat.lire(() -> duDomaine(domaineId));
    }

    /** Replaces a row (or adds it under that id), undone if the transaction fails. */
    void remplacer(long domaineId, long id, V valeur) {
        etat.ecrire(() -> mettre(domaineId, id, valeur));
    }

    /** Deletes a row, undone if the transaction fails. */
    void effacer(long domaineId, long id) {
        etat.ecrire(() -> retirer(domaineId, id));
    }
}
