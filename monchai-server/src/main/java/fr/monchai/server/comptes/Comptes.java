package fr.monchai.server.comptes;

import fr.monchai.core.CodeErreur;
import fr.monchai.core.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The accounts of the SaaS: signing up (a domaine and its first administrator), logging in
 * (a session cookie with its CSRF token), API tokens for integrators, members and roles.
 * Secrets are stored only as SHA-256 hashes; passwords with PBKDF2.
 */
public final class Comptes {

    /** How long a browser session lasts without activity. */
    public static final Duration DUREE_SESSION = Duration.ofHours(12);

    private static final SecureRandom ALEA = new SecureRandom();

    private final Jdbi jdbi;

    /** @param dataSource the pool on the migrated database */
    public Comptes(DataSource dataSource) {
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * A new session: the cookie's value and the token the browser must echo in {@code X-CSRF-Token}.
     *
     * @param cookie the session cookie's value
     * @param csrf the CSRF token
     * @param utilisateur who is logged in
     */
    public record Session(String cookie, String csrf, Utilisateur utilisateur) {}

    /**
     * Creates a domaine and its first user, an administrator.
     *
     * @param domaine the domaine's name
     * @param email the administrator's e-mail
     * @param nom the administrator's name
     * @param motDePasse the password (at least 10 characters)
     * @return the administrator
     */
    public Utilisateur inscrire(String domaine, String email, String nom, String motDePasse) {
        exigerTexte("domaine", domaine, 200);
        verifierIdentite(email, nom, motDePasse);
        String hache = MotsDePasse.hacher(motDePasse);
        return jdbi.inTransaction(h -> {
            exigerEmailLibre(h, email);
            long d = h.createQuery("insert into domaine (domaine_id, nom) values (nextval('monchai_id'), :nom) returning domaine_id")
                    .bind("nom", domaine.strip()).mapTo(Long.class).one();
            return inserer(h, d, email, nom, Role.ADMIN, hache);
        });
    }

    /**
     * Adds a member to a domaine (an administrator's act; the route checks the role).
     *
     * @param domaineId the domaine
     * @param email the member's e-mail
     * @param nom the member's name
     * @param role the role
     * @param motDePasse a first password
     * @return the member
     */
    public Utilisateur inviter(long domaineId, String email, String nom, Role role, String motDePasse) {
        verifierIdentite(email, nom, motDePasse);
        if (role == null) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "role", "le rôle est obligatoire : ADMIN, OENOLOGUE, OPERATEUR ou COMPTA");
        }
        String hache = MotsDePasse.hacher(motDePasse);
        return jdbi.inTransaction(h -> {
            exigerEmailLibre(h, email);
            return inserer(h, domaineId, email, nom, role, hache);
        });
    }

    /**
     * Changes a member's role; a domaine keeps at least one administrator.
     *
     * @param domaineId the domaine
     * @param utilisateurId the member
     * @param role the new role
     * @return the member
     */
    public Utilisateur changerRole(long domaineId, long utilisateurId, Role role) {
        if (role == null) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "role", "le rôle est obligatoire : ADMIN, OENOLOGUE, OPERATEUR ou COMPTA");
        }
        return jdbi.inTransaction(h -> {
            h.createQuery("select id from utilisateur where domaine_id = :d order by id for update").bind("d", domaineId)
                    .mapTo(Long.class).list();
            Utilisateur u = utilisateur(h, domaineId, utilisateurId).orElseThrow(() -> new DomainException(CodeErreur.INTROUVABLE,
                    "utilisateurId", "l'utilisateur n° " + utilisateurId + " n'existe pas dans ce domaine"));
            long admins = h.createQuery("select count(*) from utilisateur where domaine_id = :d and role = 'ADMIN'").bind("d", domaineId)
                    .mapTo(Long.class).one();
            if (u.role() == Role.ADMIN && role != Role.ADMIN && admins == 1) {
                throw new DomainException(CodeErreur.OPERATION_INCOHERENTE, "role", "le domaine doit garder au moins un administrateur");
            }
            h.createUpdate("update utilisateur set role = :r where domaine_id = :d and id = :id").bind("r", role.name())
                    .bind("d", domaineId).bind("id", utilisateurId).execute();
            return new Utilisateur(u.id(), u.domaineId(), u.email(), u.nom(), role);
        });
    }

    /**
     * @param domaineId the domaine
     * @return its members
     */
    public List<Utilisateur> membres(long domaineId) {
        return jdbi.withHandle(h -> h.createQuery("select * from utilisateur where domaine_id = :d order by id").bind("d", domaineId)
                .map((rs, ctx) -> new Utilisateur(rs.getLong("id"), rs.getLong("domaine_id"), rs.getString("email"), rs.getString("nom"),
                        Role.valueOf(rs.getString("role")))).list());
    }

    /**
     * @param email an e-mail
     * @param motDePasse a password
     * @return a new session, when they match a user
     */
    public Optional<Session> connecter(String email, String motDePasse) {
        if (email == null || motDePasse == null) {
            return Optional.empty();
        }
        return jdbi.inTransaction(h -> {
            Optional<String[]> trouve = h.createQuery("select domaine_id, id, mot_de_passe from utilisateur where lower(email) = lower(:e)")
                    .bind("e", email.strip()).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                    .findOne();
            if (trouve.isEmpty() || !MotsDePasse.verifier(motDePasse, trouve.get()[2])) {
                return Optional.empty();
            }
            long d = Long.parseLong(trouve.get()[0]);
            Utilisateur u = utilisateur(h, d, Long.parseLong(trouve.get()[1])).orElseThrow();
            String jeton = aleatoire();
            String csrf = aleatoire();
            h.createUpdate("insert into session_web values (:d, :j, :u, :csrf, :expire)").bind("d", d).bind("j", sha256(jeton))
                    .bind("u", u.id()).bind("csrf", csrf).bind("expire", OffsetDateTime.ofInstant(Instant.now().plus(DUREE_SESSION),
                            ZoneOffset.UTC)).execute();
            return Optional.of(new Session(d + "." + jeton, csrf, u));
        });
    }

    /**
     * @param cookie a session cookie's value
     * @return its session, while it is valid (its expiry slides)
     */
    public Optional<Session> session(String cookie) {
        return lire(cookie).flatMap(id -> jdbi.inTransaction(h -> h.createQuery("update session_web set expire = :expire "
                        + "where domaine_id = :d and jeton_sha256 = :j and expire > now() returning utilisateur_id, csrf")
                .bind("expire", OffsetDateTime.ofInstant(Instant.now().plus(DUREE_SESSION), ZoneOffset.UTC))
                .bind("d", id.domaineId()).bind("j", sha256(id.secret()))
                .map((rs, ctx) -> new SessionStockee(rs.getLong(1), rs.getString(2))).findOne()
                .flatMap(s -> utilisateur(h, id.domaineId(), s.utilisateurId()).map(u -> new Session(cookie, s.csrf(), u)))));
    }

    private record SessionStockee(long utilisateurId, String csrf) {
    }

    /** @param cookie a session cookie's value, to end */
    public void deconnecter(String cookie) {
        lire(cookie).ifPresent(id -> jdbi.useHandle(h -> h.createUpdate("delete from session_web where domaine_id = :d and "
                + "jeton_sha256 = :j").bind("d", id.domaineId()).bind("j", sha256(id.secret())).execute()));
    }

    /**
     * A bearer token for an integrator, shown once.
     *
     * @param domaineId the domaine
     * @param utilisateurId whose rights it carries
     * @param nom what it is for
     * @return the token
     */
    public String creerJeton(long domaineId, long utilisateurId, String nom) {
        exigerTexte("nom", nom, 100);
        String jeton = aleatoire();
        jdbi.useHandle(h -> h.createUpdate("insert into jeton_api values (:d, :j, :u, :n)").bind("d", domaineId).bind("j", sha256(jeton))
                .bind("u", utilisateurId).bind("n", nom.strip()).execute());
        return "mc" + domaineId + "." + jeton;
    }

    /**
     * @param jeton a bearer token
     * @return whose it is
     */
    public Optional<Utilisateur> parJeton(String jeton) {
        if (jeton == null || !jeton.startsWith("mc")) {
            return Optional.empty();
        }
        return lire(jeton.substring(2)).flatMap(id -> jdbi.withHandle(h -> h.createQuery("select utilisateur_id from jeton_api "
                        + "where domaine_id = :d and jeton_sha256 = :j")
                .bind("d", id.domaineId()).bind("j", sha256(id.secret())).mapTo(Long.class).findOne()
                .flatMap(u -> utilisateur(h, id.domaineId(), u))));
    }

    /** A session cookie or a bearer token without its prefix: the domaine, a dot, the secret whose hash is stored. */
    private record Identifiant(long domaineId, String secret) {
    }

    private static Optional<Identifiant> lire(String valeur) {
        if (valeur == null) {
            return Optional.empty();
        }
        int i = valeur.indexOf('.');
        if (i <= 0 || i == valeur.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Identifiant(Long.parseLong(valeur.substring(0, i)), valeur.substring(i + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Utilisateur> utilisateur(Handle h, long domaineId, long id) {
        return h.createQuery("select * from utilisateur where domaine_id = :d and id = :id").bind("d", domaineId).bind("id", id)
                .map((rs, ctx) -> new Utilisateur(rs.getLong("id"), rs.getLong("domaine_id"), rs.getString("email"), rs.getString("nom"),
                        Role.valueOf(rs.getString("role")))).findOne();
    }

    private static Utilisateur inserer(Handle h, long domaineId, String email, String nom, Role role, String hache) {
        long id = h.createQuery("insert into utilisateur values (:d, nextval('monchai_id'), :e, :n, :r, :m) returning id")
                .bind("d", domaineId).bind("e", email.strip()).bind("n", nom.strip()).bind("r", role.name()).bind("m", hache)
                .mapTo(Long.class).one();
        return new Utilisateur(id, domaineId, email.strip(), nom.strip(), role);
    }

    /** E-mails are unique across domaines: one lock per address, then a look. */
    private static void exigerEmailLibre(Handle h, String email) {
        h.execute("select pg_advisory_xact_lock(hashtext(lower(?)))", email.strip());
        boolean pris = h.createQuery("select exists (select 1 from utilisateur where lower(email) = lower(:e))").bind("e", email.strip())
                .mapTo(Boolean.class).one();
        if (pris) {
            throw new DomainException(CodeErreur.OPERATION_INCOHERENTE, "email", "un compte existe déjà pour cette adresse");
        }
    }

    private static void verifierIdentite(String email, String nom, String motDePasse) {
        if (email == null || !email.strip().matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}") || email.length() > 200) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "email", "doit être une adresse électronique valide");
        }
        exigerTexte("nom", nom, 200);
        if (motDePasse == null || motDePasse.length() < 10 || motDePasse.length() > 200) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "motDePasse", "doit compter entre 10 et 200 caractères");
        }
    }

    private static void exigerTexte(String champ, String valeur, int max) {
        if (valeur == null || valeur.isBlank() || valeur.length() > max) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, champ, "est obligatoire (au plus " + max + " caractères)");
        }
    }

    private static String aleatoire() {
        byte[] octets = new byte[32];
        ALEA.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
