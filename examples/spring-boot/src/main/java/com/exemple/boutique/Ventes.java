package com.exemple.boutique;

import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.MonChai;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.vente.Commande;
import fr.monchai.core.vente.NouvelleCommande;
import fr.monchai.core.vente.NouvelleLigne;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shop's checkout: its own order row and Mon Chai's order, in one transaction. */
@Service
public class Ventes {

    private final JdbcTemplate jdbc;
    private final MonChai chai;

    public Ventes(JdbcTemplate jdbc, MonChai chai) {
        this.jdbc = jdbc;
        this.chai = chai;
    }

    /**
     * Records the shop's order and reserves its bottles in the estate's register.
     *
     * @param domaine the estate
     * @param client its customer in the register
     * @param produit the product sold
     * @param bouteilles how many
     * @param panier the shop's basket id
     * @return Mon Chai's validated order
     */
    @Transactional
    public Commande commander(long domaine, long client, long produit, long bouteilles, String panier) {
        jdbc.update("insert into panier_paye (panier, bouteilles) values (?, ?)", panier, bouteilles);
        ChaiDomaine d = chai.domaine(domaine);
        Commande c = d.ventes()
                .creerCommande(new NouvelleCommande(
                        client,
                        LocalDate.of(2026, 10, 1),
                        DestinationFiscale.FRANCE_DROITS_ACQUITTES,
                        ReferenceSortie.AUCUNE,
                        Optional.of(panier),
                        List.of(NouvelleLigne.auTarif(produit, bouteilles))));
        return d.ventes().validerCommande(c.id()); // refused when the bottles are not there: the basket row goes too
    }
}
