package fr.monchai.server.pages.journal;

import fr.monchai.comptes.Role;
import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.commun.Calendrier;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Exiger;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.core.registre.ContrePassation;
import fr.monchai.server.api.FiltresJournal;
import fr.monchai.server.api.JournalCsv;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import fr.monchai.server.http.Ressource;
import fr.monchai.server.http.Route;
import fr.monchai.server.http.TableRoutes;
import fr.monchai.server.pages.Choix;
import fr.monchai.server.pages.DeclarationPages;
import fr.monchai.server.pages.Formulaire;
import fr.monchai.server.pages.Gabarit;
import fr.monchai.server.pages.LigneJournal;
import fr.monchai.server.pages.Operations;
import fr.monchai.server.pages.Vue;
import fr.monchai.server.textes.Formats;
import fr.monchai.server.textes.Libelles;
import fr.monchai.server.textes.Messages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The register's journal: newest first, filtered by day, cuve, type and status, downloaded as a CSV; a movement's own
 * page; validating or deleting a draft, and cancelling a validated movement by a reversing entry.
 */
public final class PagesJournal implements Ressource {

    /**
     * The journal.
     *
     * @param mouvements this page's movements, newest first
     * @param filtres the filters applied, by parameter
     * @param requete the filters as an address's query, for the CSV and the other pages
     * @param page this page's number
     * @param pages how many pages
     * @param total how many movements match
     * @param types the movement types to filter by
     * @param cuves the cuves to filter by
     * @param erreurs what the filters could not read
     */
    public record Journal(
            List<LigneJournal> mouvements,
            Map<String, String> filtres,
            String requete,
            int page,
            long pages,
            long total,
            List<Choix> types,
            List<Choix> cuves,
            Map<String, String> erreurs) {}

    /**
     * A movement's page.
     *
     * @param m the movement as lists show it
     * @param lignes its legs, each with the page of its lot when it has one
     * @param destination its fiscal destination in words, or {@code ""}
     * @param original the movement a reversing entry cancels, if it is one
     * @param aujourdhui today, the reversal's default day
     * @param erreurs why an action was refused
     */
    public record FicheMouvement(
            LigneJournal m,
            List<LigneDetail> lignes,
            String destination,
            List<LigneJournal.Inverse> original,
            String aujourdhui,
            Map<String, String> erreurs) {}

    /**
     * One leg of a movement.
     *
     * @param texte the leg in words
     * @param lien the page of its lot, or {@code ""}
     */
    public record LigneDetail(String texte, String lien) {}

    static final Gabarit<Journal> JOURNAL = Gabarit.de("journal/journal.ftlh", Journal.class);
    static final Gabarit<FicheMouvement> MOUVEMENT = Gabarit.de("journal/mouvement.ftlh", FicheMouvement.class);
    private static final String SECTION = "/app/journal";
    private static final int TAILLE_PAGE = 30;

    private final Vue vue;
    private final Clock horloge;

    /**
     * @param vue the pages' layout
     * @param horloge the clock that says today
     */
    public PagesJournal(Vue vue, Clock horloge) {
        this.vue = vue;
        this.horloge = horloge;
    }

    @Override
    public void declarer(TableRoutes t) {
        DeclarationPages p = DeclarationPages.dans(t);
        p.place(
                SECTION,
                Role.TOUS,
                "Le journal des mouvements",
                new Route.Place(Messages.texte("nav.journal"), 30, true),
                this::journal);
        p.get("/app/journal.csv", Role.TOUS, "Le journal en CSV pour un tableur français", this::csv);
        p.get("/app/mouvements/:id", Role.TOUS, "Un mouvement : ses lignes, son statut, ce qu'on peut en faire", r -> {
            return mouvement(r, 200, Map.of());
        });
        p.post("/app/mouvements/:id/valider", Role.CHAI, "Valide un brouillon", this::valider);
        p.post("/app/mouvements/:id/supprimer", Role.CHAI, "Supprime un brouillon", this::supprimer);
        p.post(
                "/app/mouvements/:id/contre-passer",
                Role.CORRECTION,
                "Annule un mouvement validé par une écriture inverse",
                this::contrePasser);
    }

    /** The journal, newest first: the latest page of the register order (drafts last) is the first page shown. */
    private Reponse journal(Requete r) {
        FiltreJournal f = FiltreJournal.TOUT;
        Map<String, String> erreurs = Map.of();
        try {
            f = FiltresJournal.lire(r);
        } catch (DomainException e) {
            // Said beside the filters, never silently dropped: the journal is shown unfiltered, with why.
            erreurs = Vue.erreurs(e);
        }
        ChaiDomaine d = r.chai();
        long total = d.journal(f, 1, 1).total();
        long pages = Math.max(1, (total + TAILLE_PAGE - 1) / TAILLE_PAGE);
        int numero = (int) Math.min(
                pages,
                r.query("page")
                        .flatMap(PagesJournal::entier)
                        .map(x -> Math.max(1, x))
                        .orElse(1L));
        long fin = total - (long) (numero - 1) * TAILLE_PAGE;
        long debut = Math.max(0, fin - TAILLE_PAGE);
        List<Mouvement> elements = new ArrayList<>();
        if (fin > 0) {
            // The register's order read from its end: the page of TAILLE_PAGE movements that ends at « fin ».
            int taille = (int) (fin - debut);
            elements.addAll(
                    debut % taille == 0
                            ? d.journal(f, (int) (debut / taille) + 1, taille).elements()
                            : tranche(d, f, debut, taille));
            Collections.reverse(elements);
        }
        Map<String, String> filtres = new LinkedHashMap<>();
        if (erreurs.isEmpty()) {
            for (String cle : List.of("du", "au", "type", "statut", "lot", "cuve")) {
                r.query(cle).filter(v -> !v.isBlank()).ifPresent(v -> filtres.put(cle, v.toLowerCase(Locale.ROOT)));
            }
        }
        String requete = String.join(
                "&",
                filtres.entrySet().stream()
                        .map(e -> e.getKey() + "="
                                + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                        .toList());
        Libelles libelles = new Libelles(d);
        return vue.page(
                r,
                200,
                JOURNAL,
                "Journal des mouvements",
                SECTION,
                new Journal(
                        elements.stream()
                                .map(m -> LigneJournal.de(m, libelles, d))
                                .toList(),
                        filtres,
                        requete,
                        numero,
                        pages,
                        total,
                        java.util.Arrays.stream(TypeMouvement.values())
                                .map(t -> new Choix(t.code(), Libelles.type(t)))
                                .toList(),
                        d.etatCuves().stream()
                                .map(e -> new Choix(
                                        Long.toString(e.cuve().id()), e.cuve().nom()))
                                .toList(),
                        erreurs));
    }

    private static Optional<Long> entier(String texte) {
        try {
            return Optional.of(Long.parseLong(texte));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Movements {@code debut} to {@code debut + taille} of the journal's order, when they straddle two pages. */
    private static List<Mouvement> tranche(ChaiDomaine d, FiltreJournal f, long debut, int taille) {
        int page = (int) (debut / taille) + 1;
        List<Mouvement> deux = new ArrayList<>(d.journal(f, page, taille).elements());
        deux.addAll(d.journal(f, page + 1, taille).elements());
        int decalage = (int) (debut % taille);
        return deux.subList(Math.min(decalage, deux.size()), Math.min(decalage + taille, deux.size()));
    }

    /** The journal as a French spreadsheet opens it, with the filters the page shows. */
    private Reponse csv(Requete r) {
        return Reponse.fichier(
                JournalCsv.ecrire(r.chai(), FiltresJournal.lire(r), JournalCsv.Lecteur.TABLEUR),
                "text/csv; charset=utf-8",
                "journal.csv");
    }

    private Reponse valider(Requete r) {
        return action(r, () -> Operations.apres(r, r.chai().valider(r.id("id")), "mouvement-valide"));
    }

    private Reponse supprimer(Requete r) {
        return action(r, () -> {
            r.chai().supprimerBrouillon(r.id("id"));
            return Reponse.redirection("/app/journal?fait=mouvement-supprime");
        });
    }

    private Reponse contrePasser(Requete r) {
        Formulaire f = Formulaire.de(r.corps());
        return action(r, () -> {
            Mouvement inverse = r.chai()
                    .contrePasser(new ContrePassation(
                            r.id("id"), f.date("date").orElse(Calendrier.aujourdhui(horloge)), f.obligatoire("motif")));
            return Reponse.redirection("/app/mouvements/" + inverse.id() + "?fait=contre-passation");
        });
    }

    /** A journal action: a refusal shows the movement's page again, with its reason. */
    private Reponse action(Requete r, Supplier<Reponse> operation) {
        try {
            return operation.get();
        } catch (DomainException e) {
            if (e.code() == CodeErreur.INTROUVABLE) {
                throw e;
            }
            return mouvement(r, 422, Vue.erreurGenerale(e));
        }
    }

    private Reponse mouvement(Requete r, int statut, Map<String, String> erreurs) {
        ChaiDomaine d = r.chai();
        Mouvement m = Exiger.trouve(d.mouvement(r.id("id")), "id", "le mouvement", r.id("id"));
        Libelles libelles = new Libelles(d);
        List<LigneDetail> lignes = m.lignes().stream()
                .map(l -> new LigneDetail(
                        libelles.ligne(l), l.compte() instanceof Compte.DeLot lot ? "/app/lots/" + lot.lotId() : ""))
                .toList();
        List<LigneJournal.Inverse> original = (m.contrePasse().isPresent()
                        ? d.mouvement(m.contrePasse().getAsLong())
                        : Optional.<Mouvement>empty())
                        .map(o -> new LigneJournal.Inverse(
                                o.id(),
                                o.numero().isPresent()
                                        ? Long.toString(o.numero().getAsLong())
                                        : ""))
                        .stream()
                        .toList();
        return vue.page(
                r,
                statut,
                MOUVEMENT,
                Libelles.type(m.type()) + " du " + Formats.date(m.date()),
                SECTION,
                new FicheMouvement(
                        LigneJournal.de(m, libelles, d),
                        lignes,
                        m.destination()
                                .map(x -> Libelles.externe(((Compte.Externe) x.compte()).nature()))
                                .orElse(""),
                        original,
                        Calendrier.aujourdhui(horloge).toString(),
                        erreurs));
    }
}
