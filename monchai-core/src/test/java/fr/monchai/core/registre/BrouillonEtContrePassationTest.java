package fr.monchai.core.registre;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.Mouvement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrouillonEtContrePassationTest {

    static final ProduitFiscal MUSCADET = new ProduitFiscal(Certification.AOP, Genre.TRANQUILLE, "Muscadet Sèvre et Maine", "Sur lie", "",
            Couleur.BLANC, "", "Muscadet Sèvre et Maine Sur lie");

    @Test
    void un_brouillon_ailleurs_n_empeche_pas_une_vendange_validee() {
        MonChai chai = MonChai.enMemoire();
        long d = chai.domaines().creer("D").id();
        long p = chai.parcelles().creer(d, new NouvelleParcelle("P", "Melon B.", new BigDecimal("1"), Optional.empty(), Optional.empty(),
                Optional.empty())).id();
        Cuve c = chai.cuves().creer(d, new NouvelleCuve("C", new BigDecimal("100"), Optional.empty()));
        LocalDate j = LocalDate.of(2026, 9, 12);
        var v = chai.vendanges().enregistrer(d, new NouvelleVendange(p, j, new BigDecimal("10"), Optional.empty(), c.id(), Optional.of(MUSCADET)));
        Mouvement h = chai.mouvements().valider(d, v.mouvementId().getAsLong());
        long lot = h.lotDestination().getAsLong();
        Mouvement vente = chai.mouvements().valider(d, chai.mouvements().vendreVrac(d, new VenteVrac(lot, new BigDecimal("10"),
                DestinationFiscale.FRANCE_DROITS_SUSPENDUS, j.plusDays(1), Optional.empty())).id());
        chai.mouvements().acheterVrac(d, new AchatVrac(c.id(), new BigDecimal("1"), Optional.of(MUSCADET), Optional.empty(), Optional.empty(),
                j.plusDays(2), Optional.empty()));
        Mouvement cp = chai.mouvements().contrePasser(d, new ContrePassation(vente.id(), j.plusDays(3), "erreur"));
        chai.mouvements().valider(d, cp.id());
        assertDoesNotThrow(() -> {
            var v2 = chai.vendanges().enregistrer(d, new NouvelleVendange(p, j.plusDays(4), new BigDecimal("5"), Optional.empty(), c.id(),
                    Optional.of(MUSCADET)));
            chai.mouvements().valider(d, v2.mouvementId().getAsLong());
        });
    }
}
