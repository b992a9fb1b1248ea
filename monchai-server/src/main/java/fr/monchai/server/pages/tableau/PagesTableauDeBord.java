package fr.monchai.server.pages.tableau;

import fr.monchai.comptes.Role;
import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.commun.Calendrier;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.core.registre.StockBouteilles;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.Route;
import fr.monchai.server.http.TableRoutes;
import fr.monchai.server.pages.CarteCuve;
import fr.monchai.server.pages.ControlesDrm;
import fr.monchai.server.pages.DeclarationPages;
import fr.monchai.server.pages.Gabarit;
import fr.monchai.server.pages.LigneJournal;
import fr.monchai.server.pages.Vue;
import fr.monchai.server.textes.Formats;
import fr.monchai.server.textes.Libelles;
import fr.monchai.server.textes.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** The dashboard: the drafts to validate, the cuves full or empty, the bottles in stock, the next DRM. */
public final class PagesTableauDeBord implements Ressource {

    /**
     * The dashboard's model.
     *
     * @param brouillons the latest drafts
     * @param nbBrouillons how many drafts there are
     * @param cuves the cuves full or empty
     * @param bouteilles the bottles in stock
     * @param sorties how many exits this month
     * @param moisDrm the month the next DRM declares, in words
     * @param echeanceDrm its deadline, as shown
     * @param anomalies how many anomalies its checks find, {@code ""} when it cannot be prepared yet
     */
    public record TableauDeBord(
            List<LigneJournal> brouillons,
            long nbBrouillons,
            List<CarteCuve> cuves,
            List<Bouteilles> bouteilles,
            long sorties,
            String moisDrm,
            String echeanceDrm,
            String anomalies) {}

    /**
     * Bottles in stock.
     *
     * @param reference the bottle lot's reference
     * @param produit its product
     * @param nombre how many, as shown
     * @param contenance the bottle's size, as shown
     */
    public record Bouteilles(String reference, String produit, String nombre, String contenance) {}

    static final Gabarit<TableauDeBord> TABLEAU =
            Gabarit.de("tableau-de-bord/tableau-de-bord.ftlh", TableauDeBord.class);

    private final Vue vue;
    private final ControlesDrm controles;
    private final Clock horloge;

    /**
     * @param vue the pages' layout
     * @param controles the DRM's checks on a month
     * @param horloge the clock that says which month is the DRM's
     */
    public PagesTableauDeBord(Vue vue, ControlesDrm controles, Clock horloge) {
        this.vue = vue;
        this.controles = controles;
        this.horloge = horloge;
    }

    @Override
    public void declarer(TableRoutes t) {
        DeclarationPages.dans(t)
                .place(
                        "/app/tableau-de-bord",
                        Role.TOUS,
                        "Le tableau de bord",
                        new Route.Place(Messages.texte("nav.tableau-de-bord"), 10, true),
                        this::tableauDeBord);
    }

    private Reponse tableauDeBord(Requete r) {
        ChaiDomaine d = r.chai();
        Libelles libelles = new Libelles(d);
        FiltreJournal brouillons = FiltreJournal.TOUT.statut(StatutMouvement.BROUILLON);
        LocalDate aujourdhui = Calendrier.aujourdhui(horloge);
        long sorties = d.journal(
                        FiltreJournal.TOUT
                                .periode(aujourdhui.withDayOfMonth(1), aujourdhui)
                                .type(TypeMouvement.VENTE_SORTIE_STOCK)
                                .statut(StatutMouvement.VALIDE),
                        1,
                        1)
                .total();
        LocalDate echeance = Calendrier.prochaineEcheanceDrm(aujourdhui);
        YearMonth mois = Calendrier.moisDeclare(echeance);
        return vue.page(
                r,
                200,
                TABLEAU,
                Messages.texte("nav.tableau-de-bord"),
                "/app/tableau-de-bord",
                new TableauDeBord(
                        d.journal(brouillons, 1, 5).elements().stream()
                                .map(m -> LigneJournal.de(m, libelles, d))
                                .toList(),
                        d.journal(brouillons, 1, 1).total(),
                        d.etatCuves().stream()
                                .map(CarteCuve::de)
                                .filter(c -> !"occupee".equals(c.classe()))
                                .toList(),
                        d.stockBouteilles().stream()
                                .filter(s -> s.nbBouteilles() > 0)
                                .map(PagesTableauDeBord::bouteilles)
                                .toList(),
                        sorties,
                        mois.getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE) + " " + mois.getYear(),
                        Formats.date(echeance),
                        controles.anomalies(d.id(), mois).map(String::valueOf).orElse("")));
    }

    private static Bouteilles bouteilles(StockBouteilles s) {
        return new Bouteilles(
                s.bouteilleLot().reference(),
                s.bouteilleLot().produit().libelleDouane(),
                Formats.nombre(s.nbBouteilles()),
                s.bouteilleLot().contenanceMl() / 10 + " cl");
    }
}
