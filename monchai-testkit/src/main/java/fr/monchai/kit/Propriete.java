package fr.monchai.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Our property-test runner (we do not use jqwik: its maintainers ask automated coding
 * agents not to). It runs seeded random sequences of operations against a {@link Machine},
 * and on a failure shrinks the sequence by dropping operations while it still fails, then
 * reports the seed and the shrunk sequence.
 *
 * <p>Settings, overridable from the command line: {@code -Dmonchai.propriete.graine=N}
 * (base seed; each run uses base + run index) and {@code -Dmonchai.propriete.facteur=N}
 * (multiplies the number of runs, to search longer locally).
 *
 * @param <O> the operation type
 */
public final class Propriete<O> {

    private final String nom;
    private final Supplier<? extends Machine<O>> fabrique;
    private int essais = 100;
    private int etapes = 50;
    private long graine;

    private Propriete(String nom, Supplier<? extends Machine<O>> fabrique) {
        this.nom = nom;
        this.fabrique = fabrique;
        this.graine = Long.getLong("monchai.propriete.graine", nom.hashCode());
    }

    /**
     * {@return the property, to configure and {@link #verifier()}}
     *
     * @param <O> the operation type
     * @param nom the property's name, also its default seed
     * @param fabrique makes a fresh machine (system and model) for each run and replay
     */
    public static <O> Propriete<O> de(String nom, Supplier<? extends Machine<O>> fabrique) {
        return new Propriete<>(nom, fabrique);
    }

    /**
     * {@return this}
     *
     * @param essais how many sequences to run
     */
    public Propriete<O> essais(int essais) {
        this.essais = essais;
        return this;
    }

    /**
     * {@return this}
     *
     * @param etapes the length of each sequence
     */
    public Propriete<O> etapes(int etapes) {
        this.etapes = etapes;
        return this;
    }

    /**
     * {@return this}
     *
     * @param graine the base seed
     */
    public Propriete<O> graine(long graine) {
        this.graine = graine;
        return this;
    }

    /**
     * Runs every sequence.
     *
     * @return how many operations were applied in all
     * @throws AssertionError with the seed and the shrunk sequence, on the first failure
     */
    public long verifier() {
        int total = essais * Integer.getInteger("monchai.propriete.facteur", 1);
        long operations = 0;
        for (int i = 0; i < total; i++) {
            long graineEssai = graine + i;
            SplittableRandom alea = new SplittableRandom(graineEssai);
            Machine<O> machine = fabrique.get();
            List<O> sequence = new ArrayList<>();
            for (int e = 0; e < etapes; e++) {
                O op = machine.generer(alea);
                sequence.add(op);
                try {
                    machine.appliquer(op);
                } catch (Throwable echec) {
                    throw rapport(graineEssai, sequence, echec);
                }
                operations++;
            }
        }
        return operations;
    }

    private AssertionError rapport(long graineEssai, List<O> sequence, Throwable echec) {
        List<O> reduite = reduire(sequence);
        Throwable echecReduit = rejouer(reduite).orElse(echec);
        StringBuilder sb = new StringBuilder()
                .append("property '")
                .append(nom)
                .append("' failed with seed ")
                .append(graineEssai)
                .append(" (rerun: -Dmonchai.propriete.graine=")
                .append(graineEssai)
                .append(")\n")
                .append("after ")
                .append(sequence.size())
                .append(" operations, shrunk to ")
                .append(reduite.size())
                .append(":\n");
        for (int i = 0; i < reduite.size(); i++) {
            sb.append("  ").append(i + 1).append(". ").append(reduite.get(i)).append('\n');
        }
        sb.append("failure: ").append(echecReduit);
        return new AssertionError(sb.toString(), echecReduit);
    }

    /** Delta debugging: drop chunks, halving their size, while the sequence still fails. */
    List<O> reduire(List<O> sequence) {
        List<O> courante = new ArrayList<>(sequence);
        for (int taille = Math.max(1, courante.size() / 2); taille >= 1; taille /= 2) {
            boolean progres = true;
            while (progres) {
                progres = false;
                for (int debut = 0; debut + taille <= courante.size(); ) {
                    List<O> essai = new ArrayList<>(courante.subList(0, debut));
                    essai.addAll(courante.subList(debut + taille, courante.size()));
                    if (rejouer(essai).isPresent()) {
                        courante = essai;
                        progres = true;
                    } else {
                        debut += taille;
                    }
                }
            }
        }
        return courante;
    }

    /** @return the failure the sequence ends in on a fresh machine, if any */
    Optional<Throwable> rejouer(List<O> sequence) {
        Machine<O> machine = fabrique.get();
        for (O op : sequence) {
            try {
                machine.appliquer(op);
            } catch (Throwable echec) {
                return Optional.of(echec);
            }
        }
        return Optional.empty();
    }
}
