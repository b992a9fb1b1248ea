package fr.monchai.examples;

import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.Soutirage;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The README's embedding example, compiled and run by the build so that it cannot rot. */
public final class PremierPas {

    private PremierPas() {}

    /**
     * Harvests 25.4 hl into an empty cuve, racks all of it into another and returns what arrived.
     *
     * @return the volume of the racked lot: the harvest's, less the lees left behind
     */
    public static Volume exemple() {
        // README:debut
        MonChai chai = MonChai.enMemoire(); // or new MonChai(StockagePostgres.creer(dataSource)) over PostgreSQL
        ChaiDomaine domaine = chai.creerDomaine("Domaine de la Pierre Bleue"); // later: chai.domaine(id)
        var parcelle = domaine.creerParcelle(NouvelleParcelle.de("Les Carrières", "Melon B.", new BigDecimal("1.2"))
                .plantee(2008));
        var cuve = domaine.creerCuve(NouvelleCuve.de("Cuve 1", Volume.hl("50")).materiau("inox"));
        var muscadet = ProduitFiscal.aop(
                        "Muscadet Sèvre et Maine", Couleur.BLANC, "Muscadet Sèvre et Maine sur lie blanc")
                .mention("Sur lie");

        // A harvest into a cuve enters a draft movement; validating it numbers it in the register.
        var vendange = domaine.enregistrerVendange(
                NouvelleVendange.de(parcelle.id(), LocalDate.of(2026, 9, 12), Volume.hl("25.4"), cuve.id())
                        .dechets(Volume.hl("0.8"))
                        .produit(muscadet));
        Mouvement valide = domaine.valider(vendange.mouvementId().getAsLong());

        long lot = valide.lotDestination().getAsLong(); // the lot the harvest filled
        Volume volume = domaine.solde(new Compte.DeLot(lot)); // 24.6 hl, exact

        // Enter and validate in one call: a refused validation leaves no draft behind.
        var cuve2 = domaine.creerCuve(NouvelleCuve.de("Cuve 2", Volume.hl("50")));
        Mouvement soutirage = domaine.enregistrerEtValider(d -> d.soutirer(
                Soutirage.de(lot, cuve2.id(), volume, LocalDate.of(2026, 9, 20)).pertes(Volume.hl("0.1"))));
        Volume arrive =
                domaine.solde(new Compte.DeLot(soutirage.lotDestination().getAsLong())); // 24.5 hl
        // README:fin
        return arrive;
    }
}
