package fr.monchai.server;

import fr.monchai.comptes.CompteService;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.server.http.Limiteur;
import fr.monchai.server.http.Ralentisseur;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.pages.ControlesDrm;
import fr.monchai.server.pages.Vue;
import fr.monchai.server.pages.acces.PagesAcces;
import fr.monchai.server.pages.cuverie.PagesCuverie;
import fr.monchai.server.pages.equipe.PagesCompte;
import fr.monchai.server.pages.equipe.PagesEquipe;
import fr.monchai.server.pages.journal.PagesJournal;
import fr.monchai.server.pages.lots.PagesLots;
import fr.monchai.server.pages.operations.PagesOperations;
import fr.monchai.server.pages.operations.PagesVendanges;
import fr.monchai.server.pages.operations.ProduitsProposes;
import fr.monchai.server.pages.parcelles.PagesParcelles;
import fr.monchai.server.pages.tableau.PagesTableauDeBord;
import java.time.Clock;
import java.util.List;
import java.util.function.LongFunction;

/** Every feature's pages, in the order their routes are declared. A new feature adds its class here. */
public final class ToutesLesPages {

    private ToutesLesPages() {}

    /**
     * {@return the pages' resources}
     *
     * @param vue the pages' layout
     * @param comptes the accounts
     * @param ralentisseur the slowing of failed logins, shared with the API's
     * @param courriels the limit on mails sent for one client or address, shared with the API's
     * @param controles the DRM's checks on a month, for the dashboard
     * @param catalogue a domaine's products its DRM portal knows, offered beside those it holds
     * @param horloge the clock that says today
     */
    public static List<Ressource> toutes(
            Vue vue,
            CompteService comptes,
            Ralentisseur ralentisseur,
            Limiteur courriels,
            ControlesDrm controles,
            LongFunction<List<ProduitFiscal>> catalogue,
            Clock horloge) {
        ProduitsProposes produits = new ProduitsProposes(catalogue);
        return List.of(
                new PagesAcces(vue, comptes, ralentisseur, courriels),
                new PagesTableauDeBord(vue, controles, horloge),
                new PagesParcelles(vue),
                new PagesCuverie(vue),
                new PagesVendanges(vue, produits, horloge),
                new PagesOperations(vue, produits, horloge),
                new PagesJournal(vue, horloge),
                new PagesLots(vue),
                new PagesEquipe(vue, comptes, horloge),
                new PagesCompte(vue, comptes));
    }
}
