package fr.monchai.persistence.internal;

import fr.monchai.core.compte.Comptes;
import fr.monchai.core.compte.Role;
import fr.monchai.core.compte.SessionStockee;
import fr.monchai.core.compte.Utilisateur;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The members, sessions and API tokens on PostgreSQL. */
final class PgComptes implements Comptes {

    private final TransactionsPg tx;

    PgComptes(TransactionsPg tx) {
        this.tx = tx;
    }

    @Override
    public void verrouillerAdresse(String email) {
        tx.avec(h -> h.createQuery("select pg_advisory_xact_lock(hashtext(lower(:e)))").bind("e", email).mapTo(String.class).one());
    }

    @Override
    public List<Utilisateur> parAdresse(String email) {
        // The one query across domaines: a login names an address, not a domaine.
        return tx.avec(h -> h.createQuery("select * from utilisateur where lower(email) = lower(:e) order by domaine_id, id")
                .bind("e", email).map((rs, ctx) -> utilisateur(rs)).list());
    }

    @Override
    public Optional<String> motDePasse(String email) {
        return tx.avec(h -> h.createQuery("select mot_de_passe from utilisateur where lower(email) = lower(:e) order by domaine_id, id limit 1")
                .bind("e", email).mapTo(String.class).findOne());
    }

    @Override
    public Utilisateur inserer(Utilisateur u, String hache) {
        return tx.avec(h -> {
            long id = Colonnes.nouvelId(h);
            h.createUpdate("insert into utilisateur (domaine_id, id, email, nom, role, mot_de_passe) values (:d, :id, :e, :n, :r, :m)")
                    .bind("d", u.domaineId()).bind("id", id).bind("e", u.email()).bind("n", u.nom()).bind("r", u.role().name())
                    .bind("m", hache).execute();
            return new Utilisateur(id, u.domaineId(), u.email(), u.nom(), u.role());
        });
    }

    @Override
    public Optional<Utilisateur> trouver(long domaineId, long id) {
        return tx.trouver("utilisateur", domaineId, id, (rs, ctx) -> utilisateur(rs));
    }

    @Override
    public void changerMotDePasse(String email, String hache) {
        tx.avec(h -> h.createUpdate("update utilisateur set mot_de_passe = :m where lower(email) = lower(:e)").bind("m", hache)
                .bind("e", email).execute());
    }

    @Override
    public List<Utilisateur> membres(long domaineId) {
        return tx.lister("utilisateur", domaineId, (rs, ctx) -> utilisateur(rs));
    }

    @Override
    public void verrouillerMembres(long domaineId) {
        tx.avec(h -> h.createQuery("select id from utilisateur where domaine_id = :d order by id for update").bind("d", domaineId)
                .mapTo(Long.class).list());
    }

    @Override
    public void changerRole(long domaineId, long id, Role role) {
        tx.avec(h -> h.createUpdate("update utilisateur set role = :r where domaine_id = :d and id = :id").bind("r", role.name())
                .bind("d", domaineId).bind("id", id).execute());
    }

    @Override
    public void ouvrirSession(long domaineId, String empreinte, long utilisateurId, String csrf, Instant expire) {
        tx.avec(h -> h.createUpdate("insert into session_web (domaine_id, jeton_sha256, utilisateur_id, csrf, expire) "
                        + "values (:d, :j, :u, :csrf, :expire)")
                .bind("d", domaineId).bind("j", empreinte).bind("u", utilisateurId).bind("csrf", csrf)
                .bind("expire", OffsetDateTime.ofInstant(expire, ZoneOffset.UTC)).execute());
    }

    @Override
    public Optional<SessionStockee> prolongerSession(long domaineId, String empreinte, Instant expire) {
        return tx.avec(h -> h.createQuery("update session_web set expire = :expire where domaine_id = :d and jeton_sha256 = :j "
                        + "and expire > now() returning utilisateur_id, csrf")
                .bind("expire", OffsetDateTime.ofInstant(expire, ZoneOffset.UTC)).bind("d", domaineId).bind("j", empreinte)
                .map((rs, ctx) -> new SessionStockee(rs.getLong(1), rs.getString(2))).findOne());
    }

    @Override
    public void fermerSession(long domaineId, String empreinte) {
        tx.avec(h -> h.createUpdate("delete from session_web where domaine_id = :d and jeton_sha256 = :j").bind("d", domaineId)
                .bind("j", empreinte).execute());
    }

    @Override
    public void creerJeton(long domaineId, String empreinte, long utilisateurId, String nom) {
        tx.avec(h -> h.createUpdate("insert into jeton_api (domaine_id, jeton_sha256, utilisateur_id, nom) values (:d, :j, :u, :n)")
                .bind("d", domaineId).bind("j", empreinte).bind("u", utilisateurId).bind("n", nom).execute());
    }

    @Override
    public Optional<Long> jeton(long domaineId, String empreinte) {
        return tx.avec(h -> h.createQuery("select utilisateur_id from jeton_api where domaine_id = :d and jeton_sha256 = :j")
                .bind("d", domaineId).bind("j", empreinte).mapTo(Long.class).findOne());
    }

    private static Utilisateur utilisateur(ResultSet rs) throws SQLException {
        return new Utilisateur(rs.getLong("id"), rs.getLong("domaine_id"), rs.getString("email"), rs.getString("nom"),
                Role.valueOf(rs.getString("role")));
    }
}
