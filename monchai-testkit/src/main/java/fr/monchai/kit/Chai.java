package fr.monchai.kit;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A domaine ready for tests, with short helpers. Reused by the persistence tests. */
public final class Chai {

    /** Muscadet Sèvre et Maine sur lie. */
    public static final ProduitFiscal MUSCADET = new ProduitFiscal(
            Certification.AOP,
            Genre.TRANQUILLE,
            "Muscadet Sèvre et Maine",
            "Sur lie",
            "",
            Couleur.BLANC,
            "",
            "Muscadet Sèvre et Maine sur lie blanc");
    /** IGP Val de Loire Chardonnay. */
    public static final ProduitFiscal IGP_CHARDONNAY = new ProduitFiscal(
            Certification.IGP,
            Genre.TRANQUILLE,
            "Val de Loire",
            "",
            "",
            Couleur.BLANC,
            "Chardonnay",
            "IGP Val de Loire Chardonnay blanc");

    public final MonChai chai;
    public final long domaine;
    public final Parcelle parcelle;

    public Chai(MonChai chai) {
        this.chai = chai;
        this.domaine = chai.domaines().creer("Domaine des Essais").id();
        this.parcelle = chai.parcelles()
                .creer(
                        domaine,
                        new NouvelleParcelle(
                                "Les Carrières",
                                "Melon B.",
                                new BigDecimal("1.2"),
                                Optional.of(new BigDecimal("47.1")),
                                Optional.of(new BigDecimal("-1.5")),
                                Optional.of(2008)));
    }

    public static LocalDate jour(String iso) {
        return LocalDate.parse(iso);
    }

    public static BigDecimal hl(String hl) {
        return new BigDecimal(hl);
    }

    public Cuve cuve(String nom, String capaciteHl) {
        return chai.cuves().creer(domaine, new NouvelleCuve(nom, hl(capaciteHl), Optional.of("inox")));
    }

    /** A validated harvest of {@code hl} into the cuve; returns the lot it filled. */
    public Lot vendange(Cuve cuve, String hl, String date) {
        var v = chai.vendanges()
                .enregistrer(
                        domaine,
                        new NouvelleVendange(
                                parcelle.id(), jour(date), hl(hl), Optional.empty(), cuve.id(), Optional.of(MUSCADET)));
        Mouvement m = chai.mouvements().valider(domaine, v.mouvementId().getAsLong());
        return lotCredite(m);
    }

    /** A cuve with a validated lot of that volume. */
    public Lot lot(String nom, String hl, String date) {
        return vendange(cuve(nom, "100"), hl, date);
    }

    public Mouvement soutirer(Lot source, Cuve destination, String hl, String pertes, String date) {
        return chai.mouvements()
                .soutirer(
                        domaine,
                        new Soutirage(
                                source.id(),
                                destination.id(),
                                hl(hl),
                                Optional.of(hl(pertes)),
                                jour(date),
                                Optional.empty(),
                                Optional.empty()));
    }

    public Mouvement valider(Mouvement m) {
        return chai.mouvements().valider(domaine, m.id());
    }

    public Volume solde(Lot lot) {
        return chai.registre().solde(domaine, new Compte.DeLot(lot.id()));
    }

    public Volume solde(Compte compte) {
        return chai.registre().solde(domaine, compte);
    }

    /** The lot a movement credits (its positive lot leg). */
    public Lot lotCredite(Mouvement m) {
        long lot = m.lotDestination().orElseThrow(() -> new AssertionError("no lot credited by " + m));
        return chai.registre().lot(domaine, lot).orElseThrow();
    }

    /** The bouteille lot a movement credits. */
    public long bouteillesCreditees(Mouvement m) {
        return m.bouteilleLotDestination().orElseThrow(() -> new AssertionError("no bottles credited by " + m));
    }
}
