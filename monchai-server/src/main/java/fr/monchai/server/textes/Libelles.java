package fr.monchai.server.textes;

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
public final class Libelles {

    private final ChaiDomaine d;
    private final Map<Long, Optional<Lot>> lots = new HashMap<>();
    private final Map<Long, Optional<Cuve>> cuves = new HashMap<>();
    private final Map<Long, Optional<BouteilleLot>> bouteilles = new HashMap<>();

    /** @param d the domaine's register whose lots, cuves and bottles the words name */
    public Libelles(ChaiDomaine d) {
        this.d = d;
    }

    /** {@return the account as a person calls it: « Cuve 1 · Muscadet… (lot Cuve 1 / 2026-09-12) », « Récolte »…} */
    public String compte(Compte c) {
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
    public Optional<Cuve> cuve(Compte c) {
        return c instanceof Compte.DeLot l ? lot(l.lotId()).flatMap(lot -> cuveParId(lot.cuveId())) : Optional.empty();
    }

    /** {@return the lot's reference, or the bottle lot's, for a column of its own} */
    public String reference(Compte c) {
        return switch (c) {
            case Compte.DeLot l -> lot(l.lotId()).map(Lot::reference).orElse("");
            case Compte.DeBouteilles b ->
                bouteilleLot(b.bouteilleLotId()).map(BouteilleLot::reference).orElse("");
            case Compte.Externe e -> "";
        };
    }

    /** {@return the account's fiscal product, for a lot or bottles} */
    public String produit(Compte c) {
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
    public OptionalLong bouteilles(LigneMouvement l) {
        if (l.compte() instanceof Compte.DeBouteilles b) {
            Optional<BouteilleLot> x = bouteilleLot(b.bouteilleLotId());
            if (x.isPresent() && x.get().contenanceMl() > 0) {
                return OptionalLong.of(l.volume().millilitres() / x.get().contenanceMl());
            }
        }
        return OptionalLong.empty();
    }

    /** {@return one leg in words: « Cuve 1 · Muscadet… : +24,6 hl », with the bottles' count when it moves bottles} */
    public String ligne(LigneMouvement l) {
        OptionalLong n = bouteilles(l);
        String quantite = (l.volume().estPositif() ? "+" : "") + Formats.hl(l.volume()) + " hl";
        if (n.isPresent()) {
            quantite = (n.getAsLong() > 0 ? "+" : "") + Formats.decimal(java.math.BigDecimal.valueOf(n.getAsLong()))
                    + " bouteilles (" + quantite + ")";
        }
        return compte(l.compte()) + " : " + quantite;
    }

    /** {@return the movement in a few words: « vendange de 24,6 hl dans Cuve 1 », for a confirmation} */
    public String resume(Mouvement m) {
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
        String combien =
                entree.map(l -> " de " + Formats.hl(l.volume()) + " hl").orElse("");
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
    public static String externe(CompteExterne e) {
        return Messages.texte("compte." + e.name());
    }

    /** {@return a movement's type in words} */
    public static String type(TypeMouvement t) {
        return Messages.texte("type." + t.name());
    }

    /** {@return a movement's status in words} */
    public static String statut(StatutMouvement s) {
        return Messages.texte("statut." + s.name());
    }
}
