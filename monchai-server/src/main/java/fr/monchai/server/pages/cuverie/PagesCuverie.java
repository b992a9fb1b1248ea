package fr.monchai.server.pages.cuverie;

import fr.monchai.comptes.Role;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.registre.EtatCuve;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.Route;
import fr.monchai.server.http.TableRoutes;
import fr.monchai.server.pages.CarteCuve;
import fr.monchai.server.pages.Cuves;
import fr.monchai.server.pages.DeclarationPages;
import fr.monchai.server.pages.Formulaire;
import fr.monchai.server.pages.Gabarit;
import fr.monchai.server.pages.Vue;
import fr.monchai.server.textes.Formats;
import fr.monchai.server.textes.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cuverie: every cuve as a card with its totals and filters, a new cuve, one cuve and what can be done with it. */
public final class PagesCuverie implements Ressource {

    /**
     * The cuverie.
     *
     * @param cuves the cuves the filters keep
     * @param aucune whether the domaine has no cuve yet
     * @param totaux the totals of every cuve
     * @param filtre {@code toutes}, {@code vides} or {@code pleines}
     * @param place the free room asked for, as typed
     * @param erreurs what the filters could not read
     */
    public record Cuverie(
            List<CarteCuve> cuves,
            boolean aucune,
            Totaux totaux,
            String filtre,
            String place,
            Map<String, String> erreurs) {}

    /**
     * The cuverie's totals, as shown.
     *
     * @param nombre how many cuves
     * @param capacite their capacity in hl
     * @param occupe the wine they hold in hl
     * @param libre their free room in hl
     */
    public record Totaux(long nombre, String capacite, String occupe, String libre) {}

    /**
     * A cuve's page.
     *
     * @param cuve its card
     */
    public record FicheCuve(CarteCuve cuve) {}

    /**
     * The new cuve form.
     *
     * @param saisi what the form holds
     * @param erreurs the core's refusals, by field
     */
    public record NouvelleCuveForm(Map<String, String> saisi, Map<String, String> erreurs) {}

    static final Gabarit<Cuverie> CUVERIE = Gabarit.de("cuverie/cuverie.ftlh", Cuverie.class);
    static final Gabarit<FicheCuve> CUVE = Gabarit.de("cuverie/cuve.ftlh", FicheCuve.class);
    static final Gabarit<NouvelleCuveForm> NOUVELLE = Gabarit.de("cuverie/cuve-nouvelle.ftlh", NouvelleCuveForm.class);

    /** The cuverie's path: the section of every cuve and cellar operation page. */
    public static final String SECTION = "/app/cuverie";

    private final Vue vue;

    /** @param vue the pages' layout */
    public PagesCuverie(Vue vue) {
        this.vue = vue;
    }

    @Override
    public void declarer(TableRoutes t) {
        DeclarationPages p = DeclarationPages.dans(t);
        p.place(
                SECTION,
                Role.TOUS,
                "La cuverie",
                new Route.Place(Messages.texte("nav.cuverie"), 20, true),
                this::cuverie);
        p.get("/app/cuves/nouvelle", Role.CHAI, "Nouvelle cuve", this::nouvelle);
        p.post("/app/cuves", Role.CHAI, "Crée une cuve", this::creer);
        p.get("/app/cuves/:id", Role.TOUS, "Une cuve", this::cuve);
    }

    private Reponse cuverie(Requete r) {
        String filtre = r.query("filtre").orElse("toutes");
        Optional<BigDecimal> place = Optional.empty();
        Map<String, String> erreurs = new HashMap<>();
        try {
            place = Formulaire.deRequete(r.query()).decimal("place");
            if (place.isPresent() && place.get().signum() < 0) {
                throw new DomainException(CodeErreur.SAISIE_INVALIDE, "place", "doit être positif");
            }
        } catch (DomainException e) {
            // Said, never silently ignored: the cuverie is shown unfiltered by volume, with why.
            erreurs.put(
                    "place",
                    "« " + r.query("place").orElse("")
                            + " » n'est pas un volume : tapez un nombre d'hectolitres, comme 12,5");
            place = Optional.empty();
        }
        List<EtatCuve> etats = r.chai().etatCuves();
        Volume capacite = Volume.ZERO;
        Volume occupe = Volume.ZERO;
        List<CarteCuve> cartes = new ArrayList<>();
        for (EtatCuve e : etats) {
            capacite = capacite.plus(e.cuve().capacite());
            occupe = occupe.plus(e.volume());
            CarteCuve carte = CarteCuve.de(e);
            boolean garde = switch (filtre) {
                case "vides" -> "vide".equals(carte.classe());
                case "pleines" -> "pleine".equals(carte.classe());
                default -> true;
            };
            if (place.isPresent() && e.libre().enHl().compareTo(place.get()) < 0) {
                garde = false;
            }
            if (garde) {
                cartes.add(carte);
            }
        }
        Totaux totaux =
                new Totaux(etats.size(), Formats.hl(capacite), Formats.hl(occupe), Formats.hl(capacite.moins(occupe)));
        return vue.page(
                r,
                200,
                CUVERIE,
                Messages.texte("nav.cuverie"),
                SECTION,
                new Cuverie(
                        cartes,
                        etats.isEmpty(),
                        totaux,
                        filtre,
                        r.query("place").orElse(""),
                        erreurs));
    }

    private Reponse nouvelle(Requete r) {
        return vue.page(r, 200, NOUVELLE, "Nouvelle cuve", SECTION, new NouvelleCuveForm(Map.of(), Map.of()));
    }

    private Reponse creer(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        try {
            r.chai()
                    .creerCuve(new NouvelleCuve(
                            f.obligatoire("nom"), f.decimal("capaciteHl").orElse(null), f.texte("materiau")));
            return Reponse.redirection("/app/cuverie?fait=cuve-creee");
        } catch (DomainException e) {
            return vue.page(
                    r, 422, NOUVELLE, "Nouvelle cuve", SECTION, new NouvelleCuveForm(f.saisi(), Vue.erreurs(e)));
        }
    }

    private Reponse cuve(Requete r) {
        EtatCuve etat = Cuves.etat(r);
        return vue.page(r, 200, CUVE, etat.cuve().nom(), SECTION, new FicheCuve(CarteCuve.de(etat)));
    }
}
