package fr.monchai.core.compte;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.chai.Domaine;
import fr.monchai.core.registre.Domaines;
import fr.monchai.core.commun.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The accounts of the hosted product: signing up (a domaine and its first administrator),
 * members and roles, sessions, API tokens. A person (an e-mail address) may belong to several
 * domaines with a role in each — a consulting œnologue, an accounting firm — and a session
 * is always in one of them: every query it makes is scoped to that domaine. Passwords are
 * kept as slow salted hashes (PBKDF2), session cookies and tokens as SHA-256 only.
 */
public final class CompteService {

    /** How long a browser session lasts without activity. */
    public static final Duration DUREE_SESSION = Duration.ofHours(12);

    private static final SecureRandom ALEA = new SecureRandom();
    /** Checked when an address is unknown, so that a wrong address takes as long as a wrong password. */
    private static final String HACHE_LEURRE = MotsDePasse.hacher("leurre-" + ALEA.nextLong());

    private final Transactions transactions;
    private final Domaines domaines;
    private final Comptes comptes;

    /**
     * Builds the service over the store's ports. An application takes it from {@link fr.monchai.core.MonChai},
     * which builds every service over one store; a store's own tests build it directly.
     *
     * @param transactions the store's transactions, shared with the domaines
     * @param domaines where domaines are created
     * @param comptes where members, sessions and tokens are kept
     */
    public CompteService(Transactions transactions, Domaines domaines, Comptes comptes) {
        this.transactions = transactions;
        this.domaines = domaines;
        this.comptes = comptes;
    }

    /**
     * Creates a domaine, makes the person its administrator and opens a session in it. An
     * address that already has an account may create another domaine with its own password
     * (it then belongs to both).
     *
     * @param domaine the domaine's name
     * @param email the administrator's address
     * @param nom the administrator's name
     * @param motDePasse at least 10 characters
     * @return the session, in the new domaine
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Session inscrire(String domaine, String email, String nom, String motDePasse) {
        exigerTexte("domaine", domaine, 200);
        verifierIdentite(email, nom, motDePasse);
        String nouveau = MotsDePasse.hacher(motDePasse);
        return transactions.executer(() -> {
            String adresse = email.strip();
            comptes.verrouillerAdresse(adresse);
            Optional<String> existant = comptes.motDePasse(adresse);
            if (existant.isPresent() && !MotsDePasse.verifier(motDePasse, existant.get())) {
                throw new DomainException(CodeErreur.OPERATION_INCOHERENTE, "email",
                        "un compte existe déjà pour cette adresse : donnez son mot de passe pour lui ajouter un domaine");
            }
            Domaine d = domaines.inserer(new Domaine(0, domaine.strip()));
            Utilisateur admin = comptes.inserer(new Utilisateur(0, d.id(), adresse, nom.strip(), Role.ADMIN), existant.orElse(nouveau));
            return ouvrir(admin);
        });
    }

    /**
     * Adds a member to a domaine. An address that already has an account (in another domaine)
     * joins with the password it has; the one given is then not used, and the answer is the
     * same, so an administrator learns nothing of other domaines.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param email the member's address
     * @param nom the member's name in this domaine
     * @param role what they may do here
     * @param motDePasse a first password, for an address new to Mon Chai
     * @return the membership
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Utilisateur inviter(long domaineId, String email, String nom, Role role, String motDePasse) {
        verifierIdentite(email, nom, motDePasse);
        exigerRole(role);
        String nouveau = MotsDePasse.hacher(motDePasse);
        return transactions.executer(() -> {
            String adresse = email.strip();
            comptes.verrouillerAdresse(adresse);
            if (comptes.parAdresse(adresse).stream().anyMatch(u -> u.domaineId() == domaineId)) {
                throw new DomainException(CodeErreur.OPERATION_INCOHERENTE, "email", "cette adresse est déjà membre du domaine");
            }
            return comptes.inserer(new Utilisateur(0, domaineId, adresse, nom.strip(), role),
                    comptes.motDePasse(adresse).orElse(nouveau));
        });
    }

    /**
     * Changes a member's role; a domaine keeps at least one administrator.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param utilisateurId the membership
     * @param role the new role
     * @return the membership
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public Utilisateur changerRole(long domaineId, long utilisateurId, Role role) {
        exigerRole(role);
        return transactions.executer(() -> {
            comptes.verrouillerMembres(domaineId);
            Utilisateur u = comptes.trouver(domaineId, utilisateurId).orElseThrow(() -> new DomainException(CodeErreur.INTROUVABLE,
                    "utilisateurId", "l'utilisateur n° " + utilisateurId + " n'existe pas dans ce domaine"));
            long admins = comptes.membres(domaineId).stream().filter(m -> m.role() == Role.ADMIN).count();
            if (u.role() == Role.ADMIN && role != Role.ADMIN && admins == 1) {
                throw new DomainException(CodeErreur.OPERATION_INCOHERENTE, "role", "le domaine doit garder au moins un administrateur");
            }
            comptes.changerRole(domaineId, utilisateurId, role);
            return new Utilisateur(u.id(), u.domaineId(), u.email(), u.nom(), role);
        });
    }

    /**
     * Changes a person's password, for every domaine they belong to: how an invited member
     * replaces the first password an administrator gave them.
     *
     * @param utilisateur who is logged in
     * @param actuel their current password
     * @param nouveau the new one, at least 10 characters
     * @throws DomainException on {@code motDePasse} when the current one is wrong, on {@code nouveauMotDePasse} when the new one is too short
     */
    public void changerMotDePasse(Utilisateur utilisateur, String actuel, String nouveau) {
        if (nouveau == null || nouveau.length() < 10 || nouveau.length() > 200) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "nouveauMotDePasse", "doit compter entre 10 et 200 caractères");
        }
        String hache = MotsDePasse.hacher(nouveau);
        Optional<String> stocke = comptes.motDePasse(utilisateur.email());
        if (actuel == null || stocke.isEmpty() || !MotsDePasse.verifier(actuel, stocke.get())) {
            throw new DomainException(CodeErreur.OPERATION_INCOHERENTE, "motDePasse", "le mot de passe actuel n'est pas celui-ci");
        }
        transactions.executer(() -> {
            comptes.changerMotDePasse(utilisateur.email(), hache);
            return null;
        });
    }

    /**
     * {@return whether the address has an account, in any domaine}
     *
     * @param email an address
     */
    public boolean existe(String email) {
        return email != null && comptes.motDePasse(email.strip()).isPresent();
    }

    /**
     * {@return the domaine's members}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<Utilisateur> membres(long domaineId) {
        return comptes.membres(domaineId);
    }

    /**
     * Opens a session when the address and password match. The session is in the domaine
     * asked for, or else in the first domaine the person belongs to.
     *
     * @param email an address
     * @param motDePasse a password
     * @param domaineId the domaine to open, if one is asked for
     * @return the session; empty when the address or the password is wrong, or the person is
     *     not a member of the domaine asked for (the caller cannot tell which)
     */
    public Optional<Session> connecter(String email, String motDePasse, OptionalLong domaineId) {
        if (email == null || motDePasse == null) {
            return Optional.empty();
        }
        String adresse = email.strip();
        Optional<String> hache = comptes.motDePasse(adresse);
        boolean bon = MotsDePasse.verifier(motDePasse, hache.orElse(HACHE_LEURRE));
        if (!bon || hache.isEmpty()) {
            return Optional.empty();
        }
        return transactions.executer(() -> comptes.parAdresse(adresse).stream()
                .filter(u -> domaineId.isEmpty() || u.domaineId() == domaineId.getAsLong())
                .findFirst().map(this::ouvrir));
    }

    /**
     * Moves a session to another domaine of the same person: a new session (new cookie, new
     * CSRF token) replaces the old one.
     *
     * @param cookie the current session's cookie
     * @param domaineId the domaine to switch to
     * @return the new session
     * @throws DomainException {@code INTROUVABLE} when the person is not a member of it
     */
    public Session changerDomaine(String cookie, long domaineId) {
        return transactions.executer(() -> {
            Session actuelle = session(cookie).orElseThrow(() -> new DomainException(CodeErreur.INTROUVABLE, "session",
                    "la session a expiré : reconnectez-vous"));
            Utilisateur cible = comptes.parAdresse(actuelle.utilisateur().email()).stream().filter(u -> u.domaineId() == domaineId)
                    .findFirst().orElseThrow(() -> new DomainException(CodeErreur.INTROUVABLE, "domaineId",
                            "vous n'êtes pas membre du domaine n° " + domaineId));
            deconnecter(cookie);
            return ouvrir(cible);
        });
    }

    /**
     * {@return every domaine the member's person belongs to, with the role there, by domaine}
     *
     * @param utilisateur a membership of the person
     */
    public List<Adhesion> adhesions(Utilisateur utilisateur) {
        return transactions.executer(() -> {
            List<Adhesion> adhesions = new ArrayList<>();
            for (Utilisateur u : comptes.parAdresse(utilisateur.email())) {
                String nom = domaines.trouver(u.domaineId()).map(Domaine::nom).orElse("");
                adhesions.add(new Adhesion(u.domaineId(), nom, u.id(), u.role()));
            }
            return List.copyOf(adhesions);
        });
    }

    /**
     * {@return its session, while it is valid (each use extends it by {@link #DUREE_SESSION})}
     *
     * @param cookie a session cookie's value
     */
    public Optional<Session> session(String cookie) {
        return Identifiant.lire(cookie).flatMap(id -> transactions.executer(() -> comptes.prolongerSession(id.domaineId(),
                        sha256(id.secret()), Instant.now().plus(DUREE_SESSION))
                .flatMap(s -> comptes.trouver(id.domaineId(), s.utilisateurId()).map(u -> new Session(cookie, s.csrf(), u)))));
    }

    /**
     * Ends a session (nothing happens for an unknown cookie).
     *
     * @param cookie the session cookie's value
     * @throws DomainException when a rule refuses it (its code and field say which); nothing is written then
     */
    public void deconnecter(String cookie) {
        Identifiant.lire(cookie).ifPresent(id -> comptes.fermerSession(id.domaineId(), sha256(id.secret())));
    }

    /**
     * A bearer token for an integrator, acting as the member who created it, in its domaine.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param utilisateurId whose rights it carries
     * @param nom what it is for
     * @return the token, shown once (only its hash is kept)
     */
    public String creerJeton(long domaineId, long utilisateurId, String nom) {
        exigerTexte("nom", nom, 100);
        String secret = aleatoire();
        transactions.executer(() -> {
            comptes.creerJeton(domaineId, sha256(secret), utilisateurId, nom.strip());
            return null;
        });
        return "mc" + domaineId + "." + secret;
    }

    /**
     * {@return the member a bearer token acts for}
     *
     * @param jeton the bearer token, as sent
     */
    public Optional<Utilisateur> parJeton(String jeton) {
        if (jeton == null || !jeton.startsWith("mc")) {
            return Optional.empty();
        }
        return Identifiant.lire(jeton.substring(2)).flatMap(id -> transactions.executer(() -> comptes.jeton(id.domaineId(),
                sha256(id.secret())).flatMap(u -> comptes.trouver(id.domaineId(), u))));
    }

    private Session ouvrir(Utilisateur u) {
        String secret = aleatoire();
        String csrf = aleatoire();
        comptes.ouvrirSession(u.domaineId(), sha256(secret), u.id(), csrf, Instant.now().plus(DUREE_SESSION));
        return new Session(u.domaineId() + "." + secret, csrf, u);
    }

    /** A session cookie or a bearer token without its prefix: the domaine, a dot, the secret whose hash is stored. */
    private record Identifiant(long domaineId, String secret) {
        static Optional<Identifiant> lire(String valeur) {
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
    }

    private static void exigerRole(Role role) {
        if (role == null) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "role", "obligatoire : ADMIN, OENOLOGUE, OPERATEUR ou COMPTA");
        }
    }

    private static void verifierIdentite(String email, String nom, String motDePasse) {
        if (email == null || email.length() > 200 || !email.strip().matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}")) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "email", "doit être une adresse électronique valide");
        }
        exigerTexte("nom", nom, 200);
        if (motDePasse == null || motDePasse.length() < 10 || motDePasse.length() > 200) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "motDePasse", "doit compter entre 10 et 200 caractères");
        }
    }

    private static void exigerTexte(String champ, String valeur, int max) {
        if (valeur == null || valeur.isBlank() || valeur.length() > max) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, champ, "obligatoire (au plus " + max + " caractères)");
        }
    }

    private static String aleatoire() {
        byte[] octets = new byte[32];
        ALEA.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
