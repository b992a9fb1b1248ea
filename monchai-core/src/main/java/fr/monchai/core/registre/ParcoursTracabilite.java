package fr.monchai.core.registre;

import fr.monchai.core.chai.Vendange;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.Position;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Walks the journal's validated movements backward or forward from an account, respecting
 * time: going back from a lot, only movements into it before the point reached are
 * followed; going forward, only movements out of it after.
 */
public final class ParcoursTracabilite {

    private static final Position DEBUT = new Position(LocalDate.MIN, Long.MIN_VALUE);
    private static final Position FIN = new Position(LocalDate.MAX, Long.MAX_VALUE);

    private final Vendanges vendanges;
    private final long domaineId;
    private final List<Mouvement> valides;

    /**
     * Prepares the walk over one domaine's register.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param valides its validated movements, in register order
     * @param vendanges where the harvests are read
     */
    public ParcoursTracabilite(Vendanges vendanges, long domaineId, List<Mouvement> valides) {
        this.vendanges = vendanges;
        this.domaineId = domaineId;
        this.valides = valides;
    }

    /**
     * {@return everything that went into it}
     *
     * @param depart a stock account
     */
    public Tracabilite amont(Compte depart) {
        return parcourir(depart, true);
    }

    /**
     * {@return everything it went into, sales included}
     *
     * @param depart a stock account
     */
    public Tracabilite aval(Compte depart) {
        return parcourir(depart, false);
    }

    private Tracabilite parcourir(Compte depart, boolean amont) {
        record Etape(Compte compte, Position borne) {}
        // The best bound seen per account: later for amont, earlier for aval.
        Map<Compte, Position> bornes = new HashMap<>();
        Deque<Etape> aVoir = new ArrayDeque<>();
        aVoir.add(new Etape(depart, amont ? FIN : DEBUT));
        TreeMap<Long, Mouvement> suivis = new TreeMap<>();
        TreeSet<Long> lots = new TreeSet<>();
        TreeSet<Long> bouteilles = new TreeSet<>();
        TreeMap<Long, Vendange> vendanges = new TreeMap<>();
        TreeSet<Long> parcelles = new TreeSet<>();
        while (!aVoir.isEmpty()) {
            Etape e = aVoir.poll();
            Position dejaVu = bornes.get(e.compte());
            if (dejaVu != null && (amont ? dejaVu.compareTo(e.borne()) >= 0 : dejaVu.compareTo(e.borne()) <= 0)) {
                continue;
            }
            bornes.put(e.compte(), e.borne());
            for (Mouvement m : valides) {
                int cote = m.position().compareTo(e.borne());
                if (amont ? cote > 0 : cote < 0) {
                    continue;
                }
                int signe = m.volumeSur(e.compte()).signe();
                if (amont ? signe <= 0 : signe >= 0) {
                    continue;
                }
                suivis.put(m.id(), m);
                for (LigneMouvement l : m.lignes()) {
                    if (l.compte().estStock()
                            && (amont ? l.volume().estNegatif() : l.volume().estPositif())) {
                        aVoir.add(new Etape(l.compte(), m.position()));
                    }
                }
                if (amont) {
                    this.vendanges.parMouvement(domaineId, m.id()).ifPresent(v -> {
                        vendanges.put(v.id(), v);
                        parcelles.add(v.parcelleId());
                    });
                }
            }
        }
        for (Compte c : bornes.keySet()) {
            if (!c.equals(depart)) {
                switch (c) {
                    case Compte.DeLot l -> lots.add(l.lotId());
                    case Compte.DeBouteilles b -> bouteilles.add(b.bouteilleLotId());
                    case Compte.Externe x -> throw new IllegalStateException("not stock: " + x);
                }
            }
        }
        List<Mouvement> mouvements = new ArrayList<>(suivis.values());
        mouvements.sort(Comparator.comparing(Mouvement::position));
        return new Tracabilite(
                depart,
                Collections.unmodifiableSortedSet(lots),
                Collections.unmodifiableSortedSet(bouteilles),
                List.copyOf(vendanges.values()),
                Collections.unmodifiableSortedSet(parcelles),
                List.copyOf(mouvements));
    }
}
