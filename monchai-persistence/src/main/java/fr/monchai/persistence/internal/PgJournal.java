package fr.monchai.persistence.internal;

import fr.monchai.core.chai.Composant;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.Ecriture;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.Position;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.core.registre.Journal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The journal on PostgreSQL. Validating a movement writes one {@code ecriture} row per account
 * it touches (and per cuve, as {@code cuve:<id>}), updates that account's summary of the day
 * ({@code solde_jour}: net volume, lowest and highest running balance) and of the month
 * ({@code solde_mois}: the same, with its opening balance), shifts the opening of each later month
 * when it is back-dated, and updates {@code compte_solde}. A balance at any position is then a
 * month's opening, the month's days before it and the day's rows; the lowest or highest from a
 * position on reads the rest of its day, the rest of its month's days and the later months — a
 * cost set by how busy a day and how long the journal's span are, not by how many rows come
 * after.
 */
final class PgJournal implements Journal {

    private static final String PREFIXE_CUVE = "cuve:";

    private final TransactionsPg tx;
    private final PgLots lots;

    PgJournal(TransactionsPg tx, PgLots lots) {
        this.tx = tx;
        this.lots = lots;
    }

    @Override
    public Mouvement inserer(Mouvement m) {
        return tx.avec(h -> {
            Mouvement stocke = m.avecId(Colonnes.nouvelId(h));
            Optional<Composant> apport = m.apport();
            h.createUpdate(
                            "insert into mouvement (domaine_id, id, type, date, statut, numero, commentaire, destination, apport, "
                                    + "apport_millesime, apport_cepage, apport_parcelle_id, apport_appellation, contre_passe) values "
                                    + "(:d, :id, :type, :date, :statut, :numero, :commentaire, :destination, :apport, :millesime, :cepage, "
                                    + ":parcelle, :appellation, :contrePasse)")
                    .bind("d", m.domaineId())
                    .bind("id", stocke.id())
                    .bind("type", m.type().name())
                    .bind("date", m.date())
                    .bind("statut", m.statut().name())
                    .bind("numero", Colonnes.nullable(m.numero()))
                    .bind("commentaire", m.commentaire())
                    .bind("destination", m.destination().map(Enum::name).orElse(null))
                    .bind("apport", apport.isPresent())
                    .bind(
                            "millesime",
                            apport.map(a -> Colonnes.nullable(a.millesime())).orElse(null))
                    .bind("cepage", apport.map(Composant::cepage).orElse(null))
                    .bind(
                            "parcelle",
                            apport.map(a -> Colonnes.nullable(a.parcelleId())).orElse(null))
                    .bind("appellation", apport.map(Composant::appellation).orElse(null))
                    .bind("contrePasse", Colonnes.nullable(m.contrePasse()))
                    .execute();
            PreparedBatch lignes =
                    h.prepareBatch("insert into ligne_mouvement (domaine_id, mouvement_id, rang, compte, volume_ml) "
                            + "values (:d, :m, :rang, :compte, :volume)");
            for (int i = 0; i < m.lignes().size(); i++) {
                LigneMouvement l = m.lignes().get(i);
                lignes.bind("d", m.domaineId())
                        .bind("m", stocke.id())
                        .bind("rang", i)
                        .bind("compte", l.compte().cle())
                        .bind("volume", l.volume().millilitres())
                        .add();
            }
            lignes.execute();
            if (m.statut().compte()) {
                throw new IllegalArgumentException("a movement is stored as a draft, then validated: " + m.statut());
            }
            return stocke;
        });
    }

    @Override
    public void mettreAJour(Mouvement m) {
        tx.avec(h -> h.createUpdate(
                        "update mouvement set date = :date, statut = :statut, numero = :numero, commentaire = :commentaire "
                                + "where domaine_id = :d and id = :id")
                .bind("date", m.date())
                .bind("statut", m.statut().name())
                .bind("numero", Colonnes.nullable(m.numero()))
                .bind("commentaire", m.commentaire())
                .bind("d", m.domaineId())
                .bind("id", m.id())
                .execute());
    }

    @Override
    public void valider(Mouvement m) {
        tx.avec(h -> {
            // Only a draft becomes valid: a second validation of the same draft, which waited on
            // this row, finds it validated and books nothing. The status and the legs are written
            // in one round trip: a validation's one write.
            if (appliquer(h, m) != 1) {
                throw new DomainException(
                        CodeErreur.MOUVEMENT_NON_MODIFIABLE,
                        "mouvementId",
                        "le mouvement n° " + m.id() + " n'est plus un brouillon : il vient d'être validé");
            }
            return null;
        });
    }

    /**
     * Writes a validation in one round trip: the status and number, the movement's rows per
     * account, its day's and its month's summaries updated, the opening balance of each later
     * month shifted when it is back-dated, and the balances now.
     *
     * @return how many status rows changed: 0 when it was no longer a draft
     */
    private int appliquer(Handle h, Mouvement m) {
        TreeMap<String, Long> parCle = new TreeMap<>();
        for (LigneMouvement l : m.lignes()) {
            parCle.merge(l.compte().cle(), l.volume().millilitres(), Long::sum);
            if (l.compte() instanceof Compte.DeLot lot) {
                long cuve =
                        lots.trouver(m.domaineId(), lot.lotId()).orElseThrow().cuveId();
                parCle.merge(PREFIXE_CUVE + cuve, l.volume().millilitres(), Long::sum);
            }
        }
        parCle.values().removeIf(v -> v == 0);
        Position p = m.position();
        // Plain statements in one execution (one round trip), each prepared once. A movement no longer
        // a draft (no status row changed) makes the caller throw: the transaction, and what the others
        // booked, are rolled back.
        try {
            java.sql.Connection c = h.getConnection();
            // Most movements are dated after every other of their accounts (the read-ahead saw no later one):
            // their month's summaries are updated like their day's, and no later month is shifted.
            PgPreparationValidation.Suite suite = tx.<PgPreparationValidation.Suite>prendre(
                            new PgPreparationValidation.Posterieurs(m.domaineId(), m.id()))
                    .orElse(new PgPreparationValidation.Suite(true, true));
            SqlNomme ecriture = ECRITURES.get((suite.joursDuMois() ? 2 : 0) + (suite.moisSuivants() ? 1 : 0));
            try (java.sql.PreparedStatement ps = c.prepareStatement(ecriture.sql())) {
                Map<String, Object> valeurs = new HashMap<>();
                valeurs.put("d", m.domaineId());
                valeurs.put("id", m.id());
                valeurs.put("date", java.sql.Date.valueOf(p.date()));
                valeurs.put("mois", java.sql.Date.valueOf(p.date().withDayOfMonth(1)));
                valeurs.put(
                        "moisSuivant",
                        java.sql.Date.valueOf(p.date().withDayOfMonth(1).plusMonths(1)));
                valeurs.put("numero", p.numero());
                valeurs.put("statut", m.statut().name());
                valeurs.put("commentaire", m.commentaire());
                valeurs.put("comptes", c.createArrayOf("text", parCle.keySet().toArray()));
                valeurs.put("volumes", c.createArrayOf("bigint", parCle.values().toArray()));
                ecriture.lier(ps, valeurs);
                ps.execute();
                return ps.getUpdateCount();
            }
        } catch (java.sql.SQLException e) {
            throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
        }
    }

    private static final String STATUT = "update mouvement set date = :date, statut = :statut, numero = :numero, "
            + "commentaire = :commentaire where domaine_id = :d and id = :id and statut = 'BROUILLON'";
    private static final String LIGNES =
            "insert into ecriture (domaine_id, compte, date, numero, mouvement_id, volume_ml) "
                    + "select :d, v.compte, :date, :numero, :id, v.volume from unnest(:comptes::text[], :volumes::bigint[]) as v (compte, volume)";
    /**
     * A summary extended by a movement that comes after all its rows: the net volume grows by the movement's, and the
     * running balance after it (the new net volume) may be the lowest or the highest yet.
     */
    private static final String A_LA_SUITE = "volume_ml = %1$s.volume_ml + excluded.volume_ml, "
            + "bas_ml = least(%1$s.bas_ml, %1$s.volume_ml + excluded.volume_ml), "
            + "haut_ml = greatest(%1$s.haut_ml, %1$s.volume_ml + excluded.volume_ml)";
    /**
     * The day's summary of each account. A validated movement takes the register's next number, so it
     * comes after every row of its day: its running balance is the day's net volume so far plus its own.
     */
    private static final String JOUR = "insert into solde_jour (domaine_id, compte, date, volume_ml, bas_ml, haut_ml) "
            + "select :d, v.compte, :date, v.volume, v.volume, v.volume from unnest(:comptes::text[], :volumes::bigint[]) as v (compte, volume) "
            + "on conflict (domaine_id, compte, date) do update set " + A_LA_SUITE.formatted("solde_jour");
    /** How a new month of an account opens: where the one before it closed. */
    private static final String OUVERTURE_DU_MOIS =
            "coalesce((select p.debut_ml + p.volume_ml from solde_mois p where p.domaine_id = :d "
                    + "and p.compte = %s and p.mois < :mois order by p.mois desc limit 1), 0)";
    /** The month's summary of each account when the movement is the last of its month, as the day's. */
    private static final String MOIS_EN_DERNIER =
            "insert into solde_mois (domaine_id, compte, mois, debut_ml, volume_ml, bas_ml, haut_ml) "
                    + "select :d, v.compte, :mois, " + OUVERTURE_DU_MOIS.formatted("v.compte")
                    + ", v.volume, v.volume, v.volume "
                    + "from unnest(:comptes::text[], :volumes::bigint[]) as v (compte, volume) "
                    + "on conflict (domaine_id, compte, mois) do update set " + A_LA_SUITE.formatted("solde_mois");
    /** The month's summary of each account recomputed from its days (at most 31), when later days of the month move. */
    private static final String MOIS =
            "insert into solde_mois (domaine_id, compte, mois, debut_ml, volume_ml, bas_ml, haut_ml) "
                    + "select :d, j.compte, :mois, " + OUVERTURE_DU_MOIS.formatted("j.compte") + ", sum(j.volume_ml), "
                    + "min(j.avant + j.bas_ml), max(j.avant + j.haut_ml) from (select compte, volume_ml, bas_ml, haut_ml, "
                    + "coalesce(sum(volume_ml) over (partition by compte order by date rows between unbounded preceding and 1 preceding), 0) "
                    + "as avant from solde_jour where domaine_id = :d and compte = any(:comptes::text[]) and date >= :mois "
                    + "and date < :moisSuivant) j group by j.compte "
                    + "on conflict (domaine_id, compte, mois) do update set volume_ml = excluded.volume_ml, bas_ml = excluded.bas_ml, "
                    + "haut_ml = excluded.haut_ml";
    /**
     * A back-dated movement's month and later months are planned for their parameters (the read-ahead asked for
     * generic plans): their rows are a range of a few accounts' index, which a generic plan may take for a scan of
     * the domaine's rows.
     */
    private static final String PLAN_SELON_PARAMETRES = "set local plan_cache_mode = auto";
    /** A back-dated movement moves the opening balance of each later month of its accounts: one row a month. */
    private static final String DECALAGE = "update solde_mois s set debut_ml = s.debut_ml + v.volume "
            + "from unnest(:comptes::text[], :volumes::bigint[]) as v (compte, volume) "
            + "where s.domaine_id = :d and s.compte = v.compte and s.mois > :mois";

    private static final String MAINTENANT =
            "insert into compte_solde (domaine_id, compte, solde_ml) select :d, v.compte, v.volume "
                    + "from unnest(:comptes::text[], :volumes::bigint[]) as v (compte, volume) "
                    + "on conflict (domaine_id, compte) do update set solde_ml = compte_solde.solde_ml + excluded.solde_ml";
    /**
     * The write, by what follows the movement in its accounts: indexed by {@code 2 * (later days in its month) + (later
     * months)}; the month's summary is recomputed only when later days of it move, the later months shifted only when
     * there are some.
     */
    private static final List<SqlNomme> ECRITURES = List.of(
            SqlNomme.de(String.join(";\n", STATUT, LIGNES, JOUR, MOIS_EN_DERNIER, MAINTENANT)),
            SqlNomme.de(String.join(
                    ";\n", STATUT, LIGNES, JOUR, MOIS_EN_DERNIER, PLAN_SELON_PARAMETRES, DECALAGE, MAINTENANT)),
            SqlNomme.de(String.join(";\n", STATUT, LIGNES, JOUR, PLAN_SELON_PARAMETRES, MOIS, MAINTENANT)),
            SqlNomme.de(String.join(";\n", STATUT, LIGNES, JOUR, PLAN_SELON_PARAMETRES, MOIS, DECALAGE, MAINTENANT)));

    @Override
    public void preparerValidation(long domaineId, long mouvementId, String serie) {
        tx.avec(h -> {
            PgPreparationValidation.preparer(tx, h, domaineId, mouvementId, serie);
            return null;
        });
    }

    @Override
    public Optional<Mouvement> trouver(long domaineId, long id) {
        Optional<Mouvement> lu = tx.prendre(new PgPreparationValidation.Brouillon(domaineId, id));
        if (lu.isPresent()) {
            return lu;
        }
        // One round trip: the movement and its legs joined.
        return tx.avec(h -> {
            List<LigneMouvement> lignes = new ArrayList<>();
            Mouvement[] m = new Mouvement[1];
            h.createQuery(
                            "select m.*, l.compte as ligne_compte, l.volume_ml as ligne_volume from mouvement m left join ligne_mouvement l "
                                    + "on l.domaine_id = m.domaine_id and l.mouvement_id = m.id where m.domaine_id = :d and m.id = :id order by l.rang")
                    .bind("d", domaineId)
                    .bind("id", id)
                    .map((rs, ctx) -> {
                        if (m[0] == null) {
                            m[0] = mouvement(rs);
                        }
                        if (rs.getString("ligne_compte") != null) {
                            lignes.add(new LigneMouvement(
                                    Compte.depuisCle(rs.getString("ligne_compte")),
                                    Volume.ml(rs.getLong("ligne_volume"))));
                        }
                        return 0;
                    })
                    .forEach(x -> {});
            if (m[0] == null) {
                return Optional.<Mouvement>empty();
            }
            return Optional.of(avecLignes(m[0], lignes));
        });
    }

    /** {@return the movement read from its row, with its legs} */
    static Mouvement avecLignes(Mouvement sans, List<LigneMouvement> lignes) {
        return new Mouvement(
                sans.id(),
                sans.domaineId(),
                sans.type(),
                sans.date(),
                sans.statut(),
                sans.numero(),
                lignes,
                sans.commentaire(),
                sans.destination(),
                sans.apport(),
                sans.contrePasse());
    }

    @Override
    public void supprimer(long domaineId, long id) {
        tx.avec(h -> h.createUpdate("delete from mouvement where domaine_id = :d and id = :id and statut = 'BROUILLON'")
                .bind("d", domaineId)
                .bind("id", id)
                .execute());
    }

    @Override
    public List<Mouvement> lister(long domaineId, FiltreJournal f) {
        return tx.avec(h -> charger(
                h,
                requete(
                        h,
                        "select *",
                        domaineId,
                        f,
                        " order by statut = 'BROUILLON', case when statut <> "
                                + "'BROUILLON' then date end, numero, id")));
    }

    @Override
    public List<Mouvement> lister(long domaineId, FiltreJournal f, int debut, int taille) {
        return tx.avec(h -> charger(
                h,
                requete(
                                h,
                                "select *",
                                domaineId,
                                f,
                                " order by statut = 'BROUILLON', case when statut <> "
                                        + "'BROUILLON' then date end, numero, id limit :taille offset :debut")
                        .bind("taille", taille)
                        .bind("debut", debut)));
    }

    @Override
    public long compter(long domaineId, FiltreJournal f) {
        if (f.equals(FiltreJournal.TOUT)) {
            // Every validated movement took the next number of the register's gap-free series: their count is the
            // counter, and only the drafts are counted (from the journal's order index), not the whole journal.
            return tx.avec(h -> h.createQuery(
                            "select coalesce((select valeur from compteur where domaine_id = :d and serie = 'registre'), 0) "
                                    + "+ (select count(*) from mouvement where domaine_id = :d and (statut = 'BROUILLON'))")
                    .bind("d", domaineId)
                    .mapTo(Long.class)
                    .one());
        }
        return tx.avec(h -> requete(h, "select count(*)", domaineId, f, "")
                .mapTo(Long.class)
                .one());
    }

    /** The journal's query for a filter, with the given selection and ordering. */
    private static Query requete(Handle h, String selection, long domaineId, FiltreJournal f, String suite) {
        StringBuilder sql = new StringBuilder(selection + " from mouvement m where domaine_id = :d");
        f.du().ifPresent(x -> sql.append(" and date >= :du"));
        f.au().ifPresent(x -> sql.append(" and date <= :au"));
        f.type().ifPresent(x -> sql.append(" and type = :type"));
        f.statut().ifPresent(x -> sql.append(" and statut = :statut"));
        if (!f.lots().isEmpty()) {
            sql.append(
                    " and exists (select 1 from ligne_mouvement l where l.domaine_id = m.domaine_id and l.mouvement_id = m.id"
                            + " and l.compte = any(:lots))");
        }
        Query q = h.createQuery(sql + suite).bind("d", domaineId);
        f.du().ifPresent(x -> q.bind("du", x));
        f.au().ifPresent(x -> q.bind("au", x));
        f.type().ifPresent(x -> q.bind("type", x.name()));
        f.statut().ifPresent(x -> q.bind("statut", x.name()));
        if (!f.lots().isEmpty()) {
            q.bindArray(
                    "lots",
                    String.class,
                    f.lots().stream().map(x -> new Compte.DeLot(x).cle()).toList());
        }
        return q;
    }

    /** Reads movements and their legs in two queries. */
    private static List<Mouvement> charger(Handle h, Query q) {
        List<Mouvement> sansLignes = q.map((rs, ctx) -> mouvement(rs)).list();
        if (sansLignes.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LigneMouvement>> lignes = new HashMap<>();
        h.createQuery(
                        "select mouvement_id, compte, volume_ml from ligne_mouvement where domaine_id = :d and mouvement_id = any(:ids) "
                                + "order by mouvement_id, rang")
                .bind("d", sansLignes.get(0).domaineId())
                .bind("ids", sansLignes.stream().map(Mouvement::id).toArray(Long[]::new))
                .map((rs, ctx) -> {
                    lignes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new LigneMouvement(Compte.depuisCle(rs.getString(2)), Volume.ml(rs.getLong(3))));
                    return null;
                })
                .forEach(x -> {});
        List<Mouvement> resultat = new ArrayList<>(sansLignes.size());
        for (Mouvement m : sansLignes) {
            resultat.add(new Mouvement(
                    m.id(),
                    m.domaineId(),
                    m.type(),
                    m.date(),
                    m.statut(),
                    m.numero(),
                    lignes.getOrDefault(m.id(), List.of()),
                    m.commentaire(),
                    m.destination(),
                    m.apport(),
                    m.contrePasse()));
        }
        return resultat;
    }

    static Mouvement mouvement(ResultSet rs) throws SQLException {
        Optional<Composant> apport = rs.getBoolean("apport")
                ? Optional.of(new Composant(
                        Colonnes.optionalInt(rs, "apport_millesime"),
                        rs.getString("apport_cepage"),
                        Colonnes.optionalLong(rs, "apport_parcelle_id"),
                        rs.getString("apport_appellation")))
                : Optional.empty();
        String destination = rs.getString("destination");
        return new Mouvement(
                rs.getLong("id"),
                rs.getLong("domaine_id"),
                TypeMouvement.valueOf(rs.getString("type")),
                Colonnes.date(rs, "date"),
                StatutMouvement.valueOf(rs.getString("statut")),
                Colonnes.optionalLong(rs, "numero"),
                List.of(),
                rs.getString("commentaire"),
                destination == null ? Optional.empty() : Optional.of(DestinationFiscale.valueOf(destination)),
                apport,
                Colonnes.optionalLong(rs, "contre_passe"));
    }

    @Override
    public List<Ecriture> ecritures(long domaineId, Compte compte) {
        return tx.avec(h -> h.createQuery("select date, numero, mouvement_id, volume_ml from ecriture "
                        + "where domaine_id = :d and compte = :compte order by date, numero")
                .bind("d", domaineId)
                .bind("compte", compte.cle())
                .map((rs, ctx) -> new Ecriture(
                        new Position(Colonnes.date(rs, "date"), rs.getLong("numero")),
                        rs.getLong("mouvement_id"),
                        Volume.ml(rs.getLong("volume_ml"))))
                .list());
    }

    @Override
    public Volume solde(long domaineId, Compte compte, Position position) {
        return tx.avec(h -> Volume.ml(soldeA(h, domaineId, compte.cle(), position)));
    }

    /**
     * An account's balance at the opening of a day: its month's opening (or where the last month
     * before closed) and the days of the month before it. Parameters {@code :d}, {@code :compte},
     * {@code :mois} (the day's month), {@code :date}.
     */
    private static final String OUVERTURE_DU_JOUR =
            "coalesce((select s.debut_ml + case when s.mois < :mois then s.volume_ml else 0 end "
                    + "from solde_mois s where s.domaine_id = :d and s.compte = :compte and s.mois <= :mois order by s.mois desc limit 1), 0) "
                    + "+ coalesce((select sum(j.volume_ml) from solde_jour j where j.domaine_id = :d and j.compte = :compte "
                    + "and j.date >= :mois and j.date < :date), 0)";

    private static long soldeA(Handle h, long domaineId, String cle, Position position) {
        if (position.date().getYear() > 200_000) { // after everything: the balance now
            return h.createQuery("select solde_ml from compte_solde where domaine_id = :d and compte = :compte")
                    .bind("d", domaineId)
                    .bind("compte", cle)
                    .mapTo(Long.class)
                    .findOne()
                    .orElse(0L);
        }
        LocalDate date = position.date();
        if (position.numero() == Long.MAX_VALUE) { // the end of a day: its month's opening and its days up to it
            return h.createQuery(
                            "select coalesce((select s.debut_ml + case when s.mois < :mois then s.volume_ml else 0 end "
                                    + "from solde_mois s where s.domaine_id = :d and s.compte = :compte and s.mois <= :mois order by s.mois desc "
                                    + "limit 1), 0) + coalesce((select sum(j.volume_ml) from solde_jour j where j.domaine_id = :d "
                                    + "and j.compte = :compte and j.date >= :mois and j.date <= :date), 0)")
                    .bind("d", domaineId)
                    .bind("compte", cle)
                    .bind("date", date)
                    .bind("mois", date.withDayOfMonth(1))
                    .mapTo(Long.class)
                    .one();
        }
        return h.createQuery(
                        "select " + OUVERTURE_DU_JOUR + " + coalesce((select sum(e.volume_ml) from ecriture e "
                                + "where e.domaine_id = :d and e.compte = :compte and e.date = :date and e.numero <= :numero), 0)")
                .bind("d", domaineId)
                .bind("compte", cle)
                .bind("date", date)
                .bind("mois", date.withDayOfMonth(1))
                .bind("numero", position.numero())
                .mapTo(Long.class)
                .one();
    }

    @Override
    public Volume soldeMinimumAPartirDe(long domaineId, Compte compte, Position position) {
        Optional<Long> lu = tx.prendre(new PgPreparationValidation.Extreme(domaineId, compte.cle(), position, "min"));
        if (lu.isPresent()) {
            return Volume.ml(lu.get());
        }
        return tx.avec(h -> Volume.ml(extreme(h, domaineId, compte.cle(), position, "min")));
    }

    @Override
    public Volume niveauMaximumAPartirDe(long domaineId, long cuveId, Position position) {
        Optional<Long> lu =
                tx.prendre(new PgPreparationValidation.Extreme(domaineId, PREFIXE_CUVE + cuveId, position, "max"));
        if (lu.isPresent()) {
            return Volume.ml(lu.get());
        }
        return tx.avec(h -> Volume.ml(extreme(h, domaineId, PREFIXE_CUVE + cuveId, position, "max")));
    }

    /**
     * The balance at the position and the lowest or highest one after it, in one query: the rest of
     * its day row by row, the rest of its month day by day, then month by month — never the rows of
     * the later days.
     */
    private static long extreme(Handle h, long domaineId, String cle, Position position, String fonction) {
        String colonne = "min".equals(fonction) ? "bas_ml" : "haut_ml";
        LocalDate date = borne(position.date());
        return h.createQuery(
                        "with jour as (select e.numero, sum(e.volume_ml) over (order by e.numero) as cumul from ecriture e "
                                + "where e.domaine_id = :d and e.compte = :compte and e.date = :date), "
                                + "ouverture as (select " + OUVERTURE_DU_JOUR + " as o), "
                                + "cloture as (select o + coalesce((select cumul from jour order by numero desc limit 1), 0) as f from ouverture) "
                                + "select o + coalesce((select cumul from jour where numero <= :numero order by numero desc limit 1), 0) as a, "
                                + "(select " + fonction + "(o + cumul) from jour where numero > :numero) as j, "
                                + "(select " + fonction + "(f + avant + " + colonne + ") from cloture, (select "
                                + colonne + ", coalesce(sum(volume_ml) "
                                + "over (order by date rows between unbounded preceding and 1 preceding), 0) as avant from solde_jour "
                                + "where domaine_id = :d and compte = :compte and date > :date and date < :moisSuivant) k) as k, "
                                + "(select " + fonction + "(debut_ml + " + colonne
                                + ") from solde_mois where domaine_id = :d and compte = :compte "
                                + "and mois > :mois) as m from ouverture")
                .bind("d", domaineId)
                .bind("compte", cle)
                .bind("date", date)
                .bind("mois", date.withDayOfMonth(1))
                .bind("moisSuivant", date.withDayOfMonth(1).plusMonths(1))
                .bind("numero", position.numero())
                .map((rs, ctx) -> {
                    long extreme = rs.getLong("a");
                    for (String apres : List.of("j", "k", "m")) {
                        long valeur = rs.getLong(apres);
                        if (!rs.wasNull()) {
                            extreme = "min".equals(fonction) ? Math.min(extreme, valeur) : Math.max(extreme, valeur);
                        }
                    }
                    return extreme;
                })
                .one();
    }

    /** PostgreSQL dates stop at year 5874897; LocalDate.MAX means "after everything". */
    private static LocalDate borne(LocalDate date) {
        return date.getYear() > 200_000 ? LocalDate.of(200_000, 1, 1) : date;
    }

    @Override
    public void verrouillerSoldes(long domaineId, List<Compte> comptes, List<Long> cuves) {
        TreeSet<String> cles = new TreeSet<>();
        comptes.forEach(c -> cles.add(c.cle()));
        cuves.forEach(c -> cles.add(PREFIXE_CUVE + c));
        if (cles.isEmpty()) {
            return;
        }
        if (tx.prendre(new PgPreparationValidation.SoldesVerrouilles(domaineId, cles))
                .isPresent()) {
            return; // locked by the validation's read-ahead, in the same order
        }
        String[] tableau = cles.toArray(String[]::new);
        // One statement creates the missing rows and locks them all, in key order: a row inserted or
        // updated is locked until the transaction ends.
        tx.avec(h -> h.createQuery(
                        "insert into compte_solde (domaine_id, compte, solde_ml) select :d, c, 0 from unnest(:cles) as c "
                                + "order by c on conflict (domaine_id, compte) do update set solde_ml = compte_solde.solde_ml returning compte")
                .bind("d", domaineId)
                .bind("cles", tableau)
                .mapTo(String.class)
                .list());
    }

    @Override
    public Map<Compte, Volume> soldes(long domaineId) {
        return tx.avec(h -> {
            Map<Compte, Volume> soldes = new LinkedHashMap<>();
            h.createQuery(
                            "select s.compte, s.solde_ml from compte_solde s where s.domaine_id = :d and s.compte not like 'cuve:%' "
                                    + "and exists (select 1 from ecriture e where e.domaine_id = s.domaine_id and e.compte = s.compte) "
                                    + "order by s.compte")
                    .bind("d", domaineId)
                    .map((rs, ctx) -> Map.entry(Compte.depuisCle(rs.getString(1)), Volume.ml(rs.getLong(2))))
                    .forEach(e -> soldes.put(e.getKey(), e.getValue()));
            return soldes;
        });
    }

    @Override
    public Optional<LocalDate> derniereDateValidee(long domaineId) {
        return tx.avec(
                h -> h.createQuery("select max(date) from mouvement where domaine_id = :d and statut <> 'BROUILLON'")
                        .bind("d", domaineId)
                        .mapTo(LocalDate.class)
                        .findOne());
    }

    /**
     * Writes the movements, their legs and their rows per account with {@code COPY}: they all
     * come after the register's last movement, so each balance now is the current balance
     * (locked by the caller) plus their legs; then the day and month summaries of the accounts
     * they touch are recomputed from the first imported day on.
     */
    @Override
    public void importer(long domaineId, List<Mouvement> valides) {
        if (valides.isEmpty()) {
            return;
        }
        tx.avec(h -> {
            List<Long> ids = h.createQuery("select nextval('monchai_id') from generate_series(1, :n)")
                    .bind("n", valides.size())
                    .mapTo(Long.class)
                    .list();
            TreeSet<Long> lots = new TreeSet<>();
            for (Mouvement m : valides) {
                for (LigneMouvement l : m.lignes()) {
                    if (l.compte() instanceof Compte.DeLot lot) {
                        lots.add(lot.lotId());
                    }
                }
            }
            Map<Long, String> cuveDuLot = new HashMap<>();
            h.createQuery("select id, cuve_id from lot where domaine_id = :d and id = any(:ids)")
                    .bind("d", domaineId)
                    .bind("ids", lots.toArray(Long[]::new))
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), PREFIXE_CUVE + rs.getLong(2)))
                    .forEach(e -> cuveDuLot.put(e.getKey(), e.getValue()));
            Map<String, Long> soldes = new HashMap<>();
            h.createQuery("select compte, solde_ml from compte_solde where domaine_id = :d")
                    .bind("d", domaineId)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .forEach(e -> soldes.put(e.getKey(), e.getValue()));
            Copie mouvements = new Copie(
                    "mouvement (domaine_id, id, type, date, statut, numero, commentaire, destination, apport, "
                            + "apport_millesime, apport_cepage, apport_parcelle_id, apport_appellation)");
            Copie lignes = new Copie("ligne_mouvement (domaine_id, mouvement_id, rang, compte, volume_ml)");
            Copie ecritures = new Copie("ecriture (domaine_id, compte, date, numero, mouvement_id, volume_ml)");
            TreeMap<String, Long> parCle = new TreeMap<>();
            TreeMap<String, Long> touches = new TreeMap<>();
            for (int i = 0; i < valides.size(); i++) {
                Mouvement m = valides.get(i);
                long id = ids.get(i);
                Optional<Composant> apport = m.apport();
                mouvements
                        .col(domaineId)
                        .col(id)
                        .col(m.type().name())
                        .col(m.date())
                        .col(m.statut().name())
                        .col(m.numero().getAsLong())
                        .col(m.commentaire())
                        .col(m.destination().map(Enum::name).orElse(null))
                        .col(apport.isPresent())
                        .col(apport.map(a -> Colonnes.nullable(a.millesime())).orElse(null))
                        .col(apport.map(Composant::cepage).orElse(null))
                        .col(apport.map(a -> Colonnes.nullable(a.parcelleId())).orElse(null))
                        .col(apport.map(Composant::appellation).orElse(null))
                        .fin();
                parCle.clear();
                for (int rang = 0; rang < m.lignes().size(); rang++) {
                    LigneMouvement l = m.lignes().get(rang);
                    long ml = l.volume().millilitres();
                    lignes.col(domaineId)
                            .col(id)
                            .col(rang)
                            .col(l.compte().cle())
                            .col(ml)
                            .fin();
                    parCle.merge(l.compte().cle(), ml, Long::sum);
                    if (l.compte() instanceof Compte.DeLot lot) {
                        parCle.merge(cuveDuLot.get(lot.lotId()), ml, Long::sum);
                    }
                }
                for (Map.Entry<String, Long> e : parCle.entrySet()) {
                    if (e.getValue() != 0) {
                        long apres = soldes.merge(e.getKey(), e.getValue(), Long::sum);
                        touches.put(e.getKey(), apres);
                        ecritures
                                .col(domaineId)
                                .col(e.getKey())
                                .col(m.date())
                                .col(m.numero().getAsLong())
                                .col(id)
                                .col(e.getValue())
                                .fin();
                    }
                }
            }
            mouvements.envoyer(h);
            lignes.envoyer(h);
            ecritures.envoyer(h);
            PreparedBatch maj = h.prepareBatch(
                    "insert into compte_solde (domaine_id, compte, solde_ml) values (:d, :compte, :solde) "
                            + "on conflict (domaine_id, compte) do update set solde_ml = excluded.solde_ml");
            touches.forEach((compte, solde) -> maj.bind("d", domaineId)
                    .bind("compte", compte)
                    .bind("solde", solde)
                    .add());
            maj.execute();
            LocalDate depuis = valides.stream()
                    .map(Mouvement::date)
                    .min(LocalDate::compareTo)
                    .orElseThrow();
            h.createUpdate(RECALCUL_DES_RESUMES)
                    .bind("d", domaineId)
                    .bind("comptes", touches.keySet().toArray(String[]::new))
                    .bind("depuis", depuis)
                    .bind("mois", depuis.withDayOfMonth(1))
                    .execute();
            return null;
        });
    }

    /**
     * The day and month summaries of some accounts, recomputed from their rows from a day on
     * (the import's first day: every row after it is new). Parameters {@code :d}, {@code :comptes},
     * {@code :depuis} and {@code :mois}, its month.
     */
    private static final String RECALCUL_DES_RESUMES = String.join(
            ";\n",
            "delete from solde_jour where domaine_id = :d and compte = any(:comptes) and date >= :depuis",
            "insert into solde_jour (domaine_id, compte, date, volume_ml, bas_ml, haut_ml) select :d, compte, date, sum(volume_ml), "
                    + "min(cumul), max(cumul) from (select compte, date, volume_ml, sum(volume_ml) over (partition by compte, date "
                    + "order by numero) as cumul from ecriture where domaine_id = :d and compte = any(:comptes) and date >= :depuis) e "
                    + "group by compte, date",
            "delete from solde_mois where domaine_id = :d and compte = any(:comptes) and mois >= :mois",
            "insert into solde_mois (domaine_id, compte, mois, debut_ml, volume_ml, bas_ml, haut_ml) select :d, compte, mois, "
                    + "ouverture + coalesce(sum(volume) over (partition by compte order by mois rows between unbounded preceding "
                    + "and 1 preceding), 0), volume, bas, haut from (select j.compte, j.mois, sum(j.volume_ml) as volume, "
                    + "min(j.avant + j.bas_ml) as bas, max(j.avant + j.haut_ml) as haut, coalesce((select p.debut_ml + p.volume_ml "
                    + "from solde_mois p where p.domaine_id = :d and p.compte = j.compte and p.mois < :mois order by p.mois desc "
                    + "limit 1), 0) as ouverture from (select compte, date_trunc('month', date)::date as mois, volume_ml, bas_ml, "
                    + "haut_ml, coalesce(sum(volume_ml) over (partition by compte, date_trunc('month', date) order by date rows "
                    + "between unbounded preceding and 1 preceding), 0) as avant from solde_jour where domaine_id = :d "
                    + "and compte = any(:comptes) and date >= :mois) j group by j.compte, j.mois) m");

    @Override
    public Optional<Mouvement> contrePassationDe(long domaineId, long mouvementId) {
        return tx.avec(h -> charger(
                        h,
                        h.createQuery("select * from mouvement where domaine_id = :d and contre_passe = :m "
                                        + "order by id limit 1")
                                .bind("d", domaineId)
                                .bind("m", mouvementId))
                .stream()
                .findFirst());
    }

    @Override
    public boolean estUtilise(long domaineId, Compte compte) {
        return tx.avec(h -> h.createQuery(
                        "select exists (select 1 from ligne_mouvement where domaine_id = :d and compte = :c)")
                .bind("d", domaineId)
                .bind("c", compte.cle())
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public int verrouillerJusquAu(long domaineId, LocalDate fin) {
        return tx.avec(h -> {
            // Hold the register counter, as validations do, so that none lands in the period meanwhile.
            h.createUpdate(
                            "insert into compteur (domaine_id, serie, valeur) values (:d, 'registre', 0) on conflict do nothing")
                    .bind("d", domaineId)
                    .execute();
            h.createQuery("select valeur from compteur where domaine_id = :d and serie = 'registre' for update")
                    .bind("d", domaineId)
                    .mapTo(Long.class)
                    .one();
            return h.createUpdate(
                            "update mouvement set statut = 'VERROUILLE' where domaine_id = :d and statut = 'VALIDE' "
                                    + "and date <= :fin")
                    .bind("d", domaineId)
                    .bind("fin", fin)
                    .execute();
        });
    }
}
