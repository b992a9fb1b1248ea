package com.exemple.boutique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.ChaiDomaine;
import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.vente.Adresse;
import fr.monchai.core.vente.BasePrix;
import fr.monchai.core.vente.Commande;
import fr.monchai.core.vente.Facture;
import fr.monchai.core.vente.NouveauClient;
import fr.monchai.core.vente.NouveauProduit;
import fr.monchai.core.vente.StatutCommande;
import fr.monchai.facture.FormatsFacture;
import fr.monchai.facture.spi.Vendeur;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shop starts on Spring Boot with Mon Chai on its classpath, migrates Mon Chai's schema beside its own tables,
 * and sells: its basket row and Mon Chai's order commit together, or neither.
 */
@SpringBootTest
class BoutiqueTest {

    private static final EmbeddedPostgres PG = demarrer();

    private static EmbeddedPostgres demarrer() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void base(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", () -> PG.getJdbcUrl("postgres", "postgres"));
        r.add("spring.datasource.username", () -> "postgres");
        r.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void arreter() throws IOException {
        PG.close();
    }

    @Autowired
    MonChai chai;

    @Autowired
    Ventes ventes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void la_boutique_demarre_migre_et_vend_dans_ses_transactions() {
        // Mon Chai's tables in their own schema, the shop's in public: a « client » or « commande » of the shop's
        // own would never meet Mon Chai's.
        List<String> publiques = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public'", String.class);
        assertEquals(List.of("panier_paye"), publiques);
        assertTrue(jdbc.queryForList(
                        "select table_name from information_schema.tables where table_schema = 'monchai'", String.class)
                .contains("facture"));

        ChaiDomaine d = chai.creerDomaine("Domaine de la Boutique");
        var parcelle = d.creerParcelle(NouvelleParcelle.de("Les Carrières", "Melon B.", new BigDecimal("1.2")));
        var cuve = d.creerCuve(NouvelleCuve.de("Cuve 1", Volume.hl("50")));
        var muscadet = ProduitFiscal.aop(
                        "Muscadet Sèvre et Maine", Couleur.BLANC, "Muscadet Sèvre et Maine sur lie blanc")
                .mention("Sur lie");
        var vendange = d.enregistrerVendange(
                NouvelleVendange.de(parcelle.id(), LocalDate.of(2026, 9, 12), Volume.hl("25.4"), cuve.id())
                        .produit(muscadet));
        long lot = d.valider(vendange.mouvementId().getAsLong()).lotDestination().getAsLong();
        long bouteilles = d.enregistrerEtValider(x -> x.mettreEnBouteille(
                        MiseEnBouteille.de(lot, 600, 750, LocalDate.of(2026, 9, 20))))
                .bouteilleLotDestination()
                .getAsLong();
        var produit = d.ventes()
                .creerProduit(NouveauProduit.de(
                        bouteilles, "MSM-26", "Muscadet sur lie 2026", new BigDecimal("9.50"), BasePrix.HT,
                        new BigDecimal("12")));
        var client = d.ventes()
                .creerClient(NouveauClient.professionnel(
                                "La Cave du Port", new Adresse("3 quai de la Fosse", "44000", "Nantes", "FR"))
                        .siren("552100554"));

        // The shop's row and Mon Chai's order, one transaction.
        Commande c = ventes.commander(d.id(), client.id(), produit.id(), 6, "panier-1");
        assertEquals(StatutCommande.VALIDEE, c.statut());
        assertEquals(1, jdbc.queryForObject("select count(*) from panier_paye", Integer.class));

        // More bottles than the cellar holds: Mon Chai refuses, and the shop's row goes with its draft order.
        DomainException refus = assertThrows(
                DomainException.class, () -> ventes.commander(d.id(), client.id(), produit.id(), 10_000, "panier-2"));
        assertEquals(CodeErreur.STOCK_INSUFFISANT, refus.code());
        assertEquals(1, jdbc.queryForObject("select count(*) from panier_paye", Integer.class));
        assertEquals(1, d.ventes().commandes().size(), "the refused order's draft rolled back with the basket");

        // Outside the shop's transactions, each call is Mon Chai's own: deliver, invoice, issue a Factur-X invoice.
        d.ventes().livrer(c.id(), LocalDate.of(2026, 10, 2));
        Facture brouillon = d.ventes().facturer(c.id(), LocalDate.of(2026, 10, 30));
        Vendeur vendeur = Vendeur.builder()
                .raisonSociale("SCEA Domaine de la Boutique", "SCEA", "15 000 €")
                .adresse(new Adresse("La Pierre Bleue", "44330", "Vallet", "FR"))
                .siret("732829320", "73282932000017")
                .villeRcs("Nantes")
                .numeroTva("FR44732829320")
                .numeroAccise("FR012345E6789")
                .banque("FR7630006000011234567890189", "AGRIFRPP")
                .telephone("02 40 00 00 00")
                .build();
        Facture facture = d.ventes()
                .emettre(
                        brouillon.id(),
                        LocalDate.of(2026, 10, 2),
                        FormatsFacture.decouvrir().trouver("facturx").orElseThrow().creer(vendeur, Map.of()));
        assertTrue(facture.numero().orElseThrow().startsWith("F2026-"), facture.numero().orElseThrow());
        assertTrue(facture.document().orElseThrow().contenu().length > 10_000, "a PDF/A-3 with its XML");
    }
}
