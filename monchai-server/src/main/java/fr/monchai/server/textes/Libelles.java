package fr.monchai.server.pages;

import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.chai.BouteilleLot;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.CompteExterne;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The register's accounts and movements in a winemaker's words: a lot by its cuve, product and
 * reference, bottles by their lot's name, product and count, the outside accounts and the
 * movement types in French. Lookups are kept for the page being rendered.
 */
final class Libelles {

    private final ChaiDomaine d;
    private final Map<Long, Optional<Lot>> lots = new HashMap<>();
    private final Map<Long, Optional<Cuve>> cuves = new HashMap<>();
    private final Map<Long, Optional<BouteilleLot>> bouteilles = new HashMap<>();

    Libelles(ChaiDomaine d) {
        this.d = d;
    }

    /** {@return the account as a person calls it: « Cuve 1 · Muscadet… (lot Cuve 1 / 2026-09-12) », « Récolte »…} */
    String compte(Compte c) {
        return switch (c) {
            case Compte.DeLot l ->
                lot(l.lotId())
                        .map(lot -> nomCuve(lot.cuveId()) + " · "
                                + lot.produit().libelleDouane() + " (lot " + lot.reference() + ")")
                        .orElse("lot n° " + l.lotId());
            case Compte.DeBouteilles b ->
                bouteilleLot(b.bouteilleLotId())
                        .map(x -> "Bouteilles " + x.reference() + " · "
                                + x.produit().libelleDouane())
                        .orElse("bouteilles n° " + b.bouteilleLotId());
            case Compte.Externe e -> externe(e.nature());
        };
    }

    /** {@return the cuve of a lot's account, if it is one} */
    Optional<Cuve> cuve(Compte c) {
        return c instanceof Compte.DeLot l ? lot(l.lotId()).flatMap(lot -> cuveParId(lot.cuveId())) : Optional.empty();
    }

    /** {@return the lot's reference, or the bottle lot's, for a column of its own} */
    String reference(Compte c) {
        return switch (c) {
            case Compte.DeLot l -> lot(l.lotId()).map(Lot::reference).orElse("");
            case Compte.DeBouteilles b ->
                bouteilleLot(b.bouteilleLotId()).map(BouteilleLot::reference).orElse("");
            case Compte.Externe e -> "";
        };
    }

    /** {@return the account's fiscal product, for a lot or bottles} */
    String produit(Compte c) {
        return switch (c) {
            case Compte.DeLot l ->
                lot(l.lotId()).map(x -> x.produit().libelleDouane()).orElse("");
            case Compte.DeBouteilles b ->
                bouteilleLot(b.bouteilleLotId())
                        .map(x -> x.produit().libelleDouane())
                        .orElse("");
            case Compte.Externe e -> "";
        };
    }

    /** {@return how many bottles a leg on bottles moves (signed), if it is one} */
    OptionalLong bouteilles(LigneMouvement l) {
        if (l.compte() instanceof Compte.DeBouteilles b) {
            Optional<BouteilleLot> x = bouteilleLot(b.bouteilleLotId());
            if (x.isPresent() && x.get().contenanceMl() > 0) {
                return OptionalLong.of(l.volume().millilitres() / x.get().contenanceMl());
            }
        }
        return OptionalLong.empty();
    }

    /** {@return one leg in words: « Cuve 1 · Muscadet… : +24,6 hl », with the bottles' count when it moves bottles} */
    String ligne(LigneMouvement l) {
        OptionalLong n = bouteilles(l);
        String quantite = (l.volume().estPositif() ? "+" : "") + Vue.hl(l.volume()) + " hl";
        if (n.isPresent()) {
            quantite = (n.getAsLong() > 0 ? "+" : "") + Vue.decimal(java.math.BigDecimal.valueOf(n.getAsLong()))
                    + " bouteilles (" + quantite + ")";
        }
        return compte(l.compte()) + " : " + quantite;
    }

    /** {@return the movement in a few words: « vendange de 24,6 hl dans Cuve 1 », for a confirmation} */
    String resume(Mouvement m) {
        Optional<LigneMouvement> entree = m.lignes().stream()
                .filter(l ->
                        !(l.compte() instanceof Compte.Externe) && l.volume().estPositif())
                .findFirst();
        String ou = entree.map(l -> cuve(l.compte())
                        .map(c -> " dans " + c.nom())
                        .orElse(
                                l.compte() instanceof Compte.DeBouteilles
                                        ? " en bouteilles " + reference(l.compte())
                                        : ""))
                .orElse("");
        String combien = entree.map(l -> " de " + Vue.hl(l.volume()) + " hl").orElse("");
        return type(m.type()).toLowerCase(java.util.Locale.FRANCE)
                + combien
                + ou
                + (m.statut() == StatutMouvement.BROUILLON
                        ? ""
                        : ", n° " + m.numero().orElse(0));
    }

    private Optional<Lot> lot(long id) {
        return lots.computeIfAbsent(id, d::lot);
    }

    private Optional<Cuve> cuveParId(long id) {
        return cuves.computeIfAbsent(id, d::cuve);
    }

    private String nomCuve(long id) {
        return cuveParId(id).map(Cuve::nom).orElse("cuve n° " + id);
    }

    private Optional<BouteilleLot> bouteilleLot(long id) {
        return bouteilles.computeIfAbsent(id, d::bouteilleLot);
    }

    /** {@return an outside account in words, accented} */
    static String externe(CompteExterne e) {
        return switch (e) {
            case RECOLTE -> "Récolte";
            case ACHATS -> "Achats";
            case PERTES -> "Pertes et lies";
            case AJUSTEMENTS -> "Écarts d'inventaire";
            case VENTES_FRANCE_DROITS_SUSPENDUS -> "Ventes en France, droits suspendus";
            case VENTES_FRANCE_DROITS_ACQUITTES -> "Ventes en France, droits acquittés";
            case EXPORT -> "Export";
            case LIVRAISON_UE -> "Livraisons dans l'UE";
            case ENTREPOSITAIRE_AGREE -> "Entrepositaire agréé";
            case CONSOMMATION_FAMILIALE -> "Consommation familiale";
            case DISTILLATION -> "Distillation";
            case USAGE_INDUSTRIEL -> "Usage industriel";
            case TRAVAIL_A_FACON -> "Travail à façon";
        };
    }

    /** {@return a movement's type in words} */
    static String type(TypeMouvement t) {
        return switch (t) {
            case VENDANGE_VERS_CUVE -> "Vendange";
            case INTER_CUVES -> "Soutirage";
            case ASSEMBLAGE -> "Assemblage";
            case PERTE -> "Perte";
            case MISE_EN_BOUTEILLE -> "Mise en bouteille";
            case VENTE_SORTIE_STOCK -> "Sortie";
            case ENTREE -> "Entrée";
            case AJUSTEMENT_INVENTAIRE -> "Ajustement d'inventaire";
            case CONTRE_PASSATION -> "Écriture inverse";
        };
    }

    /** {@return a movement's status in words} */
    static String statut(StatutMouvement s) {
        return switch (s) {
            case BROUILLON -> "Brouillon";
            case VALIDE -> "Validé";
            case VERROUILLE -> "Déclaré";
        };
    }
}
