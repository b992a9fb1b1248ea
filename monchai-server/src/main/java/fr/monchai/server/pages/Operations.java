package fr.monchai.server.pages;

import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.server.http.Reponse;
import fr.monchai.server.http.Requete;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/** What every cellar operation's form does once read: record it, then land where its result shows. */
public final class Operations {

    private Operations() {}

    /**
     * Enters a cellar operation as a draft, or enters and validates it in one transaction (the core's
     * {@link ChaiDomaine#enregistrerEtValider}: a refused validation leaves no draft behind), as the form's button
     * asked.
     *
     * @param r the request
     * @param valider whether the person pressed « Valider » rather than « Enregistrer le brouillon »
     * @param saisie the use case that enters the draft
     * @return the movement, a draft or validated
     */
    public static Mouvement enregistrer(Requete r, boolean valider, Function<ChaiDomaine, Mouvement> saisie) {
        return valider ? r.chai().enregistrerEtValider(saisie) : saisie.apply(r.chai());
    }

    /**
     * Where a form lands once its operation is recorded: a draft on its own page, with its « Valider » there; a
     * validated movement on the cuve that received the wine (where its result shows), bottles on the movement's page;
     * the confirmation names it.
     *
     * @param r the request
     * @param m the movement recorded
     * @param fait the confirmation's key in the messages ({@code fait.<key>})
     * @return the redirection
     */
    public static Reponse apres(Requete r, Mouvement m, String fait) {
        if (m.statut() == StatutMouvement.BROUILLON) {
            return Reponse.redirection("/app/mouvements/" + m.id() + "?fait=" + fait);
        }
        boolean bouteilles = m.lignes().stream()
                .anyMatch(l ->
                        l.compte() instanceof Compte.DeBouteilles && l.volume().estPositif());
        Optional<Long> cuveRemplie = bouteilles
                ? Optional.empty()
                : m.lignes().stream()
                        .filter(l -> l.compte() instanceof Compte.DeLot)
                        .sorted(Comparator.comparing(l -> !l.volume().estPositif()))
                        .map(l -> r.chai().lot(((Compte.DeLot) l.compte()).lotId()))
                        .flatMap(Optional::stream)
                        .map(Lot::cuveId)
                        .findFirst();
        return Reponse.redirection(cuveRemplie.map(c -> "/app/cuves/" + c).orElse("/app/mouvements/" + m.id())
                + "?fait=" + fait + "&mouvement=" + m.id());
    }

    /**
     * {@return whether the form's button was « Valider »}
     *
     * @param f the form
     */
    public static boolean valider(Formulaire f) {
        return "valider".equals(f.obligatoire("action"));
    }
}
