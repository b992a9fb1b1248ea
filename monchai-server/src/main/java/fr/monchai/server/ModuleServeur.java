package fr.monchai.server;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import fr.monchai.comptes.CompteService;
import fr.monchai.comptes.Expediteur;
import fr.monchai.core.MonChai;
import fr.monchai.core.commun.Calendrier;
import fr.monchai.core.commun.DomainException;
import fr.monchai.drm.ExportateursDrm;
import fr.monchai.drm.ReglagesDrm;
import fr.monchai.drm.ServiceDrm;
import fr.monchai.facture.FormatsFacture;
import fr.monchai.persistence.BaseDeDonnees;
import fr.monchai.persistence.PoolConnexions;
import fr.monchai.persistence.StockagePostgres;
import fr.monchai.server.api.Parametres;
import fr.monchai.server.api.Ressources;
import fr.monchai.server.courrier.AvisParCourriel;
import fr.monchai.server.courrier.BoiteEnvoiJournalisee;
import fr.monchai.server.courrier.ExpediteurSmtp;
import fr.monchai.server.http.Limiteur;
import fr.monchai.server.http.Ralentisseur;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.Route;
import fr.monchai.server.http.Routeur;
import fr.monchai.server.http.TableRoutes;
import fr.monchai.server.pages.ControlesDrm;
import fr.monchai.server.pages.Gabarits;
import fr.monchai.server.pages.Navigation;
import fr.monchai.server.pages.PagesErreurHtml;
import fr.monchai.server.pages.Vue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

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
        return stockage.comptes(avis, Clock.systemUTC()); // instants only: the zone does not matter
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
    Clock horloge() {
        return Clock.system(Calendrier.FUSEAU);
    }

    @Provides
    @Singleton
    Routeur api(
            MonChai chai,
            CompteService comptes,
            Parametres parametres,
            StockagePostgres stockage,
            FormatsFacture formats,
            ExportateursDrm drm,
            Clock horloge) {
        Ralentisseur ralentisseur = new Ralentisseur(horloge);
        // Ten mails an hour per client group and per address: a person's retries pass, a mail bomb does not.
        Limiteur courriels = new Limiteur(horloge, 10, java.time.Duration.ofHours(1));
        // The navigation reads the route table, which the pages' own routes complete: it is read once built.
        AtomicReference<List<Route>> table = new AtomicReference<>(List.of());
        Vue vue = new Vue(new Gabarits(), chai, new Navigation(table::get));
        ReglagesDrm reglagesDrm = new ReglagesDrm(stockage.parametres(), parametres, drm);
        List<Ressource> ressources = new ArrayList<>(Ressources.api(
                chai,
                comptes,
                parametres,
                formats,
                drm,
                reglagesDrm,
                stockage::repond,
                ralentisseur,
                courriels,
                horloge));
        ServiceDrm serviceDrm = new ServiceDrm(chai, drm);
        ControlesDrm controles = (domaine, mois) -> parametres.de(domaine).flatMap(p -> {
            try {
                String plugin = reglagesDrm.plugin(domaine);
                return Optional.of(serviceDrm
                        .apercu(
                                domaine,
                                mois,
                                fr.monchai.drm.modele.Declarant.de(p),
                                plugin,
                                reglagesDrm.de(domaine, plugin))
                        .anomalies()
                        .size());
            } catch (DomainException e) {
                return Optional.empty(); // no plugin the server can choose: the dashboard says nothing of the DRM
            }
        });
        // The products a winemaker chooses from are the DRM portal's (the domaine's own catalogue once loaded):
        // the label they sign is the one customs hold.
        ressources.addAll(ToutesLesPages.toutes(
                vue, comptes, ralentisseur, courriels, controles, reglagesDrm::produits, horloge));
        List<Route> routes = TableRoutes.de(ressources).routes();
        table.set(routes);
        return new Routeur(
                chai,
                routes,
                comptes,
                stockage.idempotence(),
                configuration.cookiesSecurises(),
                configuration.tailleCorpsMax(),
                configuration.proxies(),
                configuration.adressePublique(),
                new PagesErreurHtml(vue));
    }

    @Provides
    ServeurHttp serveur(Routeur api, AdressePublique adresse) {
        return new ServeurHttp(api, configuration.ecoute(), configuration.port(), TAILLE_POOL, adresse);
    }
}
