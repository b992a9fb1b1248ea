package fr.monchai.server.api;

import fr.monchai.comptes.Role;
import fr.monchai.core.MonChai;
import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.declaration.ExportDeclaration;
import fr.monchai.drm.ApercuDrm;
import fr.monchai.drm.ExportDrm;
import fr.monchai.drm.ExportateursDrm;
import fr.monchai.drm.ReglagesDrm;
import fr.monchai.drm.ServiceDrm;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.Route;
import fr.monchai.server.http.TableRoutes;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The monthly DRM (preview, export, history, files), locking a month, and the journal as CSV. */
final class RoutesDrm implements Ressource {

    private final Parametres parametres;
    private final ReglagesDrm reglages;
    private final ServiceDrm drm;
    private final ExportateursDrm plugins;

    /** An export of a month's DRM; a final one locks the month. */
    record Demande(String mois, Optional<String> plugin, Boolean definitif) {}

    /** A domaine's settings of a DRM plugin, such as InterLoire's {@code catalogue_produits} (the portal's catalogue, as text). */
    record Reglages(Map<String, String> reglages) {}

    /** An installed DRM plugin, as a domaine chooses it and fills its settings. */
    record ModuleDrm(String id, String nom, int versionSpi, List<ReglageModule> reglages, boolean celuiDuDomaine) {}

    /** A setting a plugin takes: its key, its label, {@code TEXTE} or {@code DOCUMENT}, its default, whether it is a secret. */
    record ReglageModule(String nom, String libelle, String type, String defaut, boolean secret) {}

    /** The domaine's DRM plugin: the one it chose, or the server's default when it chose none. */
    record ChoixDrm(String plugin, boolean choisiParLeDomaine) {}

    /** Choosing the domaine's DRM plugin. */
    record Choix(String plugin) {}

    /** Locking a declared month. */
    record Verrou(String mois) {}

    /** A locked month and how many movements it locked. */
    record Verrouillage(String mois, int mouvementsVerrouilles) {}

    RoutesDrm(MonChai chai, Parametres parametres, ReglagesDrm reglages, ExportateursDrm plugins) {
        this.parametres = parametres;
        this.reglages = reglages;
        this.drm = new ServiceDrm(chai, plugins);
        this.plugins = plugins;
    }

    @Override
    public void declarer(TableRoutes t) {
        t.route(
                "GET",
                "/api/drm/apercu",
                Role.DECLARATION,
                "La DRM d'un mois et ce que les contrôles y trouvent (?mois=AAAA-MM, &plugin= pour un autre module que celui du domaine)",
                Void.class,
                ApercuDrm.class,
                r -> {
                    String plugin = r.query("plugin").orElseGet(() -> reglages.plugin(r.domaine()));
                    return Reponse.ok(drm.apercu(
                            r.domaine(),
                            mois(r.query("mois")),
                            declarant(r),
                            plugin,
                            reglages.de(r.domaine(), plugin)));
                });
        t.route(
                "POST",
                "/api/drm/exports",
                Role.DECLARATION,
                "Exporte la DRM d'un mois ; définitive, elle verrouille le mois",
                Demande.class,
                ExportDeclaration.class,
                r -> {
                    Demande d = r.lire(Demande.class);
                    String plugin = (d.plugin() == null ? Optional.<String>empty() : d.plugin())
                            .orElseGet(() -> reglages.plugin(r.domaine()));
                    ExportDrm demande = ExportDrm.de(mois(Optional.ofNullable(d.mois())), declarant(r))
                            .plugin(plugin)
                            .configuration(reglages.de(r.domaine(), plugin))
                            .par(r.utilisateur().orElseThrow().email());
                    ExportDeclaration e = drm.exporter(r.domaine(), d.definitif() ? demande.definitif() : demande);
                    return Reponse.cree(e);
                });
        t.route(
                "GET",
                "/api/domaine/drm/:plugin",
                Role.ADMINISTRATION,
                "Les réglages d'un module DRM pour le domaine (vides : ceux par défaut)",
                Void.class,
                Reglages.class,
                r -> Reponse.ok(new Reglages(
                        reglages.affichables(r.domaine(), r.parametres().get("plugin")))));
        t.route(
                "PUT",
                "/api/domaine/drm/:plugin",
                Role.ADMINISTRATION,
                "Remplace les réglages d'un module DRM, vérifiés par le module avant d'être gardés (InterLoire : catalogue_produits, le catalogue complet du portail)",
                Reglages.class,
                Reglages.class,
                r -> {
                    Reglages nouveaux = r.lire(Reglages.class);
                    reglages.enregistrer(r.domaine(), r.parametres().get("plugin"), nouveaux.reglages());
                    return Reponse.ok(new Reglages(
                            reglages.affichables(r.domaine(), r.parametres().get("plugin"))));
                });
        t.route(
                "GET",
                "/api/drm/plugins",
                Role.TOUS,
                "Les modules DRM installés sur le serveur, avec les réglages que chacun prend",
                Void.class,
                Route.liste(ModuleDrm.class),
                r -> {
                    String duDomaine = plugin(r);
                    return Reponse.ok(plugins.toutes().stream()
                            .map(f -> new ModuleDrm(
                                    f.id(),
                                    f.nom(),
                                    f.versionSpi(),
                                    f.reglages().stream()
                                            .map(g -> new ReglageModule(
                                                    g.nom(),
                                                    g.libelle(),
                                                    g.type().name(),
                                                    g.defaut(),
                                                    g.secret()))
                                            .toList(),
                                    f.id().equals(duDomaine)))
                            .toList());
                });
        t.route(
                "GET",
                "/api/domaine/drm",
                Role.TOUS,
                "Le module DRM du domaine : celui qu'il a choisi, sinon celui du serveur",
                Void.class,
                ChoixDrm.class,
                r -> Reponse.ok(new ChoixDrm(reglages.plugin(r.domaine()), reglages.choisi(r.domaine()))));
        t.route(
                "PUT",
                "/api/domaine/drm",
                Role.ADMINISTRATION,
                "Choisit le module DRM du domaine (ses aperçus, exports et formulaires de vendange le suivent)",
                Choix.class,
                ChoixDrm.class,
                r -> {
                    Choix c = r.lire(Choix.class);
                    if (c.plugin() == null || c.plugin().isBlank()) {
                        throw new DomainException(
                                CodeErreur.SAISIE_INVALIDE,
                                "plugin",
                                "le module DRM est obligatoire (GET /api/drm/plugins les liste)");
                    }
                    reglages.choisir(r.domaine(), c.plugin());
                    return Reponse.ok(new ChoixDrm(reglages.plugin(r.domaine()), true));
                });
        t.route(
                "GET",
                "/api/drm/exports",
                Role.DECLARATION,
                "L'historique des exports DRM",
                Void.class,
                Route.liste(ExportDeclaration.class),
                r -> Reponse.ok(r.chai().declarations().historique()));
        t.route(
                "GET",
                "/api/drm/exports/:id/fichiers/:rang",
                Role.DECLARATION,
                "Télécharge un fichier d'un export (CSV, XML, PDF)",
                Void.class,
                Route.Fichier.class,
                r -> {
                    ExportDeclaration e =
                            Exiger.trouve(r.chai().declarations().trouver(r.id("id")), "id", "l'export", r.id("id"));
                    long rang = r.id("rang");
                    if (rang < 0 || rang >= e.artefacts().size()) {
                        throw new DomainException(
                                CodeErreur.INTROUVABLE, "rang", "l'export n'a pas de fichier n° " + rang);
                    }
                    Artefact a = e.artefacts().get((int) rang);
                    return Reponse.fichier(a.contenu(), a.typeMedia(), a.nom());
                });
        t.route(
                "POST",
                "/api/periodes/verrouiller",
                Role.CORRECTION,
                "Verrouille un mois déclaré",
                Verrou.class,
                Verrouillage.class,
                r -> {
                    YearMonth m = mois(Optional.ofNullable(r.lire(Verrou.class).mois()));
                    return Reponse.ok(new Verrouillage(
                            m.toString(), r.chai().declarations().verrouillerMois(m)));
                });
        t.route(
                "GET",
                "/api/mouvements.csv",
                Role.TOUS,
                "Le journal en CSV (?du=&au=&type=&statut=&lot=&cuve=), pour le cahier de cave et la comptabilité",
                Void.class,
                Route.Fichier.class,
                r -> Reponse.fichier(
                        JournalCsv.ecrire(r.chai(), FiltresJournal.lire(r), JournalCsv.Lecteur.PROGRAMME),
                        "text/csv; charset=utf-8",
                        "journal.csv"));
    }

    /** The domaine's plugin, or none when the server cannot choose it. */
    private String plugin(Requete r) {
        try {
            return reglages.plugin(r.domaine());
        } catch (DomainException e) {
            return "";
        }
    }

    private fr.monchai.drm.modele.Declarant declarant(Requete r) {
        return fr.monchai.drm.modele.Declarant.de(
                parametres
                        .de(r.domaine())
                        .orElseThrow(
                                () -> new DomainException(
                                        CodeErreur.OPERATION_INCOHERENTE,
                                        "parametres",
                                        "renseignez d'abord l'identité du domaine (PUT /api/domaine/parametres) : numéro d'accise, identifiant InterLoire…")));
    }

    private static YearMonth mois(Optional<String> texte) {
        try {
            return YearMonth.parse(texte.orElseThrow(() -> new DomainException(
                    CodeErreur.SAISIE_INVALIDE, "mois", "le mois est obligatoire, au format AAAA-MM")));
        } catch (DateTimeParseException e) {
            throw new DomainException(CodeErreur.SAISIE_INVALIDE, "mois", "doit être un mois AAAA-MM");
        }
    }
}
