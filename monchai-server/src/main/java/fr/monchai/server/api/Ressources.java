package fr.monchai.server.api;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Domaine;
import fr.monchai.core.chai.Composition;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.FiltreVendanges;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.crd.CompteCapsules;
import fr.monchai.core.crd.MouvementCrd;
import fr.monchai.core.journal.PageJournal;
import fr.monchai.core.registre.EtatCuve;
import fr.monchai.core.registre.LotEnCuve;
import fr.monchai.core.registre.StockBouteilles;
import fr.monchai.core.registre.Tracabilite;
import java.lang.reflect.Type;
import fr.monchai.core.crd.NouveauMouvementCrd;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.core.registre.AchatVrac;
import fr.monchai.core.registre.AjustementLot;
import fr.monchai.core.registre.Assemblage;
import fr.monchai.core.registre.ContrePassation;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.Perte;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.core.registre.VenteBouteilles;
import fr.monchai.core.registre.VenteVrac;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.compte.Adhesion;
import fr.monchai.core.compte.CompteService;
import fr.monchai.core.compte.Session;
import fr.monchai.core.compte.Role;
import fr.monchai.core.compte.Utilisateur;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The API's routes, French resource names as in the dev book, and who may call each: the one
 * table the router, the OpenAPI document and the role test read.
 */
public final class Ressources {

    private static final Set<Role> CHAI = Set.of(Role.ADMIN, Role.OENOLOGUE, Role.OPERATEUR);
    private static final Set<Role> CORRECTION = Set.of(Role.ADMIN, Role.OENOLOGUE);
    private static final Set<Role> ADMIN = Set.of(Role.ADMIN);
    private static final Set<Role> PUBLIC = Set.of();

    private final MonChai chai;
    private final CompteService comptes;
    private final Supplier<Boolean> baseEnVie;
    private final Ralentisseur ralentisseur = new Ralentisseur(java.time.Clock.systemUTC());
    private final List<Route> routes = new ArrayList<>();

    /**
     * @param chai the register, on PostgreSQL
     * @param comptes the accounts
     * @param parametres each domaine's identity on its documents
     * @param baseEnVie whether the database answers, for {@code /healthz}
     */
    public Ressources(MonChai chai, CompteService comptes, Parametres parametres, Supplier<Boolean> baseEnVie) {
        this.chai = chai;
        this.comptes = comptes;
        this.baseEnVie = baseEnVie;
        authentification();
        cellier();
        mouvements();
        routes.addAll(new RessourcesCommerce(chai, parametres).routes());
        routes.addAll(new RessourcesDrm(chai, parametres).routes());
        routes.add(new Route("GET", "/api/openapi.json", PUBLIC, false, "Ce document OpenAPI 3.1", Void.class, Map.class,
                r -> Reponse.ok(OpenApi.document(routes))));
        routes.add(new Route("GET", "/healthz", PUBLIC, false, "État du serveur et de sa base", Void.class, Sante.class, r -> {
            boolean db = baseEnVie.get();
            return new Reponse(db ? 200 : 503, new Sante(db ? "ok" : "degraded", db ? "ok" : "down", version()),
                    "application/json", null);
        }));
    }

    /** @return every route */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    private void route(String methode, String chemin, Set<Role> roles, String resume, Type entree, Type sortie, Route.Traitement t) {
        routes.add(Route.de(methode, chemin, roles, resume, entree, sortie, t));
    }

    // --- auth and accounts ---

    record Inscription(String domaine, String email, String nom, String motDePasse) {}

    record Identifiants(String email, String motDePasse, Optional<Long> domaineId) {}

    record ChoixDomaine(Long domaineId) {}

    record Invitation(String email, String nom, Role role, String motDePasse) {}

    record ChangementRole(Role role) {}

    record NouveauJeton(String nom) {}

    /** An opened session: who, and the token to echo in {@code X-CSRF-Token} on writes. */
    record SessionOuverte(Utilisateur utilisateur, String csrf) {}

    /** The caller, the domaine of the session, their role in it, and every domaine they may switch to. */
    record Moi(Utilisateur utilisateur, Domaine domaine, List<Role> roles, List<Adhesion> domaines) {}

    /** A bearer token, shown once. */
    record JetonCree(String jeton) {}

    /** A lot's traceability both ways and what it is made of. */
    record TracabiliteLot(Tracabilite amont, Tracabilite aval, Composition composition) {}

    /** The balance of one CRD capsule account. */
    record SoldeCapsules(CompteCapsules compte, long quantite) {}

    /** A reversal's date and reason. */
    record SaisieContrePassation(LocalDate date, Optional<String> commentaire) {}

    /** What {@code /healthz} answers. */
    record Sante(String status, String db, String version) {}

    private void authentification() {
        route("POST", "/api/auth/signup", PUBLIC, "Crée un domaine et son administrateur, et ouvre sa session (cookie HttpOnly et jeton CSRF) ; "
                + "une adresse qui a déjà un compte y ajoute ce domaine avec son mot de passe", Inscription.class, SessionOuverte.class, r -> {
            Inscription i = r.lire(Inscription.class);
            return ralenti(i.email(), r.client(), () -> comptes.inscrire(i.domaine(), i.email(), i.nom(), i.motDePasse()), 201);
        });
        route("POST", "/api/auth/login", PUBLIC, "Ouvre une session (cookie HttpOnly) dans le domaine demandé ou le premier du compte, "
                + "et donne son jeton CSRF", Identifiants.class, SessionOuverte.class, r -> {
            Identifiants id = r.lire(Identifiants.class);
            if (id.email() == null || id.motDePasse() == null) {
                throw new DomainException(CodeErreur.SAISIE_INVALIDE, id.email() == null ? "email" : "motDePasse", "obligatoire");
            }
            OptionalLong domaine = id.domaineId() == null || id.domaineId().isEmpty() ? OptionalLong.empty()
                    : OptionalLong.of(id.domaineId().get());
            return ralenti(id.email(), r.client(), () -> comptes.connecter(id.email(), id.motDePasse(), domaine).orElseThrow(
                    () -> new DomainException(CodeErreur.OPERATION_INCOHERENTE, "email", "adresse ou mot de passe incorrect")), 200);
        });
        route("POST", "/api/auth/domaine", Route.TOUS, "Passe la session dans un autre domaine du même compte (nouveau cookie, nouveau jeton CSRF)",
                ChoixDomaine.class, SessionOuverte.class, r -> {
                    ChoixDomaine choix = r.lire(ChoixDomaine.class);
                    String cookie = r.session().orElseThrow(() -> new DomainException(CodeErreur.OPERATION_INCOHERENTE, "session",
                            "un jeton Bearer appartient à un seul domaine : seule une session de navigateur change de domaine"));
                    if (choix.domaineId() == null) {
                        throw new DomainException(CodeErreur.SAISIE_INVALIDE, "domaineId", "obligatoire");
                    }
                    return connexion(comptes.changerDomaine(cookie, choix.domaineId()), 200);
                });
        route("POST", "/api/auth/logout", Route.TOUS, "Ferme la session", Void.class, Void.class, r -> new Reponse(204, new Api.Deconnexion(), null, null));
        route("GET", "/api/me", Route.TOUS, "L'utilisateur connecté, son domaine et son rôle", Void.class, Moi.class, r -> {
            Utilisateur u = r.utilisateur().orElseThrow();
            return Reponse.ok(new Moi(u, chai.domaines().trouver(u.domaineId()).orElseThrow(), List.of(u.role()), comptes.adhesions(u)));
        });
        route("GET", "/api/utilisateurs", ADMIN, "Les membres du domaine", Void.class, Route.liste(Utilisateur.class), r -> Reponse.ok(comptes.membres(r.domaine())));
        route("POST", "/api/utilisateurs", ADMIN, "Invite un membre dans le domaine", Invitation.class, Utilisateur.class, r -> {
            Invitation i = r.lire(Invitation.class);
            return Reponse.cree(comptes.inviter(r.domaine(), i.email(), i.nom(), i.role(), i.motDePasse()));
        });
        route("PUT", "/api/utilisateurs/:id/role", ADMIN, "Change le rôle d'un membre", ChangementRole.class, Utilisateur.class,
                r -> Reponse.ok(comptes.changerRole(r.domaine(), r.id("id"), r.lire(ChangementRole.class).role())));
        route("POST", "/api/jetons", ADMIN, "Crée un jeton Bearer pour un intégrateur (montré une seule fois)", NouveauJeton.class, JetonCree.class, r -> {
            NouveauJeton j = r.lire(NouveauJeton.class);
            return Reponse.cree(new JetonCree(comptes.creerJeton(r.domaine(), r.utilisateur().orElseThrow().id(), j.nom())));
        });
    }

    // --- the cellar ---

    private void cellier() {
        route("GET", "/api/parcelles", Route.TOUS, "Les parcelles (?search= filtre par nom)", Void.class, Route.liste(Parcelle.class),
                r -> Reponse.ok(chai.parcelles().rechercher(r.domaine(), r.query("search").orElse(""))));
        route("POST", "/api/parcelles", CHAI, "Crée une parcelle", NouvelleParcelle.class, Parcelle.class,
                r -> Reponse.cree(chai.parcelles().creer(r.domaine(), r.lire(NouvelleParcelle.class))));
        route("GET", "/api/parcelles/:id", Route.TOUS, "Une parcelle", Void.class, Parcelle.class, r -> Reponse.ok(
                trouve(chai.parcelles().trouver(r.domaine(), r.id("id")), "id", "la parcelle", r.id("id"))));
        route("PUT", "/api/parcelles/:id", CHAI, "Modifie une parcelle (son cépage est figé dès sa première vendange)", NouvelleParcelle.class,
                Parcelle.class, r -> Reponse.ok(chai.parcelles().modifier(r.domaine(), r.id("id"), r.lire(NouvelleParcelle.class))));
        route("DELETE", "/api/parcelles/:id", CORRECTION, "Supprime une parcelle sans vendange", Void.class, Void.class, r -> {
            chai.parcelles().supprimer(r.domaine(), r.id("id"));
            return Reponse.vide();
        });
        route("GET", "/api/cuves", Route.TOUS, "Les cuves avec leurs lots et leur place libre", Void.class, Route.liste(EtatCuve.class),
                r -> Reponse.ok(chai.registre().cuves(r.domaine())));
        route("POST", "/api/cuves", CHAI, "Crée une cuve", NouvelleCuve.class, Cuve.class, r -> Reponse.cree(chai.cuves().creer(r.domaine(), r.lire(NouvelleCuve.class))));
        route("GET", "/api/cuves/:id", Route.TOUS, "Une cuve, ses lots et sa place libre", Void.class, EtatCuve.class, r -> {
            trouve(chai.cuves().trouver(r.domaine(), r.id("id")), "id", "la cuve", r.id("id"));
            return Reponse.ok(chai.registre().cuve(r.domaine(), r.id("id")));
        });
        route("PUT", "/api/cuves/:id", CHAI, "Modifie une cuve (sa capacité ne descend pas sous le plus haut niveau qu'elle a contenu)",
                NouvelleCuve.class, Cuve.class, r -> Reponse.ok(chai.cuves().modifier(r.domaine(), r.id("id"), r.lire(NouvelleCuve.class))));
        route("POST", "/api/vendanges", CHAI, "Enregistre une vendange (et son mouvement brouillon vers une cuve)", NouvelleVendange.class, Vendange.class,
                r -> Reponse.cree(chai.vendanges().enregistrer(r.domaine(), r.lire(NouvelleVendange.class))));
        route("GET", "/api/vendanges", Route.TOUS, "Les vendanges par date (?parcelle=ID&millesime=AAAA&du=AAAA-MM-JJ&au=AAAA-MM-JJ)",
                Void.class, Route.liste(Vendange.class), r -> {
                    FiltreVendanges f = new FiltreVendanges(r.query("parcelle").map(p -> OptionalLong.of(nombre("parcelle", p)))
                            .orElse(OptionalLong.empty()), r.date("du"), r.date("au"));
                    if (r.query("millesime").isPresent()) {
                        long annee = nombre("millesime", r.query("millesime").get());
                        if (annee < 1900 || annee > 2100 || f.du().isPresent() || f.au().isPresent()) {
                            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "millesime",
                                    "doit être une année entre 1900 et 2100, sans du ni au");
                        }
                        f = f.millesime((int) annee);
                    }
                    return Reponse.ok(chai.vendanges().lister(r.domaine(), f));
                });
        route("GET", "/api/vendanges/:id", Route.TOUS, "Une vendange", Void.class, Vendange.class, r -> Reponse.ok(
                trouve(chai.vendanges().trouver(r.domaine(), r.id("id")), "id", "la vendange", r.id("id"))));
        route("GET", "/api/lots", Route.TOUS, "Les lots disponibles, par cuve, avec leur volume", Void.class, Route.liste(LotEnCuve.class),
                r -> Reponse.ok(chai.registre().lotsDisponibles(r.domaine())));
        route("GET", "/api/lots/:id/tracabilite", Route.TOUS, "La traçabilité d'un lot : en amont jusqu'aux parcelles, en aval jusqu'aux ventes", Void.class, TracabiliteLot.class,
                r -> {
                    long id = r.id("id");
                    trouve(chai.registre().lot(r.domaine(), id), "id", "le lot", id);
                    Compte lot = new Compte.DeLot(id);
                    return Reponse.ok(new TracabiliteLot(chai.registre().tracabiliteAmont(r.domaine(), lot),
                            chai.registre().tracabiliteAval(r.domaine(), lot), chai.registre().composition(r.domaine(), lot)));
                });
        route("GET", "/api/stock/bouteilles", Route.TOUS, "Le stock de bouteilles par lot de bouteilles", Void.class, Route.liste(StockBouteilles.class),
                r -> Reponse.ok(chai.registre().stockBouteilles(r.domaine())));
        route("POST", "/api/mise_en_bouteille", CHAI, "Met un lot en bouteilles (mouvement brouillon et nouveau lot de bouteilles)", MiseEnBouteille.class, Mouvement.class,
                r -> Reponse.cree(chai.mouvements().mettreEnBouteille(r.domaine(), r.lire(MiseEnBouteille.class))));
    }

    // --- movements ---

    private void mouvements() {
        route("GET", "/api/mouvements", Route.TOUS, "Le journal (?du=&au=&type=&statut=&lot=&page=&taille=)", Void.class, PageJournal.class, r -> {
            FiltreJournal f = new FiltreJournal(r.date("du"), r.date("au"),
                    r.query("type").map(t -> enumeration(TypeMouvement.class, "type", t.toUpperCase(java.util.Locale.ROOT))),
                    r.query("statut").map(s -> enumeration(StatutMouvement.class, "statut", s.toUpperCase(java.util.Locale.ROOT))),
                    r.query("lot").map(l -> OptionalLong.of(nombre("lot", l))).orElse(OptionalLong.empty()));
            int page = (int) nombre("page", r.query("page").orElse("1"));
            int taille = (int) nombre("taille", r.query("taille").orElse("50"));
            return Reponse.ok(chai.registre().journal(r.domaine(), f, page, taille));
        });
        route("GET", "/api/mouvements/:id", Route.TOUS, "Un mouvement", Void.class, Mouvement.class, r -> Reponse.ok(
                trouve(chai.mouvements().trouver(r.domaine(), r.id("id")), "id", "le mouvement", r.id("id"))));
        route("POST", "/api/mouvements/soutirages", CHAI, "Soutirage ou transfert vers une autre cuve (brouillon)", Soutirage.class, Mouvement.class,
                r -> Reponse.cree(chai.mouvements().soutirer(r.domaine(), r.lire(Soutirage.class))));
        route("POST", "/api/mouvements/assemblages", CHAI, "Assemblage de lots dans une cuve (brouillon)", Assemblage.class, Mouvement.class,
                r -> Reponse.cree(chai.mouvements().assembler(r.domaine(), r.lire(Assemblage.class))));
        route("POST", "/api/mouvements/pertes", CHAI, "Perte constatée sur un lot (brouillon)", Perte.class, Mouvement.class,
                r -> Reponse.cree(chai.mouvements().constaterPerte(r.domaine(), r.lire(Perte.class))));
        route("POST", "/api/mouvements/ventes-bouteilles", CHAI, "Sortie de bouteilles vers une destination fiscale (brouillon)", VenteBouteilles.class, Mouvement.class,
                r -> Reponse.cree(chai.mouvements().vendreBouteilles(r.domaine(), r.lire(VenteBouteilles.class))));
        route("POST", "/api/mouvements/ventes-vrac", CHAI, "Sortie de vrac vers une destination fiscale (brouillon)", VenteVrac.class, Mouvement.class,
                r -> Reponse.cree(chai.mouvements().vendreVrac(r.domaine(), r.lire(VenteVrac.class))));
        route("POST", "/api/mouvements/achats-vrac", CHAI, "Entrée de vin acheté en vrac (brouillon)", AchatVrac.class, Mouvement.class,
                r -> Reponse.cree(chai.mouvements().acheterVrac(r.domaine(), r.lire(AchatVrac.class))));
        route("POST", "/api/mouvements/ajustements", CORRECTION, "Ajustement d'inventaire commenté (brouillon)", AjustementLot.class, Mouvement.class,
                r -> Reponse.cree(chai.mouvements().ajusterLot(r.domaine(), r.lire(AjustementLot.class))));
        route("POST", "/api/mouvements/:id/valider", CHAI, "Valide un brouillon : numéro de registre, plus de modification", Void.class, Mouvement.class,
                r -> Reponse.ok(chai.mouvements().valider(r.domaine(), r.id("id"))));
        route("POST", "/api/mouvements/:id/contre-passation", CORRECTION, "Contre-passe un mouvement validé (brouillon qui le cite)", SaisieContrePassation.class, Mouvement.class, r -> {
            SaisieContrePassation s = r.lire(SaisieContrePassation.class);
            return Reponse.cree(chai.mouvements().contrePasser(r.domaine(), new ContrePassation(r.id("id"), s.date(),
                    s.commentaire() == null ? Optional.empty() : s.commentaire())));
        });
        route("POST", "/api/mouvements/:id/references", CHAI, "Enregistre les références douanières d'une sortie (pays, DAE, contrat)", ReferenceSortie.class, ReferenceSortie.class,
                r -> {
                    ReferenceSortie ref = r.lire(ReferenceSortie.class);
                    chai.mouvements().documenterSortie(r.domaine(), r.id("id"), ref);
                    return Reponse.ok(ref);
                });
        route("GET", "/api/capsules", Route.TOUS, "Le stock de capsules CRD (?date=AAAA-MM-JJ, aujourd'hui par défaut)", Void.class, Route.liste(SoldeCapsules.class),
                r -> Reponse.ok(chai.capsules().soldes(r.domaine(), r.date("date").orElse(LocalDate.now())).entrySet().stream()
                        .map(e -> new SoldeCapsules(e.getKey(), e.getValue())).toList()));
        route("POST", "/api/capsules", CHAI, "Enregistre un mouvement de capsules CRD (achat, utilisation, destruction…)", NouveauMouvementCrd.class, MouvementCrd.class,
                r -> Reponse.cree(chai.capsules().enregistrer(r.domaine(), r.lire(NouveauMouvementCrd.class))));
        route("DELETE", "/api/mouvements/:id", CHAI, "Supprime un brouillon (jamais un mouvement validé)", Void.class, Void.class, r -> {
            chai.mouvements().supprimerBrouillon(r.domaine(), r.id("id"));
            return Reponse.vide();
        });
    }

    /**
     * Runs a step that checks a password, slowed down by {@link Ralentisseur}: too early, a 429
     * saying how long to wait; a refusal counts as a failure; a success opens the session.
     */
    private Reponse ralenti(String email, String client, Supplier<Session> etape, int statut) {
        String adresse = email == null ? "" : email;
        Optional<Duration> attente = ralentisseur.attente(adresse, client);
        if (attente.isPresent()) {
            long secondes = Math.max(1, (attente.get().toMillis() + 999) / 1000);
            return new Reponse(429, new Api.Attendre(Problemes.probleme(429, "Trop de tentatives", "trop d'échecs de connexion : "
                    + "réessayez dans " + secondes + " s"), secondes), null, null);
        }
        try {
            Session s = etape.get();
            ralentisseur.succes(adresse, client);
            return connexion(s, statut);
        } catch (DomainException e) {
            if (e.code() == CodeErreur.OPERATION_INCOHERENTE && "email".equals(e.champ())) {
                ralentisseur.echec(adresse, client);
                if (statut == 200) {
                    return new Reponse(401, Problemes.probleme(401, "Identifiants refusés", e.violations().get(0).message()), null, null);
                }
            }
            throw e;
        }
    }

    private static Reponse connexion(Session s, int statut) {
        return new Reponse(statut, new Api.Connexion(s.cookie(), CompteService.DUREE_SESSION.toSeconds(),
                new SessionOuverte(s.utilisateur(), s.csrf())), null, null);
    }

    private static <T> T trouve(Optional<T> t, String champ, String quoi, long id) {
        return t.orElseThrow(() -> new DomainException(CodeErreur.INTROUVABLE, champ, quoi + " n° " + id + " n'existe pas dans ce domaine"));
    }

    private static long nombre(String nom, String valeur) {
        try {
            return Long.parseLong(valeur);
        } catch (NumberFormatException e) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, nom, "doit être un nombre entier");
        }
    }

    private static <E extends Enum<E>> E enumeration(Class<E> type, String nom, String valeur) {
        try {
            return Enum.valueOf(type, valeur);
        } catch (IllegalArgumentException e) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, nom, "doit être l'une des valeurs "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static String version() {
        String v = Ressources.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
