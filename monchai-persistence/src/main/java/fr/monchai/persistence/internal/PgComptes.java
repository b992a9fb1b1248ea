package fr.monchai.persistence.internal;

import fr.monchai.comptes.Comptes;
import fr.monchai.comptes.JetonApi;
import fr.monchai.comptes.LienCourriel;
import fr.monchai.comptes.ObjetLien;
import fr.monchai.comptes.Personne;
import fr.monchai.comptes.Role;
import fr.monchai.comptes.SessionStockee;
import fr.monchai.comptes.StatutMembre;
import fr.monchai.comptes.Utilisateur;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** The people, memberships, sessions, API tokens and mailed links on PostgreSQL. */
final class PgComptes implements Comptes {

    private final TransactionsPg tx;

    PgComptes(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public void verrouillerAdresse(String email) {
        tx.avec(h -> h.createQuery("select pg_advisory_xact_lock(hashtext(lower(:e)))")
                .bind("e", email)
                .mapTo(String.class)
                .one());
    }

    @Override
    public Optional<Personne> personne(String email) {
        return tx.avec(h -> h.createQuery(
                        "select email, mot_de_passe, verifiee_le, domaine_prefere from personne where email = :e")
                .bind("e", bas(email))
                .map((rs, ctx) -> new Personne(
                        rs.getString(1),
                        Optional.ofNullable(rs.getString(2)),
                        Optional.ofNullable(rs.getTimestamp(3)).map(Timestamp::toInstant),
                        rs.getObject(4) == null ? OptionalLong.empty() : OptionalLong.of(rs.getLong(4))))
                .findOne());
    }

    @Override
    public void enregistrerPersonne(String email, String hache, Instant verifieeLe) {
        tx.avec(h -> h.createUpdate(
                        "insert into personne (email, mot_de_passe, verifiee_le) values (:e, :m, :v) "
                                + "on conflict (email) do update set mot_de_passe = excluded.mot_de_passe, verifiee_le = excluded.verifiee_le")
                .bind("e", bas(email))
                .bind("m", hache)
                .bind("v", utc(verifieeLe))
                .execute());
    }

    @Override
    public void verifier(String email, Instant verifieeLe) {
        tx.avec(h -> h.createUpdate("update personne set verifiee_le = coalesce(verifiee_le, :v) where email = :e")
                .bind("e", bas(email))
                .bind("v", utc(verifieeLe))
                .execute());
    }

    @Override
    public void preferer(String email, long domaineId) {
        tx.avec(h -> h.createUpdate("update personne set domaine_prefere = :d where email = :e")
                .bind("e", bas(email))
                .bind("d", domaineId)
                .execute());
    }

    @Override
    public List<Utilisateur> parAdresse(String email) {
        // The one query across domaines: a log-in names an address, not a domaine.
        return tx.avec(
                h -> h.createQuery("select * from utilisateur where lower(email) = lower(:e) order by domaine_id, id")
                        .bind("e", email)
                        .map((rs, ctx) -> utilisateur(rs))
                        .list());
    }

    @Override
    public Utilisateur inserer(Utilisateur u, Instant le) {
        return tx.avec(h -> {
            long id = Colonnes.nouvelId(h);
            h.createUpdate(
                            "insert into utilisateur (domaine_id, id, email, nom, role, statut, invite_le) values (:d, :id, :e, :n, :r, :s, :i)")
                    .bind("d", u.domaineId())
                    .bind("id", id)
                    .bind("e", u.email())
                    .bind("n", u.nom())
                    .bind("r", u.role().name())
                    .bind("s", u.statut().name())
                    .bind("i", u.statut() == StatutMembre.INVITE ? utc(le) : null)
                    .execute();
            return new Utilisateur(id, u.domaineId(), u.email(), u.nom(), u.role(), u.statut());
        });
    }

    @Override
    public Optional<Utilisateur> trouver(long domaineId, long id) {
        return tx.trouver("utilisateur", domaineId, id, (rs, ctx) -> utilisateur(rs));
    }

    @Override
    public List<Utilisateur> membres(long domaineId) {
        return tx.lister("utilisateur", domaineId, (rs, ctx) -> utilisateur(rs));
    }

    @Override
    public void verrouillerMembres(long domaineId) {
        tx.avec(h -> h.createQuery("select id from utilisateur where domaine_id = :d order by id for update")
                .bind("d", domaineId)
                .mapTo(Long.class)
                .list());
    }

    @Override
    public void modifier(Utilisateur u) {
        tx.avec(h -> h.createUpdate("update utilisateur set nom = :n, role = :r where domaine_id = :d and id = :id")
                .bind("n", u.nom())
                .bind("r", u.role().name())
                .bind("d", u.domaineId())
                .bind("id", u.id())
                .execute());
    }

    @Override
    public void activer(long domaineId, long id) {
        tx.avec(h -> h.createUpdate("update utilisateur set statut = 'ACTIF' where domaine_id = :d and id = :id")
                .bind("d", domaineId)
                .bind("id", id)
                .execute());
    }

    @Override
    public void supprimer(long domaineId, long id) {
        tx.avec(h -> {
            for (String table : List.of("session_web", "jeton_api", "idempotence")) {
                h.createUpdate("delete from " + table + " where domaine_id = :d and utilisateur_id = :id")
                        .bind("d", domaineId)
                        .bind("id", id)
                        .execute();
            }
            h.createUpdate("delete from lien_courriel where domaine_id = :d and utilisateur_id = :id")
                    .bind("d", domaineId)
                    .bind("id", id)
                    .execute();
            return h.createUpdate("delete from utilisateur where domaine_id = :d and id = :id")
                    .bind("d", domaineId)
                    .bind("id", id)
                    .execute();
        });
    }

    @Override
    public void ouvrirSession(
            long domaineId, String empreinte, long utilisateurId, String csrf, Instant ouverte, Instant expire) {
        tx.avec(h -> h.createUpdate(
                        "insert into session_web (domaine_id, jeton_sha256, utilisateur_id, csrf, cree_le, expire) "
                                + "values (:d, :j, :u, :csrf, :cree, :expire)")
                .bind("d", domaineId)
                .bind("j", empreinte)
                .bind("u", utilisateurId)
                .bind("csrf", csrf)
                .bind("cree", utc(ouverte))
                .bind("expire", utc(expire))
                .execute());
    }

    @Override
    public Optional<SessionStockee> prolongerSession(
            long domaineId, String empreinte, Instant maintenant, Duration inactivite, Duration dureeMax) {
        return tx.avec(h -> h.createQuery(
                        "update session_web set expire = least(:prochaine, cree_le + make_interval(secs => :max)) "
                                + "where domaine_id = :d and jeton_sha256 = :j and expire > :maintenant "
                                + "and cree_le + make_interval(secs => :max) > :maintenant returning utilisateur_id, csrf")
                .bind("prochaine", utc(maintenant.plus(inactivite)))
                .bind("max", (double) dureeMax.toSeconds())
                .bind("d", domaineId)
                .bind("j", empreinte)
                .bind("maintenant", utc(maintenant))
                .map((rs, ctx) -> new SessionStockee(rs.getLong(1), rs.getString(2)))
                .findOne());
    }

    @Override
    public void fermerSession(long domaineId, String empreinte) {
        tx.avec(h -> h.createUpdate("delete from session_web where domaine_id = :d and jeton_sha256 = :j")
                .bind("d", domaineId)
                .bind("j", empreinte)
                .execute());
    }

    @Override
    public void fermerSessions(String email) {
        tx.avec(h -> h.createUpdate("delete from session_web s using utilisateur u where u.domaine_id = s.domaine_id "
                        + "and u.id = s.utilisateur_id and lower(u.email) = lower(:e)")
                .bind("e", email)
                .execute());
    }

    @Override
    public long creerJeton(
            long domaineId, String empreinte, long utilisateurId, String nom, Instant cree, Instant expire) {
        return tx.avec(h -> {
            long id = Colonnes.nouvelId(h);
            h.createUpdate("insert into jeton_api (domaine_id, id, jeton_sha256, utilisateur_id, nom, cree_le, expire) "
                            + "values (:d, :id, :j, :u, :n, :c, :e)")
                    .bind("d", domaineId)
                    .bind("id", id)
                    .bind("j", empreinte)
                    .bind("u", utilisateurId)
                    .bind("n", nom)
                    .bind("c", utc(cree))
                    .bind("e", utc(expire))
                    .execute();
            return id;
        });
    }

    @Override
    public Optional<Long> jeton(long domaineId, String empreinte, Instant maintenant) {
        return tx.avec(h -> h.createQuery(
                        "select utilisateur_id from jeton_api where domaine_id = :d and jeton_sha256 = :j and expire > :m")
                .bind("d", domaineId)
                .bind("j", empreinte)
                .bind("m", utc(maintenant))
                .mapTo(Long.class)
                .findOne());
    }

    @Override
    public List<JetonApi> jetons(long domaineId) {
        return tx.avec(h -> h.createQuery(
                        "select id, nom, utilisateur_id, cree_le, expire from jeton_api where domaine_id = :d order by id")
                .bind("d", domaineId)
                .map((rs, ctx) -> new JetonApi(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant()))
                .list());
    }

    @Override
    public boolean revoquerJeton(long domaineId, long id) {
        return tx.avec(h -> h.createUpdate("delete from jeton_api where domaine_id = :d and id = :id")
                        .bind("d", domaineId)
                        .bind("id", id)
                        .execute())
                > 0;
    }

    @Override
    public void creerLien(LienCourriel l, Instant cree) {
        tx.avec(h -> {
            h.createUpdate("delete from lien_courriel where expire < :avant")
                    .bind("avant", utc(cree.minus(Duration.ofDays(30))))
                    .execute();
            return h.createUpdate(
                            "insert into lien_courriel (empreinte, objet, email, domaine_id, utilisateur_id, nom_domaine, nom, "
                                    + "mot_de_passe, cree_le, expire) values (:empreinte, :objet, :email, :d, :u, :nd, :n, :m, :c, :e)")
                    .bind("empreinte", l.empreinte())
                    .bind("objet", l.objet().name())
                    .bind("email", bas(l.email()))
                    .bind("d", l.domaineId().isPresent() ? l.domaineId().getAsLong() : null)
                    .bind("u", l.utilisateurId().isPresent() ? l.utilisateurId().getAsLong() : null)
                    .bind("nd", l.nomDomaine().orElse(null))
                    .bind("n", l.nom().orElse(null))
                    .bind("m", l.motDePasse().orElse(null))
                    .bind("c", utc(cree))
                    .bind("e", utc(l.expire()))
                    .execute();
        });
    }

    @Override
    public Optional<LienCourriel> lien(String empreinte, ObjetLien objet, Instant maintenant) {
        return tx.avec(h -> h.createQuery("select * from lien_courriel where empreinte = :empreinte and objet = :objet "
                        + "and utilise_le is null and expire > :m")
                .bind("empreinte", empreinte)
                .bind("objet", objet.name())
                .bind("m", utc(maintenant))
                .map((rs, ctx) -> lien(rs))
                .findOne());
    }

    @Override
    public Optional<LienCourriel> utiliserLien(String empreinte, ObjetLien objet, Instant maintenant) {
        return tx.avec(h -> h.createQuery(
                        "update lien_courriel set utilise_le = :m where empreinte = :empreinte and objet = :objet "
                                + "and utilise_le is null and expire > :m returning *")
                .bind("empreinte", empreinte)
                .bind("objet", objet.name())
                .bind("m", utc(maintenant))
                .map((rs, ctx) -> lien(rs))
                .findOne());
    }

    @Override
    public void annulerLiens(String email, ObjetLien objet) {
        tx.avec(h -> h.createUpdate(
                        "delete from lien_courriel where lower(email) = lower(:e) and objet = :o and utilise_le is null")
                .bind("e", email)
                .bind("o", objet.name())
                .execute());
    }

    private static LienCourriel lien(ResultSet rs) throws SQLException {
        return new LienCourriel(
                rs.getString("empreinte"),
                ObjetLien.valueOf(rs.getString("objet")),
                rs.getString("email"),
                rs.getObject("domaine_id") == null ? OptionalLong.empty() : OptionalLong.of(rs.getLong("domaine_id")),
                rs.getObject("utilisateur_id") == null
                        ? OptionalLong.empty()
                        : OptionalLong.of(rs.getLong("utilisateur_id")),
                Optional.ofNullable(rs.getString("nom_domaine")),
                Optional.ofNullable(rs.getString("nom")),
                Optional.ofNullable(rs.getString("mot_de_passe")),
                rs.getTimestamp("expire").toInstant());
    }

    private static Utilisateur utilisateur(ResultSet rs) throws SQLException {
        return new Utilisateur(
                rs.getLong("id"),
                rs.getLong("domaine_id"),
                rs.getString("email"),
                rs.getString("nom"),
                Role.valueOf(rs.getString("role")),
                StatutMembre.valueOf(rs.getString("statut")));
    }

    private static String bas(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
