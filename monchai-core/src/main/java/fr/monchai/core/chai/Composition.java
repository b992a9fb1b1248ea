package fr.monchai.core.chai;

import fr.monchai.core.commun.Volume;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a volume of wine is made of: a volume per {@link Composant}, summing exactly to the
 * volume. Splitting a composition (a transfer, a bottling) shares every millilitre out by
 * the largest-remainder rule, so rounding never creates or loses any.
 *
 * @param parts the volume of each composant, all above zero
 */
public record Composition(SortedMap<Composant, Volume> parts) {

    /** An empty composition. */
    public static final Composition VIDE = new Composition(new TreeMap<>());

    /** Makes the map unmodifiable and drops empty parts. */
    public Composition {
        TreeMap<Composant, Volume> copie = new TreeMap<>();
        parts.forEach((c, v) -> {
            if (v.estNegatif()) {
                throw new IllegalArgumentException("negative part " + v + " for " + c);
            }
            if (v.estPositif()) {
                copie.put(c, v);
            }
        });
        parts = Collections.unmodifiableSortedMap(copie);
    }

    /**
     * {@return a composition of one composant}
     *
     * @param composant the single origin
     * @param volume its volume
     */
    public static Composition de(Composant composant, Volume volume) {
        TreeMap<Composant, Volume> m = new TreeMap<>();
        m.put(composant, volume);
        return new Composition(m);
    }

    /** {@return the total volume} */
    public Volume total() {
        Volume t = Volume.ZERO;
        for (Volume v : parts.values()) {
            t = t.plus(v);
        }
        return t;
    }

    /** {@return whether there is nothing in it} */
    public boolean estVide() {
        return parts.isEmpty();
    }

    /**
     * {@return both together}
     *
     * @param autre the composition to add
     */
    public Composition plus(Composition autre) {
        TreeMap<Composant, Volume> m = new TreeMap<>(parts);
        autre.parts.forEach((c, v) -> m.merge(c, v, Volume::plus));
        return new Composition(m);
    }

    /**
     * {@return what is left once it is taken away}
     *
     * @param partie a composition contained in this one (each part at most this one's)
     */
    public Composition moins(Composition partie) {
        TreeMap<Composant, Volume> m = new TreeMap<>(parts);
        partie.parts.forEach((c, v) -> {
            Volume reste = m.getOrDefault(c, Volume.ZERO).moins(v);
            if (reste.estNegatif()) {
                throw new IllegalArgumentException("cannot take " + v + " of " + c + " from " + this);
            }
            m.put(c, reste);
        });
        return new Composition(m);
    }

    /**
     * A composition of the given total, in the same proportions as this one (which must not
     * be empty). Used to take a part of a lot, or to give a volume of unknown origin the
     * shape of the wine it joins.
     *
     * @param volume the total wanted, zero or above
     * @return the proportional composition, summing exactly to {@code volume}
     */
    public Composition proportionnelle(Volume volume) {
        if (volume.estNegatif()) {
            throw new IllegalArgumentException("negative volume " + volume);
        }
        if (volume.estNul()) {
            return VIDE;
        }
        BigInteger total = BigInteger.valueOf(total().millilitres());
        if (total.signum() == 0) {
            throw new IllegalArgumentException("cannot share " + volume + " out of an empty composition");
        }
        BigInteger cible = BigInteger.valueOf(volume.millilitres());
        record Part(Composant composant, long entier, BigInteger reste) {}
        List<Part> partsCalculees = new ArrayList<>();
        long distribue = 0;
        for (Map.Entry<Composant, Volume> e : parts.entrySet()) {
            BigInteger[] qr = BigInteger.valueOf(e.getValue().millilitres())
                    .multiply(cible)
                    .divideAndRemainder(total);
            partsCalculees.add(new Part(e.getKey(), qr[0].longValueExact(), qr[1]));
            distribue += qr[0].longValueExact();
        }
        long aRepartir = volume.millilitres() - distribue;
        List<Part> parReste = new ArrayList<>(partsCalculees);
        // Largest remainders first; ties go to the first composant, so the result is deterministic.
        parReste.sort(Comparator.comparing(Part::reste).reversed().thenComparing(Part::composant));
        TreeMap<Composant, Volume> m = new TreeMap<>();
        for (Part p : partsCalculees) {
            m.put(p.composant(), Volume.ml(p.entier()));
        }
        for (int i = 0; i < aRepartir; i++) {
            Composant c = parReste.get(i).composant();
            m.put(c, m.get(c).plus(Volume.ml(1)));
        }
        return new Composition(m);
    }
}
