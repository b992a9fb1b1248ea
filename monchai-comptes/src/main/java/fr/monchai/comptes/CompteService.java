package fr.monchai.comptes;

import fr.monchai.core.chai.Domaine;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Transactions;
import fr.monchai.core.registre.Domaines;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The accounts of the hosted product: signing up, members and roles, sessions, API tokens.
 *
 * <p>A person is an e-mail address with one password; they belong to one or several domaines
 * with a role in each — a consulting œnologue, an accounting firm — and a session is always in
 * one of them: every query it makes is scoped to that domaine. Nobody gets into a domaine
 * without proving their address and accepting: a sign-up creates the domaine only when the
 * link mailed to the address is followed; an administrator invites an address, and the
 * invitation is a link through which the person accepts (choosing their own password when
 * they have no account); a forgotten password is replaced through a link. These links are
 * single-use and expire; only their SHA-256 is stored. What a sign-up or a reset answers does
 * not depend on whether the address has an account.
 *
 * <p>Passwords are kept as slow salted hashes (PBKDF2), session cookies and tokens as SHA-256
 * only. A session ends after {@link #INACTIVITE} without use and, whatever its use, {@link
 * #DUREE_MAX_SESSION} after it opened; changing or resetting a password ends the person's other
 * sessions. API tokens expire ({@link #DUREE_JETON} unless asked otherwise) and can be revoked.
 */
public final class CompteService {

    /** How long a browser session lasts without use. */
    public static final Duration INACTIVITE = Duration.ofMinutes(30);
    /** How long a browser session lasts at most, however it is used: then the person logs in again. */
    public static final Duration DUREE_MAX_SESSION = Duration.ofHours(12);
    /** How long a sign-up's link works. */
    public static final Duration DUREE_LIEN_INSCRIPTION = Duration.ofDays(2);
    /** How long an invitation's link works. */
    public static final Duration DUREE_INVITATION = Duration.ofDays(7);
    /** How long a password reset's link works. */
    public static final Duration DUREE_REINITIALISATION = Duration.ofHours(1);
    /** How long an API token works unless its creator chooses a date. */
    public static final Duration DUREE_JETON = Duration.ofDays(90);
    /** How far ahead a token's end may be chosen. */
    public static final Duration DUREE_JETON_MAX = Duration.ofDays(366);

    private static final SecureRandom ALEA = new SecureRandom();
    /** Checked when an address is unknown, so that a wrong address takes as long as a wrong password. */
    private static final String HACHE_LEURRE = MotsDePasse.hacher("leurre-" + ALEA.nextLong());

    private final Transactions transactions;
    private final Domaines domaines;
    private final Comptes comptes;
    private final Avis avis;
    private final Clock horloge;

    /**
     * Builds the service over the store's ports. The hosted server takes it from its store
     * ({@code StockagePostgres.comptes(avis)}); a store's own tests build it directly.
     *
     * @param transactions the store's transactions, shared with the domaines
     * @param domaines where domaines are created
     * @param comptes where people, members, sessions, tokens and links are kept
     * @param avis what sends a person the links (by mail, on the server)
     * @param horloge the time (a fixed one in tests)
     */
    public CompteService(Transactions transactions, Domaines domaines, Comptes comptes, Avis avis, Clock horloge) {
        this.transactions = transactions;
        this.domaines = domaines;
        this.comptes = comptes;
        this.avis = avis;
        this.horloge = horloge;
    }

    /**
     * Asks to create a domaine with its first administrator: a link is mailed to the address,
     * and nothing exists until it is followed ({@link #confirmerInscription}). The answer is the
     * same whether the address has an account or not (it then keeps its password, and the new
     * domaine joins its others).
     *
     * @param domaine the domaine's name
     * @param email the administrator's address
     * @param nom the administrator's name
     * @param motDePasse the password, as typed (see the rules on {@code MotsDePasse})
     * @throws DomainException when a field breaks a rule (its code and field say which); nothing is sent then
     */
    public void demanderInscription(String domaine, String email, String nom, String motDePasse) {
        exigerTexte("domaine", domaine, 200);
        String adresse = adresse(email);
        exigerTexte("nom", nom, 200);
        MotsDePasse.verifierRegles("motDePasse", motDePasse, adresse);
        String hache = MotsDePasse.hacher(motDePasse);
        String secret = aleatoire();
        Instant maintenant = horloge.instant();
        boolean existant = transactions.executer(() -> {
            comptes.creerLien(
                    new LienCourriel(
                            sha256(secret),
                            ObjetLien.INSCRIPTION,
                            adresse,
                            OptionalLong.empty(),
                            OptionalLong.empty(),
                            Optional.of(domaine.strip()),
                            Optional.of(nom.strip()),
                            Optional.of(hache),
                            maintenant.plus(DUREE_LIEN_INSCRIPTION)),
                    maintenant);
            return comptes.personne(adresse).flatMap(Personne::verifieeLe).isPresent();
        });
        avis.confirmerInscription(adresse, domaine.strip(), secret, existant);
    }

    /**
     * Follows a sign-up's link: creates the domaine, makes the person its administrator (a new
     * person with the password they typed; a proven account keeps its own) and opens a session
     * in it. The link then stops working.
     *
     * @param jeton the link's secret
     * @return the session, in the new domaine
     * @throws DomainException {@code INTROUVABLE} on {@code jeton} when the link is unknown, used or expired
     */
    public Session confirmerInscription(String jeton) {
        Instant maintenant = horloge.instant();
        return transactions.executer(() -> {
            LienCourriel lien = utiliser(jeton, ObjetLien.INSCRIPTION, maintenant);
            comptes.verrouillerAdresse(lien.email());
            Optional<Personne> personne = comptes.personne(lien.email());
            if (personne.flatMap(Personne::verifieeLe).isPresent()
                    && personne.get().motDePasse().isPresent()) {
                comptes.verifier(lien.email(), maintenant);
            } else {
                // An unproven account's password was never the address owner's to keep: the one just proven replaces
                // it.
                comptes.enregistrerPersonne(lien.email(), lien.motDePasse().orElseThrow(), maintenant);
                comptes.fermerSessions(lien.email());
            }
            Domaine d = domaines.inserer(new Domaine(0, lien.nomDomaine().orElseThrow()));
            Utilisateur admin = comptes.inserer(
                    new Utilisateur(0, d.id(), lien.email(), lien.nom().orElseThrow(), Role.ADMIN, StatutMembre.ACTIF),
                    maintenant);
            comptes.preferer(lien.email(), d.id());
            return ouvrir(admin, maintenant);
        });
    }

    /**
     * Creates a domaine with its administrator at once, the address taken as proven: for an
     * operator's own command (the demo's seeding), never for what a visitor sends.
     *
     * @param domaine the domaine's name
     * @param email the administrator's address
     * @param nom the administrator's name
     * @param motDePasse the password
     * @return the administrator's membership
     * @throws DomainException when a field breaks a rule, or the address already has an account
     */
    public Utilisateur creerDomaineEtAdministrateur(String domaine, String email, String nom, String motDePasse) {
        exigerTexte("domaine", domaine, 200);
        String adresse = adresse(email);
        exigerTexte("nom", nom, 200);
        MotsDePasse.verifierRegles("motDePasse", motDePasse, adresse);
        String hache = MotsDePasse.hacher(motDePasse);
        Instant maintenant = horloge.instant();
        return transactions.executer(() -> {
            comptes.verrouillerAdresse(adresse);
            if (comptes.personne(adresse).isPresent()) {
                throw new DomainException(CodeErreur.OPERATION_INCOHERENTE, "email", "cette adresse a déjà un compte");
            }
            comptes.enregistrerPersonne(adresse, hache, maintenant);
            Domaine d = domaines.inserer(new Domaine(0, domaine.strip()));
            comptes.preferer(adresse, d.id());
            return comptes.inserer(
                    new Utilisateur(0, d.id(), adresse, nom.strip(), Role.ADMIN, StatutMembre.ACTIF), maintenant);
        });
    }

    /**
     * Invites a person into a domaine: an invited membership, and a link mailed to the address
     * through which they accept (and, with no account yet, choose their password). Nobody types
     * another person's password. Inviting an address already invited sends a new link (the
     * earlier ones stop working) with the name and role given now. The answer is the same
     * whether the address has an account elsewhere or not.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param invitant the administrator who invites
     * @param email the person's address
     * @param nom the person's name in this domaine
     * @param role what they will may do here
     * @return the invited membership
     * @throws DomainException when a field breaks a rule, or the address is already a member
     */
    public Utilisateur inviter(long domaineId, Utilisateur invitant, String email, String nom, Role role) {
        String adresse = adresse(email);
        exigerTexte("nom", nom, 200);
        exigerRole(role);
        String secret = aleatoire();
        Instant maintenant = horloge.instant();
        Utilisateur invite = transactions.executer(() -> {
            comptes.verrouillerAdresse(adresse);
            Optional<Utilisateur> deja = comptes.parAdresse(adresse).stream()
                    .filter(u -> u.domaineId() == domaineId)
                    .findFirst();
            Utilisateur membre;
            if (deja.isPresent() && deja.get().statut() == StatutMembre.ACTIF) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE, "email", "cette adresse est déjà membre du domaine");
            } else if (deja.isPresent()) {
                membre = new Utilisateur(
                        deja.get().id(), domaineId, deja.get().email(), nom.strip(), role, StatutMembre.INVITE);
                comptes.modifier(membre);
            } else {
                membre = comptes.inserer(
                        new Utilisateur(0, domaineId, adresse, nom.strip(), role, StatutMembre.INVITE), maintenant);
            }
            comptes.annulerLiens(adresse, ObjetLien.INVITATION);
            comptes.creerLien(
                    new LienCourriel(
                            sha256(secret),
                            ObjetLien.INVITATION,
                            adresse,
                            OptionalLong.of(domaineId),
                            OptionalLong.of(membre.id()),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            maintenant.plus(DUREE_INVITATION)),
                    maintenant);
            return membre;
        });
        String nomDomaine = domaines.trouver(domaineId).map(Domaine::nom).orElse("");
        avis.inviter(adresse, nomDomaine, invitant.nom(), role, secret);
        return invite;
    }

    /**
     * {@return what an invitation's link offers, for the page that asks to accept it; the link
     * stays usable}
     *
     * @param jeton the link's secret
     * @throws DomainException {@code INTROUVABLE} on {@code jeton} when the link is unknown, used or expired
     */
    public Invitation invitation(String jeton) {
        Instant maintenant = horloge.instant();
        return transactions.executer(() -> {
            LienCourriel lien = comptes.lien(sha256(texte(jeton)), ObjetLien.INVITATION, maintenant)
                    .orElseThrow(CompteService::lienInvalide);
            Utilisateur membre = comptes.trouver(
                            lien.domaineId().orElseThrow(), lien.utilisateurId().orElseThrow())
                    .orElseThrow(CompteService::lienInvalide);
            String domaine =
                    domaines.trouver(membre.domaineId()).map(Domaine::nom).orElse("");
            return new Invitation(lien.email(), domaine, membre.role(), !compteProuve(lien.email()));
        });
    }

    /**
     * Accepts an invitation through its link: the membership becomes active and a session opens
     * in that domaine. A person without a proven account chooses their password here (it then
     * replaces whatever an unproven account had, and its sessions end); one with an account
     * keeps theirs, and {@code motDePasse} is not read.
     *
     * @param jeton the link's secret
     * @param motDePasse the password chosen, for a person without an account
     * @return the session, in the domaine joined
     * @throws DomainException {@code INTROUVABLE} on {@code jeton} when the link is unknown, used or expired;
     *     {@code SAISIE_INVALIDE} on {@code motDePasse} when it breaks a rule (the link still works then)
     */
    public Session accepterInvitation(String jeton, Optional<String> motDePasse) {
        Instant maintenant = horloge.instant();
        Invitation invitation = invitation(jeton);
        Optional<String> hache = Optional.empty();
        if (invitation.nouveauCompte()) {
            MotsDePasse.verifierRegles("motDePasse", motDePasse.orElse(null), invitation.email());
            hache = Optional.of(MotsDePasse.hacher(motDePasse.get()));
        }
        Optional<String> nouveau = hache;
        return transactions.executer(() -> {
            LienCourriel lien = utiliser(jeton, ObjetLien.INVITATION, maintenant);
            comptes.verrouillerAdresse(lien.email());
            Utilisateur membre = comptes.trouver(
                            lien.domaineId().orElseThrow(), lien.utilisateurId().orElseThrow())
                    .orElseThrow(CompteService::lienInvalide);
            if (compteProuve(lien.email())) {
                comptes.verifier(lien.email(), maintenant);
            } else {
                comptes.enregistrerPersonne(
                        lien.email(),
                        nouveau.orElseThrow(() -> new DomainException(
                                CodeErreur.SAISIE_INVALIDE,
                                "motDePasse",
                                "obligatoire : choisissez votre mot de passe")),
                        maintenant);
                comptes.fermerSessions(lien.email());
            }
            comptes.activer(membre.domaineId(), membre.id());
            comptes.preferer(lien.email(), membre.domaineId());
            return ouvrir(
                    new Utilisateur(
                            membre.id(),
                            membre.domaineId(),
                            membre.email(),
                            membre.nom(),
                            membre.role(),
                            StatutMembre.ACTIF),
                    maintenant);
        });
    }

    /**
     * Asks for a password reset: a link is mailed when the address has an account, nothing
     * otherwise, and the caller cannot tell which (the mail goes out after the answer).
     *
     * @param email the address typed
     * @throws DomainException on {@code email} when it is not an address
     */
    public void demanderReinitialisation(String email) {
        String adresse = adresse(email);
        String secret = aleatoire();
        Instant maintenant = horloge.instant();
        Optional<Boolean> verification = transactions.executer(() -> {
            Optional<Personne> p = comptes.personne(adresse);
            if (p.isEmpty()
                    || (p.get().motDePasse().isEmpty() && p.get().verifieeLe().isEmpty())) {
                return Optional.<Boolean>empty();
            }
            comptes.annulerLiens(adresse, ObjetLien.REINITIALISATION);
            comptes.creerLien(
                    new LienCourriel(
                            sha256(secret),
                            ObjetLien.REINITIALISATION,
                            adresse,
                            OptionalLong.empty(),
                            OptionalLong.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            maintenant.plus(DUREE_REINITIALISATION)),
                    maintenant);
            return Optional.of(p.get().verifieeLe().isEmpty());
        });
        verification.ifPresent(v -> avis.reinitialiser(adresse, secret, v));
    }

    /**
     * {@return whether a reset's link works, for the page that asks for the new password}
     *
     * @param jeton the link's secret
     */
    public boolean reinitialisationValide(String jeton) {
        Instant maintenant = horloge.instant();
        return transactions.executer(() -> comptes.lien(sha256(texte(jeton)), ObjetLien.REINITIALISATION, maintenant)
                .isPresent());
    }

    /**
     * Chooses a new password through a reset's link: the address is proven, every session of
     * the person ends, and a new one opens in their preferred domaine (none when they belong to
     * no domaine any more).
     *
     * @param jeton the link's secret
     * @param nouveau the new password
     * @return the new session, if the person is a member somewhere
     * @throws DomainException {@code INTROUVABLE} on {@code jeton} when the link is unknown, used or expired;
     *     {@code SAISIE_INVALIDE} on {@code nouveauMotDePasse} when it breaks a rule (the link still works then)
     */
    public Optional<Session> reinitialiser(String jeton, String nouveau) {
        Instant maintenant = horloge.instant();
        String email =
                transactions.executer(() -> comptes.lien(sha256(texte(jeton)), ObjetLien.REINITIALISATION, maintenant)
                        .orElseThrow(CompteService::lienInvalide)
                        .email());
        MotsDePasse.verifierRegles("nouveauMotDePasse", nouveau, email);
        String hache = MotsDePasse.hacher(nouveau);
        Optional<Session> session = transactions.executer(() -> {
            LienCourriel lien = utiliser(jeton, ObjetLien.REINITIALISATION, maintenant);
            comptes.verrouillerAdresse(lien.email());
            comptes.enregistrerPersonne(lien.email(), hache, maintenant);
            comptes.fermerSessions(lien.email());
            return choisir(lien.email(), OptionalLong.empty()).map(u -> ouvrir(u, maintenant));
        });
        avis.motDePasseChange(email);
        return session;
    }

    /**
     * Changes a person's password, for every domaine they belong to: their other sessions end,
     * and the current one is replaced (a new cookie and CSRF token).
     *
     * @param session the current session
     * @param actuel their current password
     * @param nouveau the new one
     * @return the session that replaces the current one
     * @throws DomainException on {@code motDePasse} when the current one is wrong, on {@code nouveauMotDePasse} when the new one breaks a rule
     */
    public Session changerMotDePasse(Session session, String actuel, String nouveau) {
        Utilisateur utilisateur = session.utilisateur();
        MotsDePasse.verifierRegles("nouveauMotDePasse", nouveau, utilisateur.email());
        String hache = MotsDePasse.hacher(nouveau);
        Optional<String> stocke = comptes.personne(utilisateur.email()).flatMap(Personne::motDePasse);
        if (actuel == null || stocke.isEmpty() || !MotsDePasse.verifier(actuel, stocke.get())) {
            throw new DomainException(
                    CodeErreur.OPERATION_INCOHERENTE, "motDePasse", "le mot de passe actuel n'est pas celui-ci");
        }
        Instant maintenant = horloge.instant();
        Session nouvelle = transactions.executer(() -> {
            comptes.verrouillerAdresse(utilisateur.email());
            comptes.enregistrerPersonne(
                    utilisateur.email(),
                    hache,
                    comptes.personne(utilisateur.email())
                            .flatMap(Personne::verifieeLe)
                            .orElse(maintenant));
            comptes.fermerSessions(utilisateur.email());
            return ouvrir(utilisateur, maintenant);
        });
        avis.motDePasseChange(utilisateur.email());
        return nouvelle;
    }

    /**
     * Changes a member's role; a domaine keeps at least one active administrator.
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
            Utilisateur u = membre(domaineId, utilisateurId);
            if (u.role() == Role.ADMIN && role != Role.ADMIN && dernierAdministrateur(domaineId, u)) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE, "role", "le domaine doit garder au moins un administrateur");
            }
            Utilisateur change = new Utilisateur(u.id(), u.domaineId(), u.email(), u.nom(), role, u.statut());
            comptes.modifier(change);
            return change;
        });
    }

    /**
     * Removes a member (or an invitation) from a domaine: their sessions and API tokens there
     * end at once; their account and other domaines stay. A domaine keeps at least one active
     * administrator.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param utilisateurId the membership
     * @return the membership removed
     * @throws DomainException {@code INTROUVABLE} when the domaine has no such member; on {@code utilisateurId} for its last administrator
     */
    public Utilisateur retirer(long domaineId, long utilisateurId) {
        return transactions.executer(() -> {
            comptes.verrouillerMembres(domaineId);
            Utilisateur u = membre(domaineId, utilisateurId);
            if (u.role() == Role.ADMIN && dernierAdministrateur(domaineId, u)) {
                throw new DomainException(
                        CodeErreur.OPERATION_INCOHERENTE,
                        "utilisateurId",
                        "le domaine doit garder au moins un administrateur : nommez-en un autre d'abord");
            }
            comptes.supprimer(domaineId, utilisateurId);
            return u;
        });
    }

    /**
     * {@return the domaine's members, active and invited}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<Utilisateur> membres(long domaineId) {
        return comptes.membres(domaineId);
    }

    /**
     * Opens a session when the address and password match. The session is in the domaine asked
     * for, or else the one the person last chose, or else their first.
     *
     * @param email an address
     * @param motDePasse a password, as typed
     * @param domaineId the domaine to open, if one is asked for
     * @return the session; empty when the address or the password is wrong, or the person is
     *     not an active member of the domaine asked for, or of any (the caller cannot tell which)
     * @throws DomainException {@code OPERATION_INCOHERENTE} on {@code adresse} when the password is
     *     right but the account has not proven its address yet (made by an earlier version): a
     *     link to do so has just been mailed
     */
    public Optional<Session> connecter(String email, String motDePasse, OptionalLong domaineId) {
        if (email == null || motDePasse == null) {
            return Optional.empty();
        }
        String adresse = email.strip().toLowerCase(Locale.ROOT);
        Optional<Personne> personne = comptes.personne(adresse);
        Optional<String> hache = personne.flatMap(Personne::motDePasse);
        boolean bon = MotsDePasse.verifier(motDePasse, hache.orElse(HACHE_LEURRE));
        if (!bon || hache.isEmpty()) {
            return Optional.empty();
        }
        if (personne.get().verifieeLe().isEmpty()) {
            demanderReinitialisation(adresse);
            throw new DomainException(
                    CodeErreur.OPERATION_INCOHERENTE,
                    "adresse",
                    "votre adresse n'est pas encore confirmée : un lien "
                            + "vient de vous être envoyé par courriel pour la confirmer en choisissant votre mot de passe");
        }
        Instant maintenant = horloge.instant();
        return transactions.executer(() -> choisir(adresse, domaineId).map(u -> ouvrir(u, maintenant)));
    }

    /**
     * Moves a session to another domaine of the same person, and remembers it as their choice:
     * a new session (new cookie, new CSRF token) replaces the old one.
     *
     * @param cookie the current session's cookie
     * @param domaineId the domaine to switch to
     * @return the new session
     * @throws DomainException {@code INTROUVABLE} when the person is not an active member of it
     */
    public Session changerDomaine(String cookie, long domaineId) {
        return transactions.executer(() -> {
            Session actuelle = session(cookie)
                    .orElseThrow(() -> new DomainException(
                            CodeErreur.INTROUVABLE, "session", "la session a expiré : reconnectez-vous"));
            Utilisateur cible = choisir(actuelle.utilisateur().email(), OptionalLong.of(domaineId))
                    .orElseThrow(() -> new DomainException(
                            CodeErreur.INTROUVABLE, "domaineId", "vous n'êtes pas membre du domaine n° " + domaineId));
            deconnecter(cookie);
            comptes.preferer(cible.email(), domaineId);
            return ouvrir(cible, horloge.instant());
        });
    }

    /**
     * {@return every domaine the member's person actively belongs to, with the role there, by domaine}
     *
     * @param utilisateur a membership of the person
     */
    public List<Adhesion> adhesions(Utilisateur utilisateur) {
        return transactions.executer(() -> {
            List<Adhesion> adhesions = new ArrayList<>();
            for (Utilisateur u : comptes.parAdresse(utilisateur.email())) {
                if (u.statut() == StatutMembre.ACTIF) {
                    String nom =
                            domaines.trouver(u.domaineId()).map(Domaine::nom).orElse("");
                    adhesions.add(new Adhesion(u.domaineId(), nom, u.id(), u.role()));
                }
            }
            return List.copyOf(adhesions);
        });
    }

    /**
     * {@return whether the person has chosen a domaine among several, or has only one (a log-in
     * then needs no choice)}
     *
     * @param utilisateur a membership of the person
     */
    public boolean domaineChoisi(Utilisateur utilisateur) {
        return comptes.personne(utilisateur.email())
                        .flatMap(p -> p.domainePrefere().isPresent() ? Optional.of(true) : Optional.empty())
                        .orElse(false)
                || adhesions(utilisateur).size() <= 1;
    }

    /**
     * {@return its session, while it is valid: each use extends it by {@link #INACTIVITE}, up to
     * {@link #DUREE_MAX_SESSION} after it opened}
     *
     * @param cookie a session cookie's value
     */
    public Optional<Session> session(String cookie) {
        Instant maintenant = horloge.instant();
        return Identifiant.lire(cookie)
                .flatMap(id -> transactions.executer(() -> comptes.prolongerSession(
                                id.domaineId(), sha256(id.secret()), maintenant, INACTIVITE, DUREE_MAX_SESSION)
                        .flatMap(s -> comptes.trouver(id.domaineId(), s.utilisateurId())
                                .filter(u -> u.statut() == StatutMembre.ACTIF)
                                .map(u -> new Session(cookie, s.csrf(), u)))));
    }

    /**
     * Ends a session (nothing happens for an unknown cookie).
     *
     * @param cookie the session cookie's value
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
     * @param fin the last day it works (UTC), if not {@link #DUREE_JETON} from now; at most {@link #DUREE_JETON_MAX} ahead
     * @return the token, shown once (only its hash is kept)
     * @throws DomainException on {@code nom} or {@code expire} when they break a rule
     */
    public JetonCree creerJeton(long domaineId, long utilisateurId, String nom, Optional<LocalDate> fin) {
        exigerTexte("nom", nom, 100);
        Instant maintenant = horloge.instant();
        Instant expire = fin.map(j -> j.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .orElse(maintenant.plus(DUREE_JETON));
        if (!expire.isAfter(maintenant) || expire.isAfter(maintenant.plus(DUREE_JETON_MAX))) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, "expire", "doit être une date entre demain et dans un an");
        }
        String secret = aleatoire();
        long id = transactions.executer(
                () -> comptes.creerJeton(domaineId, sha256(secret), utilisateurId, nom.strip(), maintenant, expire));
        return new JetonCree(id, "mc" + domaineId + "." + secret, expire);
    }

    /**
     * {@return the domaine's API tokens (never their secrets), expired ones included}
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     */
    public List<JetonApi> jetons(long domaineId) {
        return comptes.jetons(domaineId);
    }

    /**
     * Revokes an API token: it stops working at once.
     *
     * @param domaineId the domaine it concerns (every read and write is scoped to it)
     * @param id the token's id
     * @throws DomainException {@code INTROUVABLE} when the domaine has no such token
     */
    public void revoquerJeton(long domaineId, long id) {
        if (!transactions.executer(() -> comptes.revoquerJeton(domaineId, id))) {
            throw new DomainException(
                    CodeErreur.INTROUVABLE, "id", "le jeton n° " + id + " n'existe pas dans ce domaine");
        }
    }

    /**
     * {@return the member a bearer token acts for, while the token has not expired and they are a member}
     *
     * @param jeton the bearer token, as sent
     */
    public Optional<Utilisateur> parJeton(String jeton) {
        if (jeton == null || !jeton.startsWith("mc")) {
            return Optional.empty();
        }
        Instant maintenant = horloge.instant();
        return Identifiant.lire(jeton.substring(2))
                .flatMap(id ->
                        transactions.executer(() -> comptes.jeton(id.domaineId(), sha256(id.secret()), maintenant)
                                .flatMap(u -> comptes.trouver(id.domaineId(), u))
                                .filter(u -> u.statut() == StatutMembre.ACTIF)));
    }

    /** The active membership to open: the one asked for, else the person's choice, else their first. */
    private Optional<Utilisateur> choisir(String email, OptionalLong domaineId) {
        List<Utilisateur> actifs = comptes.parAdresse(email).stream()
                .filter(u -> u.statut() == StatutMembre.ACTIF)
                .toList();
        if (domaineId.isPresent()) {
            return actifs.stream()
                    .filter(u -> u.domaineId() == domaineId.getAsLong())
                    .findFirst();
        }
        OptionalLong prefere =
                comptes.personne(email).map(Personne::domainePrefere).orElse(OptionalLong.empty());
        return actifs.stream()
                .filter(u -> prefere.isPresent() && u.domaineId() == prefere.getAsLong())
                .findFirst()
                .or(() -> actifs.stream().min(Comparator.comparingLong(Utilisateur::domaineId)));
    }

    private boolean compteProuve(String email) {
        return comptes.personne(email)
                .filter(p -> p.verifieeLe().isPresent() && p.motDePasse().isPresent())
                .isPresent();
    }

    private Utilisateur membre(long domaineId, long utilisateurId) {
        return comptes.trouver(domaineId, utilisateurId)
                .orElseThrow(() -> new DomainException(
                        CodeErreur.INTROUVABLE,
                        "utilisateurId",
                        "l'utilisateur n° " + utilisateurId + " n'existe pas dans ce domaine"));
    }

    private boolean dernierAdministrateur(long domaineId, Utilisateur u) {
        return u.statut() == StatutMembre.ACTIF
                && comptes.membres(domaineId).stream()
                                .filter(m -> m.role() == Role.ADMIN && m.statut() == StatutMembre.ACTIF)
                                .count()
                        == 1;
    }

    private LienCourriel utiliser(String jeton, ObjetLien objet, Instant maintenant) {
        return comptes.utiliserLien(sha256(texte(jeton)), objet, maintenant).orElseThrow(CompteService::lienInvalide);
    }

    private static DomainException lienInvalide() {
        return new DomainException(
                CodeErreur.INTROUVABLE,
                "jeton",
                "ce lien ne fonctionne plus : il a déjà servi ou il a expiré. " + "Demandez-en un nouveau");
    }

    private Session ouvrir(Utilisateur u, Instant maintenant) {
        String secret = aleatoire();
        String csrf = aleatoire();
        comptes.ouvrirSession(u.domaineId(), sha256(secret), u.id(), csrf, maintenant, maintenant.plus(INACTIVITE));
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

    private static String texte(String jeton) {
        return jeton == null ? "" : jeton.strip();
    }

    private static void exigerRole(Role role) {
        if (role == null) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, "role", "obligatoire : ADMIN, OENOLOGUE, OPERATEUR ou COMPTA");
        }
    }

    /** {@return the address, lower-cased, when it looks like one} */
    private static String adresse(String email) {
        if (email == null || email.length() > 200 || !email.strip().matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}")) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "email", "doit être une adresse électronique valide");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static void exigerTexte(String champ, String valeur, int max) {
        if (valeur == null || valeur.isBlank() || valeur.length() > max) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE, champ, "obligatoire (au plus " + max + " caractères)");
        }
    }

    private static String aleatoire() {
        byte[] octets = new byte[32];
        ALEA.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
