package fr.monchai.examples;

import fr.monchai.core.MonChai;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The README's embedding example, compiled and run by the build so that it cannot rot. */
public final class PremierPas {

    private PremierPas() {}

    /**
     * Harvests 25.4 hl into an empty cuve and returns the lot's volume.
     *
     * @return the validated volume of the new lot
     */
    public static Volume exemple() {
        // README:debut
        MonChai chai = MonChai.enMemoire(); // or new MonChai(StockagePostgres.creer(pool)) over PostgreSQL
        long domaine = chai.domaines().creer("Domaine de la Pierre Bleue").id();
        var parcelle = chai.parcelles().creer(domaine, new NouvelleParcelle("Les Carrières", "Melon B.",
                new BigDecimal("1.2"), Optional.empty(), Optional.empty(), Optional.of(2008)));
        var cuve = chai.cuves().creer(domaine, new NouvelleCuve("Cuve 1", new BigDecimal("50"), Optional.of("inox")));
        var muscadet = new ProduitFiscal(Certification.AOP, Genre.TRANQUILLE, "Muscadet Sèvre et Maine", "Sur lie",
                "", Couleur.BLANC, "", "Muscadet Sèvre et Maine sur lie blanc");

        // A harvest into a cuve enters a draft movement; validating it numbers it in the register.
        var vendange = chai.vendanges().enregistrer(domaine, new NouvelleVendange(parcelle.id(),
                LocalDate.of(2026, 9, 12), new BigDecimal("25.4"), Optional.of(new BigDecimal("0.8")),
                Optional.of(cuve.id()), Optional.of(muscadet)));
        Mouvement valide = chai.mouvements().valider(domaine, vendange.mouvementId().getAsLong());

        var lot = valide.lignes().stream().map(l -> l.compte())
                .filter(c -> c instanceof Compte.DeLot).findFirst().orElseThrow();
        Volume volume = chai.registre().solde(domaine, lot); // 24.6 hl, exact
        // README:fin
        return volume;
    }
}
