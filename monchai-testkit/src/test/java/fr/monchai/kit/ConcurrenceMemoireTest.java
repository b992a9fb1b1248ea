package fr.monchai.kit;

import static fr.monchai.kit.Chai.hl;
import static fr.monchai.kit.Chai.jour;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.memoire.*;
import fr.monchai.core.registre.Soutirage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The in-memory store shared by many threads: no lost update, no gap, no negative stock. */
class ConcurrenceMemoireTest {

    @Test
    void des_soutirages_concurrents_restent_exacts_et_numerotes_sans_trou() throws Exception {
        MonChai chai = MonChai.enMemoire();
        Chai c = new Chai(chai);
        Lot a = c.lot("Cuve A", "50", "2026-09-01");
        Lot b = c.lot("Cuve B", "50", "2026-09-01");
        Cuve cuveA = chai.cuves().trouver(c.domaine, a.cuveId()).orElseThrow();
        Cuve cuveB = chai.cuves().trouver(c.domaine, b.cuveId()).orElseThrow();
        AtomicInteger refus = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> taches = new ArrayList<>();
            for (int fil = 0; fil < 8; fil++) {
                int t = fil;
                taches.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        boolean versB = (i + t) % 2 == 0;
                        try {
                            Mouvement m = chai.mouvements()
                                    .soutirer(
                                            c.domaine,
                                            new Soutirage(
                                                    versB ? a.id() : b.id(),
                                                    versB ? cuveB.id() : cuveA.id(),
                                                    hl("7.5"),
                                                    Optional.of(hl("0.001")),
                                                    jour("2026-09-02").plusDays(i % 20),
                                                    Optional.empty(),
                                                    Optional.empty()));
                            chai.mouvements().valider(c.domaine, m.id());
                        } catch (DomainException e) {
                            refus.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : taches) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Mouvement> valides = chai.registre().journal(c.domaine, FiltreJournal.TOUT).stream()
                .filter(m -> m.statut().compte())
                .toList();
        assertEquals(
                LongStream.rangeClosed(1, valides.size()).boxed().toList(),
                valides.stream().map(m -> m.numero().getAsLong()).sorted().toList());
        assertTrue(valides.size() > 2 && refus.get() > 0, "some transfers went through, some were refused");
        Volume total = chai.registre().soldes(c.domaine).values().stream().reduce(Volume.ZERO, Volume::plus);
        assertEquals(Volume.ZERO, total);
        Volume stock = c.solde(a).plus(c.solde(b));
        Volume pertes = c.solde(new Compte.Externe(fr.monchai.core.journal.CompteExterne.PERTES));
        assertEquals(Volume.hl("100"), stock.plus(pertes));
        assertTrue(!c.solde(a).estNegatif() && !c.solde(b).estNegatif());
        assertTrue(c.solde(a).compareTo(cuveA.capacite()) <= 0 && c.solde(b).compareTo(cuveB.capacite()) <= 0);
    }
}
