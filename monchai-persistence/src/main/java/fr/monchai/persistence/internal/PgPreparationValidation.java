package fr.monchai.persistence.internal;

import fr.monchai.core.chai.Lot;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.Position;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * Reads ahead, in one round trip, what validating a draft will ask the store for, taking the same
 * locks in the same order as the validation would: the balance rows of its accounts and cuves (key
 * order), then the register counter; then, on a snapshot taken after those locks, the draft and its
 * legs, its lots, their cuves and the lots in them, its bouteille lots, the declared months, and each
 * account's balance at the end of the draft's day with the lowest (a cuve: highest) one after it.
 * Each value is kept for the transaction ({@link TransactionsPg#retenir}): the rules in
 * {@code monchai-core} then ask for them as always, and find them without a round trip.
 *
 * <p>One JDBC execution of several statements: PostgreSQL runs them one after the other, each with
 * its own snapshot, so the reads see every validation that held those locks before.
 */
final class PgPreparationValidation {

    /** The register number taken by the read-ahead, for the next {@code suivant} of that series only. */
    record NumeroPris(long domaineId, String serie) {}

    /** The balance rows locked by the read-ahead, for the next {@code verrouillerSoldes} of those keys only. */
    record SoldesVerrouilles(long domaineId, TreeSet<String> cles) {}

    /** A draft read ahead, for the next {@code trouver} of it only. */
    record Brouillon(long domaineId, long mouvementId) {}

    /** The lots of a cuve, read ahead for the next {@code parCuve} of it only. */
    record LotsDeCuve(long domaineId, long cuveId) {}

    /** What follows a draft's day in its accounts ({@link Suite}). */
    record Posterieurs(long domaineId, long mouvementId) {}

    /**
     * What follows a draft's day in its accounts, which sets how its validation updates the summaries.
     *
     * @param joursDuMois a later day of its month has a movement of one of its accounts
     * @param moisSuivants a later month has one
     */
    record Suite(boolean joursDuMois, boolean moisSuivants) {}

    /** An account's lowest ({@code min}) or a cuve's highest ({@code max}) balance from a position on. */
    record Extreme(long domaineId, String cle, Position position, String fonction) {}

    private static final String LEGS =
            "select l.compte, lot.cuve_id, l.volume_ml from ligne_mouvement l left join lot on lot.domaine_id = l.domaine_id "
                    + "and lot.id = case when l.compte like 'lot:%' then split_part(l.compte, ':', 2)::bigint end "
                    + "where l.domaine_id = :d and l.mouvement_id = :m";

    /** The seven statements, with named parameters: {@code :d} the domaine, {@code :m} the draft, {@code :serie} the counter. */
    private static final String SQL_NOMME = String.join(
            ";\n",
            // 0. the validation's statements keep the plan they were prepared with: each is a handful of index probes
            //    whatever its parameters, and PostgreSQL otherwise re-plans the write's insert on every call
            "set local plan_cache_mode = force_generic_plan",
            // 1. the balance rows, created if missing and locked, in key order
            "insert into compte_solde (domaine_id, compte, solde_ml) select :d, c, 0 from (select compte as c from ("
                    + LEGS + ") g "
                    + "union select 'cuve:' || cuve_id from (" + LEGS + ") g where cuve_id is not null) k order by c "
                    + "on conflict (domaine_id, compte) do update set solde_ml = compte_solde.solde_ml returning compte",
            // 2. the register counter, with the declared months
            "insert into compteur (domaine_id, serie, valeur) values (:d, :serie, 1) on conflict (domaine_id, serie) "
                    + "do update set valeur = compteur.valeur + 1 "
                    + "returning valeur, (select array_agg(mois) from periode_verrouillee where domaine_id = :d) as mois",
            // 3. the draft and its legs
            "select m.*, l.compte as ligne_compte, l.volume_ml as ligne_volume from mouvement m left join ligne_mouvement l "
                    + "on l.domaine_id = m.domaine_id and l.mouvement_id = m.id where m.domaine_id = :d and m.id = :m order by l.rang",
            // 4. its lots, and every lot of the cuves they are in
            "select * from lot where domaine_id = :d and cuve_id in (select cuve_id from (" + LEGS
                    + ") g where cuve_id is not null) " + "order by id",
            // 5. those cuves
            "select * from cuve where domaine_id = :d and id in (select cuve_id from (" + LEGS
                    + ") g where cuve_id is not null)",
            // 6. its bouteille lots
            "select * from bouteille_lot where domaine_id = :d and id in (select split_part(compte, ':', 2)::bigint from ("
                    + "select l.compte from ligne_mouvement l where l.domaine_id = :d and l.mouvement_id = :m and l.compte like 'bouteilles:%') b)",
            // 7. each account's and cuve's balance at the end of the draft's day — its month's opening and the month's
            // days
            //    up to it — and the lowest and highest after: the rest of its month day by day, then month by month
            "select k.c, m.date, coalesce((select s.debut_ml + case when s.mois < p.mois then s.volume_ml else 0 end "
                    + "from solde_mois s where s.domaine_id = :d and s.compte = k.c and s.mois <= p.mois order by s.mois desc limit 1), 0) "
                    + "+ coalesce((select sum(j.volume_ml) from solde_jour j where j.domaine_id = :d and j.compte = k.c "
                    + "and j.date >= p.mois and j.date <= m.date), 0) as a, j.bas as jours_bas, j.haut as jours_haut, "
                    + "(select min(s.debut_ml + s.bas_ml) from solde_mois s where s.domaine_id = :d and s.compte = k.c and s.mois > p.mois) "
                    + "as mois_bas, (select max(s.debut_ml + s.haut_ml) from solde_mois s where s.domaine_id = :d and s.compte = k.c "
                    + "and s.mois > p.mois) as mois_haut "
                    + "from (select compte as c from (" + LEGS + ") g union select 'cuve:' || cuve_id from (" + LEGS
                    + ") g "
                    + "where cuve_id is not null) k cross join mouvement m "
                    + "cross join lateral (select date_trunc('month', m.date)::date as mois, "
                    + "(date_trunc('month', m.date) + interval '1 month')::date as suivant) p "
                    + "left join lateral (select min(x.avant + x.bas_ml) as bas, max(x.avant + x.haut_ml) as haut from (select bas_ml, "
                    + "haut_ml, coalesce(sum(volume_ml) over (order by date rows between unbounded preceding and 1 preceding), 0) as avant "
                    + "from solde_jour where domaine_id = :d and compte = k.c and date > m.date and date < p.suivant) x) j on true "
                    + "where m.domaine_id = :d and m.id = :m");

    private static final SqlNomme SQL = SqlNomme.de(SQL_NOMME);

    private PgPreparationValidation() {}

    /** Runs the read-ahead of that draft's validation and keeps what it read for the transaction. */
    static void preparer(TransactionsPg tx, Handle h, long d, long m, String serie) {
        try {
            Connection c = h.getConnection();
            try (PreparedStatement ps = c.prepareStatement(SQL.sql())) {
                SQL.lier(ps, Map.of("d", d, "m", m, "serie", serie));
                ps.execute();
                suivant(ps);
                lire(tx, ps, d, m, serie);
            }
        } catch (SQLException e) {
            throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
        }
    }

    private static void lire(TransactionsPg tx, PreparedStatement ps, long d, long m, String serie)
            throws SQLException {
        TreeSet<String> verrouilles = new TreeSet<>();
        try (ResultSet rs = ps.getResultSet()) {
            while (rs.next()) {
                verrouilles.add(rs.getString(1));
            }
        }
        if (!verrouilles.isEmpty()) {
            tx.retenir(new SoldesVerrouilles(d, verrouilles), true);
        }
        suivant(ps);
        try (ResultSet rs = ps.getResultSet()) {
            rs.next();
            tx.retenir(new NumeroPris(d, serie), rs.getLong("valeur"));
            tx.retenir(new PgCompteursPeriodes.Mois(d), PgCompteursPeriodes.mois(rs.getArray("mois")));
        }
        suivant(ps);
        try (ResultSet rs = ps.getResultSet()) {
            Mouvement sans = null;
            List<LigneMouvement> lignes = new ArrayList<>();
            while (rs.next()) {
                if (sans == null) {
                    sans = PgJournal.mouvement(rs);
                }
                if (rs.getString("ligne_compte") != null) {
                    lignes.add(new LigneMouvement(
                            Compte.depuisCle(rs.getString("ligne_compte")), Volume.ml(rs.getLong("ligne_volume"))));
                }
            }
            if (sans != null) {
                tx.retenir(new Brouillon(d, m), PgJournal.avecLignes(sans, lignes));
            }
        }
        suivant(ps);
        Map<Long, List<Lot>> parCuve = new TreeMap<>();
        try (ResultSet rs = ps.getResultSet()) {
            while (rs.next()) {
                Lot lot = PgLots.lot(rs);
                tx.retenir(new PgLots.Cle(d, lot.id()), lot);
                parCuve.computeIfAbsent(lot.cuveId(), k -> new ArrayList<>()).add(lot);
            }
        }
        parCuve.forEach((cuve, lots) -> tx.retenir(new LotsDeCuve(d, cuve), List.copyOf(lots)));
        suivant(ps);
        try (ResultSet rs = ps.getResultSet()) {
            while (rs.next()) {
                var cuve = PgCuves.cuve(rs);
                tx.retenir(new PgCuves.Cle(d, cuve.id()), cuve);
            }
        }
        suivant(ps);
        try (ResultSet rs = ps.getResultSet()) {
            while (rs.next()) {
                var b = PgBouteilleLots.bouteilleLot(rs);
                tx.retenir(new PgBouteilleLots.Cle(d, b.id()), b);
            }
        }
        suivant(ps);
        boolean joursApres = false;
        boolean moisApres = false;
        try (ResultSet rs = ps.getResultSet()) {
            while (rs.next()) {
                String cle = rs.getString("c");
                long aLaPosition = rs.getLong("a");
                boolean cuve = cle.startsWith("cuve:");
                // the rest of the month's days start from the balance at the draft's day; later months carry their own
                long jours = rs.getLong(cuve ? "jours_haut" : "jours_bas");
                boolean sansJour = rs.wasNull();
                long mois = rs.getLong(cuve ? "mois_haut" : "mois_bas");
                boolean sansMois = rs.wasNull();
                joursApres |= !sansJour;
                moisApres |= !sansMois;
                long extreme = aLaPosition;
                if (!sansJour) {
                    extreme = cuve ? Math.max(extreme, aLaPosition + jours) : Math.min(extreme, aLaPosition + jours);
                }
                if (!sansMois) {
                    extreme = cuve ? Math.max(extreme, mois) : Math.min(extreme, mois);
                }
                tx.retenir(
                        new Extreme(d, cle, Position.finDe(Colonnes.date(rs, "date")), cuve ? "max" : "min"), extreme);
            }
        }
        tx.retenir(new Posterieurs(d, m), new Suite(joursApres, moisApres));
    }

    private static void suivant(PreparedStatement ps) throws SQLException {
        if (!ps.getMoreResults()) {
            throw new IllegalStateException("the validation read-ahead returned fewer results than its statements");
        }
    }
}
