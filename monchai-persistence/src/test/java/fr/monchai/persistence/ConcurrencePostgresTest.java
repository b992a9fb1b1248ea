package fr.monchai.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.Assemblage;
import fr.monchai.core.registre.ContrePassation;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.SourceAssemblage;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.core.registre.VenteBouteilles;
import fr.monchai.kit.Chai;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many cellar hands at once, on one database: 8 threads × 200 operations on overlapping
 * lots and cuves, then the invariants checked in SQL on the database itself.
 */
class ConcurrencePostgresTest {

    private static final int FILS = 8;
    private static final int OPERATIONS = 200;

    @Test
    void huit_fils_sur_un_pool() throws Exception {
        verifierSousCharge(1);
    }

    @Test
    void huit_fils_sur_deux_pools_comme_deux_serveurs() throws Exception {
        verifierSousCharge(2);
    }

    /**
     * Two cellar hands validate the same drafts at the same instant: each is booked once, the second
     * validation refused (MOUVEMENT_NON_MODIFIABLE) with nothing of it left — what the read-ahead
     * took (the locks, a register number) and what its single write booked are rolled back.
     */
    @Test
    void un_meme_brouillon_valide_deux_fois_a_la_fois_ne_compte_qu_une_fois() throws Exception {
        BaseDeTest.reinitialiser();
        try (PoolConnexions pool = BaseDeTest.base().pool(4)) {
            MonChai chai = new MonChai(StockagePostgres.creer(pool));
            Chai c = new Chai(chai);
            long d = c.domaine;
            Lot lot = c.vendange(c.cuve("Cuve A", "60"), "40", "2026-09-01");
            Cuve vers = c.cuve("Cuve B", "60");
            ExecutorService executeur = Executors.newFixedThreadPool(2);
            int acceptes = 0;
            int refuses = 0;
            for (int i = 0; i < 30; i++) {
                long brouillon = chai.mouvements()
                        .soutirer(
                                d,
                                new Soutirage(
                                        lot.id(),
                                        vers.id(),
                                        new BigDecimal("0.10"),
                                        Optional.empty(),
                                        LocalDate.of(2026, 9, 2),
                                        Optional.empty(),
                                        Optional.empty()))
                        .id();
                java.util.concurrent.CyclicBarrier depart = new java.util.concurrent.CyclicBarrier(2);
                List<Future<Boolean>> deux = new ArrayList<>();
                for (int f = 0; f < 2; f++) {
                    deux.add(executeur.submit(() -> {
                        depart.await();
                        try {
                            chai.mouvements().valider(d, brouillon);
                            return true;
                        } catch (fr.monchai.core.commun.DomainException e) {
                            assertEquals(
                                    fr.monchai.core.commun.CodeErreur.MOUVEMENT_NON_MODIFIABLE,
                                    e.code(),
                                    e.getMessage());
                            return false;
                        }
                    }));
                }
                for (Future<Boolean> r : deux) {
                    if (r.get()) {
                        acceptes++;
                    } else {
                        refuses++;
                    }
                }
            }
            executeur.shutdown();
            assertEquals(30, acceptes, "each draft validated once");
            assertEquals(30, refuses, "and refused the second time");
            verifierEnSql(31);
        }
    }

    private void verifierSousCharge(int nombreDePools) throws Exception {
        BaseDeTest.reinitialiser();
        List<PoolConnexions> pools = new ArrayList<>();
        for (int i = 0; i < nombreDePools; i++) {
            pools.add(BaseDeTest.base().pool(FILS));
        }
        try {
            List<MonChai> serveurs = pools.stream()
                    .map(p -> new MonChai(StockagePostgres.creer(p)))
                    .toList();
            Chai c = new Chai(serveurs.get(0));
            long d = c.domaine;
            List<Lot> lots = new ArrayList<>();
            List<Cuve> cuves = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Cuve cuve = c.cuve("Cuve " + i, "60");
                cuves.add(cuve);
                lots.add(c.vendange(cuve, "40", "2026-09-01"));
            }
            cuves.add(c.cuve("Cuve assemblage", "30"));
            List<Long> valides = new ArrayList<>();
            List<Long> bouteilles = new ArrayList<>();
            AtomicInteger acceptes = new AtomicInteger();
            AtomicInteger refuses = new AtomicInteger();
            ExecutorService executeur = Executors.newFixedThreadPool(FILS);
            List<Future<?>> taches = new ArrayList<>();
            for (int f = 0; f < FILS; f++) {
                MonChai chai = serveurs.get(f % serveurs.size());
                SplittableRandom alea = new SplittableRandom(1000 + f);
                taches.add(executeur.submit(() -> {
                    for (int i = 0; i < OPERATIONS; i++) {
                        try {
                            Mouvement m = operation(chai, d, alea, lots, cuves, valides, bouteilles);
                            Mouvement v = chai.mouvements().valider(d, m.id());
                            synchronized (valides) {
                                valides.add(v.id());
                            }
                            acceptes.incrementAndGet();
                        } catch (DomainException refus) {
                            refuses.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> t : taches) {
                t.get();
            }
            executeur.shutdown();
            assertEquals(FILS * OPERATIONS, acceptes.get() + refuses.get());
            assertTrue(acceptes.get() > FILS * OPERATIONS / 4, "accepted " + acceptes + ", refused " + refuses);
            verifierEnSql(acceptes.get() + 4);
        } finally {
            pools.forEach(PoolConnexions::close);
        }
    }

    private static Mouvement operation(
            MonChai chai,
            long d,
            SplittableRandom alea,
            List<Lot> lots,
            List<Cuve> cuves,
            List<Long> valides,
            List<Long> bouteilles) {
        LocalDate date = LocalDate.of(2026, 9, 2).plusDays(alea.nextInt(25));
        Lot a = lots.get(alea.nextInt(lots.size()));
        Lot b = lots.get(alea.nextInt(lots.size()));
        BigDecimal volume = BigDecimal.valueOf(1 + alea.nextInt(500), 2);
        int choix = alea.nextInt(10);
        if (choix < 4 || a.equals(b)) {
            Cuve vers = cuves.stream()
                    .filter(cu -> cu.id() == b.cuveId())
                    .findFirst()
                    .orElseThrow();
            if (a.equals(b)) {
                vers = cuves.get(4);
            }
            return chai.mouvements()
                    .soutirer(
                            d,
                            new Soutirage(
                                    a.id(),
                                    vers.id(),
                                    volume,
                                    Optional.of(new BigDecimal("0.001")),
                                    date,
                                    Optional.empty(),
                                    Optional.empty()));
        } else if (choix < 5) {
            return chai.mouvements()
                    .assembler(
                            d,
                            new Assemblage(
                                    List.of(new SourceAssemblage(a.id(), volume), new SourceAssemblage(b.id(), volume)),
                                    cuves.get(4).id(),
                                    Optional.empty(),
                                    date,
                                    Optional.empty(),
                                    Optional.empty()));
        } else if (choix < 7) {
            Mouvement m = chai.mouvements()
                    .mettreEnBouteille(
                            d,
                            new MiseEnBouteille(
                                    a.id(),
                                    1L + alea.nextInt(300),
                                    750,
                                    Optional.of(new BigDecimal("0.01")),
                                    date,
                                    Optional.empty(),
                                    Optional.empty()));
            for (LigneMouvement l : m.lignes()) {
                if (l.compte() instanceof Compte.DeBouteilles bl) {
                    synchronized (bouteilles) {
                        bouteilles.add(bl.bouteilleLotId());
                    }
                }
            }
            return m;
        } else if (choix < 9) {
            long bl;
            synchronized (bouteilles) {
                if (bouteilles.isEmpty()) {
                    return chai.mouvements()
                            .soutirer(
                                    d,
                                    new Soutirage(
                                            a.id(),
                                            cuves.get(4).id(),
                                            volume,
                                            Optional.empty(),
                                            date,
                                            Optional.empty(),
                                            Optional.empty()));
                }
                bl = bouteilles.get(alea.nextInt(bouteilles.size()));
            }
            return chai.mouvements()
                    .vendreBouteilles(
                            d,
                            new VenteBouteilles(
                                    bl,
                                    1L + alea.nextInt(100),
                                    List.of(DestinationFiscale.values())
                                            .get(alea.nextInt(DestinationFiscale.values().length)),
                                    date,
                                    Optional.empty()));
        } else {
            long cible;
            synchronized (valides) {
                if (valides.isEmpty()) {
                    throw new DomainException(
                            fr.monchai.core.commun.CodeErreur.INTROUVABLE, "", "nothing to reverse yet");
                }
                cible = valides.get(alea.nextInt(valides.size()));
            }
            return chai.mouvements().contrePasser(d, new ContrePassation(cible, date.plusDays(30), "erreur de saisie"));
        }
    }

    private static void verifierEnSql(int validesAttendus) throws SQLException {
        try (Connection c = BaseDeTest.pool().getConnection();
                Statement s = c.createStatement()) {
            assertEquals(
                    List.of(),
                    lire(
                            s,
                            "select mouvement_id from ligne_mouvement group by domaine_id, mouvement_id "
                                    + "having sum(volume_ml) <> 0"),
                    "every movement's legs sum to zero");
            assertEquals(List.of(), lire(s, """
                    select s.compte from compte_solde s
                    left join (select l.domaine_id, l.compte, sum(l.volume_ml) as v from ligne_mouvement l
                               join mouvement m on m.domaine_id = l.domaine_id and m.id = l.mouvement_id
                               where m.statut <> 'BROUILLON' group by 1, 2) t
                      on t.domaine_id = s.domaine_id and t.compte = s.compte
                    where s.compte not like 'cuve:%' and s.solde_ml <> coalesce(t.v, 0)"""), "stored balances equal their legs");
            // The running balance after every row, from the legs alone, against what the day and month summaries say.
            String courant = """
                    (select e.domaine_id, e.compte, e.date, sum(e.volume_ml) over (partition by e.domaine_id, e.compte
                        order by e.date, e.numero) as solde from ecriture e) x""";
            assertEquals(List.of(), lire(s, """
                    select j.compte || ' ' || j.date from solde_jour j
                    full join (select domaine_id, compte, date, sum(volume_ml) as v from ecriture group by 1, 2, 3) e
                      on e.domaine_id = j.domaine_id and e.compte = j.compte and e.date = j.date
                    where j.volume_ml is distinct from e.v"""), "every day's summary holds that day's legs");
            assertEquals(
                    List.of(),
                    lire(s, """
                    select m.compte || ' ' || m.mois from solde_mois m
                    join (select domaine_id, compte, date_trunc('month', date)::date as mois, min(solde) as bas, max(solde) as haut,
                                 sum(volume) as v, max(solde) filter (where dernier) as fin
                          from (select domaine_id, compte, date, solde, volume,
                                       row_number() over (partition by domaine_id, compte, date_trunc('month', date)
                                                          order by date desc, numero desc) = 1 as dernier
                                from (select e.domaine_id, e.compte, e.date, e.numero, e.volume_ml as volume,
                                             sum(e.volume_ml) over (partition by e.domaine_id, e.compte order by e.date, e.numero)
                                             as solde from ecriture e) y) z
                          group by 1, 2, 3) r on r.domaine_id = m.domaine_id and r.compte = m.compte and r.mois = m.mois
                    where m.debut_ml + m.volume_ml <> r.fin or m.debut_ml + m.bas_ml <> r.bas or m.debut_ml + m.haut_ml <> r.haut
                       or m.volume_ml <> r.v"""),
                    "every month's opening, lowest and highest balance equal the legs up to them");
            assertEquals(
                    List.of(),
                    lire(
                            s,
                            "select compte || ' ' || date from " + courant + " where compte not like 'externe:%' "
                                    + "and solde < 0"),
                    "no stock balance is negative at any position");
            assertEquals(
                    List.of(),
                    lire(
                            s,
                            "select x.compte || ' ' || x.date from " + courant + " join cuve c "
                                    + "on c.domaine_id = x.domaine_id and x.compte = 'cuve:' || c.id where x.solde > c.capacite_ml"),
                    "no cuve is over capacity at any position");
            assertEquals(
                    List.of(validesAttendus + " | 1 | " + validesAttendus),
                    lire(s, "select count(*), min(numero), max(numero) from mouvement where statut <> 'BROUILLON'"),
                    "the register runs 1..n without a gap");
            migrationRefaitLesMemesResumes(c, s);
        }
    }

    /**
     * The migration that created the summaries fills them from the rows of a journal that had none: run again on
     * this journal (its summaries emptied, in a transaction rolled back), it must give exactly the summaries the
     * validations kept up to date one by one.
     */
    private static void migrationRefaitLesMemesResumes(Connection c, Statement s) throws SQLException {
        String changeset;
        try (var in = ConcurrencePostgresTest.class
                .getClassLoader()
                .getResourceAsStream("fr/monchai/persistence/changelog/010-soldes-par-periode.sql")) {
            changeset = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> remplissages = new ArrayList<>();
        for (String instruction : changeset.split(";", -1)) {
            String sql = instruction
                    .lines()
                    .filter(l -> !l.strip().startsWith("--"))
                    .collect(java.util.stream.Collectors.joining("\n"))
                    .strip();
            if (sql.startsWith("insert into solde_")) {
                remplissages.add(sql);
            }
        }
        assertEquals(2, remplissages.size(), "the changeset fills the day and the month summaries");
        c.setAutoCommit(false);
        try {
            s.execute("create temporary table jour_tenu on commit drop as select * from solde_jour");
            s.execute("create temporary table mois_tenu on commit drop as select * from solde_mois");
            s.execute("delete from solde_mois");
            s.execute("delete from solde_jour");
            for (String sql : remplissages) {
                s.execute(sql);
            }
            assertEquals(
                    List.of(),
                    lire(
                            s,
                            "(select * from solde_jour except select * from jour_tenu) union all "
                                    + "(select * from jour_tenu except select * from solde_jour)"),
                    "the migration's day summaries");
            assertEquals(
                    List.of(),
                    lire(
                            s,
                            "(select * from solde_mois except select * from mois_tenu) union all "
                                    + "(select * from mois_tenu except select * from solde_mois)"),
                    "the migration's month summaries");
            assertTrue(!lire(s, "select 1 from mois_tenu limit 1").isEmpty(), "there were summaries to compare");
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static List<String> lire(Statement s, String sql) throws SQLException {
        List<String> lignes = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                TreeMap<Integer, String> colonnes = new TreeMap<>();
                for (int i = 1; i <= n; i++) {
                    colonnes.put(i, rs.getString(i));
                }
                lignes.add(String.join(" | ", colonnes.values()));
            }
        }
        return lignes;
    }
}
