package fr.monchai.server;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import fr.monchai.core.MonChai;
import fr.monchai.core.compte.CompteService;
import fr.monchai.core.compte.Expediteur;
import fr.monchai.drm.ExportateursDrm;
import fr.monchai.drm.ServiceDrm;
import fr.monchai.facture.FormatsFacture;
import fr.monchai.persistence.BaseDeDonnees;
import fr.monchai.persistence.PoolConnexions;
import fr.monchai.persistence.StockagePostgres;
import fr.monchai.server.api.Api;
import fr.monchai.server.api.Limiteur;
import fr.monchai.server.api.Parametres;
import fr.monchai.server.api.Ralentisseur;
import fr.monchai.server.api.ReglagesDrm;
import fr.monchai.server.api.Ressource;
import fr.monchai.server.api.Ressources;
import fr.monchai.server.api.TableRoutes;
import fr.monchai.server.courrier.AvisParCourriel;
import fr.monchai.server.courrier.BoiteEnvoiJournalisee;
import fr.monchai.server.courrier.ExpediteurSmtp;
import fr.monchai.server.pages.Gabarits;
import fr.monchai.server.pages.PagesAcces;
import fr.monchai.server.pages.PagesChai;
import fr.monchai.server.pages.PagesEquipe;
import fr.monchai.server.pages.PagesErreurHtml;
import fr.monchai.server.pages.Vue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The server's wiring: the database, the register on it, the accounts and settings, the API. */
public final class ModuleServeur extends AbstractModule {

    private static final java.util.logging.Logger JOURNAL = java.util.logging.Logger.getLogger("fr.monchai.server");

    /** Connections in the pool, and workers running requests. */
    public static final int TAILLE_POOL = 16;

    private final Configuration configuration;

    /** @param configuration the settings */
    public ModuleServeur(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected void configure() {
        bind(Configuration.class).toInstance(configuration);
    }

    @Provides
    @Singleton
    BaseDeDonnees base() {
        return BaseDeDonnees.depuisEnvironnement(configuration.env(), configuration.donnees());
    }

    @Provides
    @Singleton
    PoolConnexions pool(BaseDeDonnees base) {
        return base.pool(TAILLE_POOL);
    }

    @Provides
    @Singleton
    StockagePostgres stockage(PoolConnexions pool) {
        return StockagePostgres.sur(pool);
    }

    @Provides
    @Singleton
    MonChai chai(StockagePostgres stockage) {
        return new MonChai(stockage.depots());
    }

    @Provides
    @Singleton
    AdressePublique adressePublique() {
        return new AdressePublique(configuration.adressePublique());
    }

    @Provides
    @Singleton
    AvisParCourriel avis(StockagePostgres stockage, AdressePublique adresse) {
        Expediteur expediteur = configuration
                .smtp()
                .<Expediteur>map(url -> new ExpediteurSmtp(url, configuration.expediteur()))
                .orElseGet(() -> new BoiteEnvoiJournalisee(stockage.boiteEnvoi()));
        return new AvisParCourriel(expediteur, adresse::texte);
    }

    @Provides
    @Singleton
    CompteService comptes(StockagePostgres stockage, AvisParCourriel avis) {
        return stockage.comptes(avis, Clock.systemUTC());
    }

    @Provides
    @Singleton
    Parametres parametres(StockagePostgres stockage) {
        return new Parametres(stockage.parametres());
    }

    @Provides
    @Singleton
    FormatsFacture formats() {
        return FormatsFacture.decouvrir();
    }

    @Provides
    @Singleton
    ExportateursDrm exportateursDrm() {
        // Refusals are told, not fatal: the other plugins, and the domaines that use them, still work.
        return ExportateursDrm.decouvrir().avecDossier(configuration.plugins(), refus -> JOURNAL.warning(refus));
    }

    @Provides
    @Singleton
    Api api(
            MonChai chai,
            CompteService comptes,
            Parametres parametres,
            StockagePostgres stockage,
            FormatsFacture formats,
            ExportateursDrm drm) {
        Ralentisseur ralentisseur = new Ralentisseur(Clock.systemUTC());
        // Ten mails an hour per client group and per address: a person's retries pass, a mail bomb does not.
        Limiteur courriels = new Limiteur(Clock.systemUTC(), 10, java.time.Duration.ofHours(1));
        Gabarits gabarits = new Gabarits();
        // The navigation reads the route table, which the pages' own routes complete: it is read once built.
        java.util.concurrent.atomic.AtomicReference<List<fr.monchai.server.api.Route>> table =
                new java.util.concurrent.atomic.AtomicReference<>(List.of());
        fr.monchai.server.pages.Navigation navigation = new fr.monchai.server.pages.Navigation(table::get);
        Vue vue = new Vue(gabarits, chai, navigation);
        ReglagesDrm reglagesDrm = new ReglagesDrm(stockage.parametres(), drm);
        List<Ressource> ressources = new ArrayList<>(Ressources.api(
                chai, comptes, parametres, formats, drm, reglagesDrm, stockage::repond, ralentisseur, courriels));
        ressources.add(new PagesAcces(vue, comptes, ralentisseur, courriels));
        ServiceDrm serviceDrm = new ServiceDrm(chai, drm);
        // The products a winemaker chooses from are the DRM portal's (the domaine's own catalogue once loaded):
        // the label they sign is the one customs hold.
        ressources.add(new PagesChai(
                vue,
                chai,
                (domaine, mois) -> parametres.de(domaine).flatMap(p -> {
                    try {
                        String plugin = reglagesDrm.plugin(domaine);
                        return java.util.Optional.of(serviceDrm
                                .apercu(domaine, mois, p.declarant(), plugin, reglagesDrm.de(domaine, plugin))
                                .anomalies()
                                .size());
                    } catch (fr.monchai.core.commun.DomainException e) {
                        return java.util.Optional
                                .empty(); // no plugin the server can choose: the dashboard says nothing of the DRM
                    }
                }),
                reglagesDrm::produits));
        ressources.add(new PagesEquipe(vue, comptes));
        List<fr.monchai.server.api.Route> routes = TableRoutes.de(ressources).routes();
        table.set(routes);
        return new Api(
                chai,
                routes,
                comptes,
                stockage.idempotence(),
                configuration.cookiesSecurises(),
                configuration.tailleCorpsMax(),
                configuration.proxies(),
                configuration.adressePublique(),
                new PagesErreurHtml(gabarits, navigation));
    }

    @Provides
    ServeurHttp serveur(Api api, AdressePublique adresse) {
        return new ServeurHttp(api, configuration.ecoute(), configuration.port(), TAILLE_POOL, adresse);
    }
}
