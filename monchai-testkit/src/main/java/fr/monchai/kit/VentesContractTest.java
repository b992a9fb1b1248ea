package fr.monchai.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.MonChai;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.core.port.Stockage;
import fr.monchai.core.vente.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sales and invoices through the use cases, against any store (memory here, PostgreSQL in monchai-persistence). */
public abstract class VentesContractTest {

    /** {@return a new, empty store} */
    protected abstract Stockage nouveauxDepots();

    Boutique b;
    MonChai chai;
    long d;

    @BeforeEach
    void boutique() {
        b = new Boutique(new MonChai(nouveauxDepots()));
        chai = b.chai;
        d = b.d;
    }

    private static LocalDate jour(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void un_client_et_un_produit_se_modifient_avec_les_memes_regles_qu_a_la_creation() {
        NouveauClient demenage = new NouveauClient(
                TypeClient.PROFESSIONNEL,
                "La Cave du Port",
                new Adresse("8 rue Kervégan", "44000", "Nantes", "FR"),
                Optional.empty(),
                Optional.of("552100554"),
                Optional.of("55210055400021"),
                Optional.of("FR96552100554"),
                Optional.of("552100554_cave"),
                Optional.empty());
        Client modifie = chai.ventes().modifierClient(d, b.caviste.id(), demenage);
        assertEquals("8 rue Kervégan", modifie.adresseFacturation().rue());
        assertEquals(modifie, chai.ventes().client(d, b.caviste.id()).orElseThrow());
        DomainException sansSiren = assertThrows(
                DomainException.class,
                () -> chai.ventes()
                        .modifierClient(
                                d,
                                b.caviste.id(),
                                new NouveauClient(
                                        TypeClient.PROFESSIONNEL,
                                        "La Cave du Port",
                                        demenage.adresseFacturation(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty())));
        assertEquals("siren", sansSiren.champ());
        assertEquals(modifie, chai.ventes().client(d, b.caviste.id()).orElseThrow());
        long voisin = chai.domaines().creer("Domaine Voisin").id();
        assertEquals(
                CodeErreur.INTROUVABLE,
                assertThrows(
                                DomainException.class,
                                () -> chai.ventes().modifierClient(voisin, b.caviste.id(), demenage))
                        .code());

        Commande commande = b.commande(b.particulier, b.muscadet, 6, DestinationFiscale.FRANCE_DROITS_ACQUITTES);
        NouveauProduit hausse = new NouveauProduit(
                b.muscadet.bouteilleLotId(),
                "MSM-SL-25",
                "Muscadet Sèvre et Maine sur lie 2025",
                new BigDecimal("8.90"),
                BasePrix.HT,
                new BigDecimal("12"),
                Optional.of(2025));
        Produit augmente = chai.ventes().modifierProduit(d, b.muscadet.id(), hausse);
        assertEquals(new BigDecimal("8.90"), augmente.prix());
        assertEquals(augmente, chai.ventes().produit(d, b.muscadet.id()).orElseThrow());
        assertEquals(
                b.muscadet.prix(),
                chai.ventes()
                        .commande(d, commande.id())
                        .orElseThrow()
                        .lignes()
                        .get(0)
                        .prixUnitaire(),
                "an order keeps the price it was made at");
        DomainException base = assertThrows(
                DomainException.class,
                () -> chai.ventes()
                        .modifierProduit(
                                d,
                                b.muscadet.id(),
                                new NouveauProduit(
                                        b.muscadet.bouteilleLotId(),
                                        "MSM-SL-25",
                                        "Muscadet",
                                        new BigDecimal("10.68"),
                                        BasePrix.TTC,
                                        new BigDecimal("12"),
                                        Optional.of(2025))));
        assertEquals("base", base.champ());
        DomainException sku = assertThrows(
                DomainException.class,
                () -> chai.ventes()
                        .modifierProduit(
                                d,
                                b.muscadet.id(),
                                new NouveauProduit(
                                        b.muscadet.bouteilleLotId(),
                                        "clos-25",
                                        "Muscadet",
                                        new BigDecimal("8.90"),
                                        BasePrix.HT,
                                        new BigDecimal("12"),
                                        Optional.of(2025))));
        assertEquals("sku", sku.champ());
        DomainException autresBouteilles = assertThrows(
                DomainException.class,
                () -> chai.ventes()
                        .modifierProduit(
                                d,
                                b.muscadet.id(),
                                new NouveauProduit(
                                        b.cuvee.bouteilleLotId(),
                                        "MSM-SL-25",
                                        "Muscadet",
                                        new BigDecimal("8.90"),
                                        BasePrix.HT,
                                        new BigDecimal("12"),
                                        Optional.of(2025))));
        assertEquals("bouteilleLotId", autresBouteilles.champ());
        assertEquals(augmente, chai.ventes().produit(d, b.muscadet.id()).orElseThrow());
    }

    @Test
    void une_ligne_sans_prix_prend_le_prix_du_catalogue_dans_la_base_du_produit() {
        Commande c = chai.ventes()
                .creerCommande(
                        d,
                        new NouvelleCommande(
                                b.particulier.id(),
                                jour("2026-03-02"),
                                DestinationFiscale.FRANCE_DROITS_ACQUITTES,
                                ReferenceSortie.AUCUNE,
                                Optional.empty(),
                                List.of(NouvelleLigne.auTarif(b.muscadet.id(), 6L))));
        assertEquals(b.muscadet.prix(), c.lignes().get(0).prixUnitaire());
        assertEquals(c, chai.ventes().commande(d, c.id()).orElseThrow());
    }

    @Test
    void une_commande_reserve_puis_livre_ses_bouteilles_par_des_sorties_du_registre() {
        assertEquals(new StockProduit(b.muscadet, 2000, 0, 2000, 0), b.stock(b.muscadet));
        Commande c = chai.ventes()
                .creerCommande(
                        d,
                        new NouvelleCommande(
                                b.caviste.id(),
                                jour("2026-03-02"),
                                DestinationFiscale.LIVRAISON_UE,
                                new ReferenceSortie(
                                        Optional.of("BE"),
                                        Optional.of("26FRA00000000000003A1"),
                                        Optional.empty(),
                                        Optional.of("BE00001234E56"),
                                        Optional.empty()),
                                Optional.of("BC-77"),
                                List.of(
                                        NouvelleLigne.auPrix(b.muscadet.id(), 600L, new BigDecimal("7.90")),
                                        NouvelleLigne.auPrix(b.muscadet.id(), 24L, new BigDecimal("0")))));
        assertEquals(StatutCommande.BROUILLON, c.statut());
        assertEquals(new BigDecimal("7.90"), c.lignes().get(0).prixUnitaire(), "an agreed price is kept");
        assertEquals(2000, b.stock(b.muscadet).disponible());
        chai.ventes().valider(d, c.id());
        assertEquals(new StockProduit(b.muscadet, 2000, 624, 1376, 0), b.stock(b.muscadet));
        Commande trop = b.commande(b.particulier, b.muscadet, 1377, DestinationFiscale.FRANCE_DROITS_ACQUITTES);
        DomainException e =
                assertThrows(DomainException.class, () -> chai.ventes().valider(d, trop.id()));
        assertEquals(CodeErreur.STOCK_INSUFFISANT, e.code());
        assertTrue(e.getMessage().contains("1376 disponibles"), e.getMessage());
        assertEquals(
                StatutCommande.BROUILLON,
                chai.ventes().commande(d, trop.id()).orElseThrow().statut());
        Commande livree = chai.ventes().livrer(d, c.id(), jour("2026-03-05"));
        assertEquals(StatutCommande.LIVREE, livree.statut());
        assertEquals(new StockProduit(b.muscadet, 1376, 0, 1376, 624), b.stock(b.muscadet));
        Mouvement sortie =
                chai.mouvements().trouver(d, livree.mouvements().get(0)).orElseThrow();
        assertEquals(TypeMouvement.VENTE_SORTIE_STOCK, sortie.type());
        assertTrue(sortie.statut().compte());
        assertEquals(Optional.of(DestinationFiscale.LIVRAISON_UE), sortie.destination());
        assertEquals(
                Optional.of("BE"),
                chai.mouvements().referenceSortie(d, sortie.id()).orElseThrow().pays());
        assertEquals(
                1376L * 750,
                chai.registre()
                        .solde(d, new Compte.DeBouteilles(b.muscadet.bouteilleLotId()))
                        .millilitres());
        assertEquals(
                CodeErreur.OPERATION_INCOHERENTE,
                assertThrows(DomainException.class, () -> chai.ventes().annuler(d, c.id()))
                        .code());
        chai.ventes().annuler(d, trop.id());
        assertEquals(
                StatutCommande.ANNULEE,
                chai.ventes().commande(d, trop.id()).orElseThrow().statut());
    }

    @Test
    void une_livraison_qui_depasse_le_registre_ne_laisse_rien_a_moitie() {
        Commande c = chai.ventes()
                .creerCommande(
                        d,
                        new NouvelleCommande(
                                b.caviste.id(),
                                jour("2026-03-02"),
                                DestinationFiscale.EXPORT,
                                ReferenceSortie.AUCUNE,
                                Optional.empty(),
                                List.of(
                                        NouvelleLigne.auPrix(b.cuvee.id(), 10L, new BigDecimal("10.00")),
                                        NouvelleLigne.auPrix(b.muscadet.id(), 100L, new BigDecimal("8.00")))));
        chai.ventes().valider(d, c.id());
        // A loss entered meanwhile leaves fewer bottles than reserved.
        chai.mouvements()
                .valider(
                        d,
                        chai.mouvements()
                                .vendreBouteilles(
                                        d,
                                        new fr.monchai.core.registre.VenteBouteilles(
                                                b.muscadet.bouteilleLotId(),
                                                1950L,
                                                DestinationFiscale.CONSOMMATION_FAMILIALE,
                                                jour("2026-03-03"),
                                                Optional.empty()))
                                .id());
        int avant = chai.registre()
                .journal(d, fr.monchai.core.journal.FiltreJournal.TOUT)
                .size();
        assertThrows(DomainException.class, () -> chai.ventes().livrer(d, c.id(), jour("2026-03-04")));
        assertEquals(
                avant,
                chai.registre()
                        .journal(d, fr.monchai.core.journal.FiltreJournal.TOUT)
                        .size());
        assertEquals(
                StatutCommande.VALIDEE,
                chai.ventes().commande(d, c.id()).orElseThrow().statut());
        assertEquals(1000, b.stock(b.cuvee).physique());
    }

    @Test
    void un_brouillon_de_facture_ne_reste_jamais_bloque() {
        Commande c = b.commande(b.caviste, b.muscadet, 7, DestinationFiscale.FRANCE_DROITS_ACQUITTES);
        chai.ventes().valider(d, c.id());
        LocalDate jourCommande = fr.monchai.core.commun.Calendrier.aujourdhui(java.time.Clock.systemUTC());
        // 96 days out for a business: refused when the draft is made, not when it is issued.
        DomainException loin = assertThrows(
                DomainException.class, () -> chai.factures().facturer(d, c.id(), jourCommande.plusDays(96)));
        assertEquals("echeance", loin.champ());
        assertTrue(loin.getMessage().contains("60 jours"), loin.getMessage());
        Facture brouillon = chai.factures().facturer(d, c.id(), jourCommande.plusDays(30));
        // A draft's due date changes, under the same rules.
        assertEquals(
                "echeance",
                assertThrows(
                                DomainException.class,
                                () -> chai.factures().modifierBrouillon(d, brouillon.id(), jourCommande.plusDays(61)))
                        .champ());
        Facture modifie = chai.factures().modifierBrouillon(d, brouillon.id(), jourCommande.plusDays(45));
        assertEquals(jourCommande.plusDays(45), modifie.echeance());
        assertEquals(modifie, chai.factures().facture(d, brouillon.id()).orElseThrow());
        // Deleted, its order is invoiced again.
        chai.factures().supprimerBrouillon(d, brouillon.id());
        assertTrue(chai.factures().facture(d, brouillon.id()).isEmpty());
        Facture nouvelle = chai.factures().facturer(d, c.id(), jourCommande.plusDays(20));
        Facture emise = chai.factures().emettre(d, nouvelle.id(), jourCommande, Boutique.RENDU);
        // Issued, it never changes nor goes: a credit note cancels it.
        assertEquals(
                CodeErreur.FACTURE_NON_MODIFIABLE,
                assertThrows(DomainException.class, () -> chai.factures().supprimerBrouillon(d, emise.id()))
                        .code());
        assertEquals(
                CodeErreur.FACTURE_NON_MODIFIABLE,
                assertThrows(
                                DomainException.class,
                                () -> chai.factures().modifierBrouillon(d, emise.id(), jourCommande.plusDays(10)))
                        .code());
    }

    @Test
    void les_totaux_suivent_les_regles_ht_des_professionnels_et_ttc_des_particuliers() {
        Commande pro = b.commande(b.caviste, b.muscadet, 7, DestinationFiscale.FRANCE_DROITS_ACQUITTES);
        chai.ventes().valider(d, pro.id());
        Facture fPro = chai.factures().facturer(d, pro.id(), jour("2026-04-15"));
        assertEquals(BasePrix.HT, fPro.base());
        assertEquals(
                new Totaux(
                        List.of(new TotalTva(
                                new BigDecimal("20"),
                                new BigDecimal("58.31"),
                                new BigDecimal("11.66"),
                                new BigDecimal("69.97"))),
                        new BigDecimal("58.31"),
                        new BigDecimal("11.66"),
                        new BigDecimal("69.97")),
                fPro.totaux());
        Commande perso = b.commande(b.particulier, b.cuvee, 3, DestinationFiscale.FRANCE_DROITS_ACQUITTES);
        chai.ventes().valider(d, perso.id());
        Facture fPerso = chai.factures().facturer(d, perso.id(), jour("2026-03-02"));
        assertEquals(BasePrix.TTC, fPerso.base());
        assertEquals(new BigDecimal("38.70"), fPerso.totaux().ttc());
        assertEquals(new BigDecimal("6.45"), fPerso.totaux().tva());
        assertEquals(new BigDecimal("32.25"), fPerso.totaux().ht());
        // A TTC catalogue price billed to a business becomes HT with up to 6 decimals.
        Commande cuveePro = b.commande(b.caviste, b.cuvee, 6, DestinationFiscale.FRANCE_DROITS_ACQUITTES);
        chai.ventes().valider(d, cuveePro.id());
        Facture f = chai.factures().facturer(d, cuveePro.id(), jour("2026-04-01"));
        assertEquals(new BigDecimal("10.75"), f.lignes().get(0).prixUnitaire());
        assertEquals(new BigDecimal("64.50"), f.totaux().ht());
        assertEquals("Clos des Carrières 2025 – 75 cl", f.lignes().get(0).designation());
    }

    @Test
    void un_export_est_facture_hors_taxes_sans_tva() {
        Commande export = b.commande(b.particulier, b.cuvee, 12, DestinationFiscale.EXPORT);
        chai.ventes().valider(d, export.id());
        Facture f = chai.factures().facturer(d, export.id(), jour("2026-04-01"));
        assertEquals(BasePrix.HT, f.base());
        assertEquals(new BigDecimal("10.75"), f.lignes().get(0).prixUnitaire());
        assertEquals(BigDecimal.ZERO, f.lignes().get(0).tauxTva());
        assertEquals(new BigDecimal("0.00"), f.totaux().tva());
        assertEquals(new BigDecimal("129.00"), f.totaux().ttc());
    }

    @Test
    void emettre_numerote_sans_trou_fige_le_document_et_un_avoir_corrige() {
        Commande c = b.commande(b.caviste, b.muscadet, 12, DestinationFiscale.FRANCE_DROITS_ACQUITTES);
        chai.ventes().valider(d, c.id());
        chai.ventes().livrer(d, c.id(), jour("2026-03-03"));
        Facture brouillon = chai.factures().facturer(d, c.id(), jour("2026-04-30"));
        assertEquals(Optional.empty(), brouillon.numero());
        assertEquals(jour("2026-03-03"), brouillon.dateLivraison());
        assertEquals(
                CodeErreur.OPERATION_INCOHERENTE,
                assertThrows(DomainException.class, () -> chai.factures().facturer(d, c.id(), jour("2026-04-30")))
                        .code());
        assertEquals(
                "echeance",
                assertThrows(
                                DomainException.class,
                                () -> chai.factures().emettre(d, brouillon.id(), jour("2026-02-01"), Boutique.RENDU))
                        .violations()
                        .get(0)
                        .champ());
        Facture emise = chai.factures().emettre(d, brouillon.id(), jour("2026-03-31"), Boutique.RENDU);
        assertEquals(Optional.of("F2026-000001"), emise.numero());
        assertEquals(StatutFacture.EMISE, emise.statut());
        assertEquals(
                "F2026-000001 La Cave du Port 119.95",
                emise.document().orElseThrow().texte());
        assertEquals(emise, chai.factures().facture(d, emise.id()).orElseThrow());
        assertEquals(
                CodeErreur.FACTURE_NON_MODIFIABLE,
                assertThrows(
                                DomainException.class,
                                () -> chai.factures().emettre(d, emise.id(), jour("2026-03-31"), Boutique.RENDU))
                        .code());
        chai.factures().payer(d, emise.id(), new Paiement(jour("2026-04-02"), new BigDecimal("100"), "virement"));
        assertEquals(
                new BigDecimal("19.95"),
                chai.factures().facture(d, emise.id()).orElseThrow().resteAPayer());
        assertEquals(
                "montant",
                assertThrows(
                                DomainException.class,
                                () -> chai.factures()
                                        .payer(
                                                d,
                                                emise.id(),
                                                new Paiement(jour("2026-04-03"), new BigDecimal("20.00"), "chèque")))
                        .violations()
                        .get(0)
                        .champ());
        Facture payee = chai.factures()
                .payer(d, emise.id(), new Paiement(jour("2026-04-03"), new BigDecimal("19.95"), "chèque"));
        assertEquals(StatutFacture.PAYEE, payee.statut());
        Facture avoir = chai.factures()
                .emettre(d, chai.factures().avoir(d, emise.id()).id(), jour("2026-04-05"), Boutique.RENDU);
        assertEquals(Optional.of("AV2026-000001"), avoir.numero());
        assertEquals(java.util.OptionalLong.of(emise.id()), avoir.factureOrigineId());
        assertEquals(
                "AV2026-000001 La Cave du Port 119.95 avoir de F2026-000001",
                avoir.document().orElseThrow().texte());
        Commande autre = b.commande(b.particulier, b.cuvee, 1, DestinationFiscale.FRANCE_DROITS_ACQUITTES);
        chai.ventes().valider(d, autre.id());
        Facture f2 = chai.factures().facturer(d, autre.id(), jour("2026-04-30"));
        assertEquals(
                "dateEmission",
                assertThrows(
                                DomainException.class,
                                () -> chai.factures().emettre(d, f2.id(), jour("2026-03-30"), Boutique.RENDU))
                        .violations()
                        .get(0)
                        .champ(),
                "the series is chronological");
        assertEquals(
                Optional.of("F2026-000002"),
                chai.factures()
                        .emettre(d, f2.id(), jour("2026-04-01"), Boutique.RENDU)
                        .numero());
        assertEquals(
                Optional.empty(),
                chai.factures().facture(chai.domaines().creer("Voisin").id(), emise.id()));
    }

    @Test
    void des_emissions_concurrentes_numerotent_1_a_n_sans_trou_ni_doublon() throws Exception {
        int n = 40;
        List<Long> brouillons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Commande c = b.commande(b.particulier, b.cuvee, 1, DestinationFiscale.FRANCE_DROITS_ACQUITTES);
            chai.ventes().valider(d, c.id());
            brouillons.add(
                    chai.factures().facturer(d, c.id(), jour("2026-03-31")).id());
        }
        ExecutorService ex = Executors.newFixedThreadPool(8);
        List<Future<Facture>> emises = new ArrayList<>();
        for (long id : brouillons) {
            emises.add(ex.submit(() -> chai.factures().emettre(d, id, jour("2026-03-31"), Boutique.RENDU)));
        }
        List<String> numeros = new ArrayList<>();
        for (Future<Facture> f : emises) {
            numeros.add(f.get().numero().orElseThrow());
        }
        ex.shutdown();
        Collections.sort(numeros);
        List<String> attendus = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            attendus.add(String.format("F2026-%06d", i));
        }
        assertEquals(attendus, numeros);
    }

    @Test
    void une_saisie_invalide_nomme_le_champ_et_n_ecrit_rien() {
        DomainException e = assertThrows(
                DomainException.class,
                () -> chai.ventes()
                        .creerClient(
                                d,
                                new NouveauClient(
                                        TypeClient.PROFESSIONNEL,
                                        "Sans SIREN",
                                        new fr.monchai.core.vente.Adresse("1 rue", "44000", "Nantes", "FR"),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty())));
        assertEquals("siren", e.violations().get(0).champ());
        e = assertThrows(
                DomainException.class,
                () -> chai.ventes()
                        .creerCommande(
                                d,
                                new NouvelleCommande(
                                        b.caviste.id(),
                                        jour("2026-03-02"),
                                        DestinationFiscale.EXPORT,
                                        ReferenceSortie.AUCUNE,
                                        Optional.empty(),
                                        List.of(NouvelleLigne.auPrix(b.muscadet.id(), -3L, new BigDecimal("1.00"))))));
        assertEquals("lignes[0].quantite", e.violations().get(0).champ());
        e = assertThrows(
                DomainException.class,
                () -> chai.ventes()
                        .creerCommande(
                                d,
                                new NouvelleCommande(
                                        b.caviste.id(),
                                        jour("2026-03-02"),
                                        DestinationFiscale.EXPORT,
                                        ReferenceSortie.AUCUNE,
                                        Optional.empty(),
                                        List.of(NouvelleLigne.auPrix(987_654L, 3L, new BigDecimal("1.00"))))));
        assertEquals(CodeErreur.INTROUVABLE, e.code());
        assertEquals("lignes[0].produitId", e.violations().get(0).champ());
        // An order's buyer is its customer, its prices its lines: a buyer given in its references is refused.
        e = assertThrows(
                DomainException.class,
                () -> chai.ventes()
                        .creerCommande(
                                d,
                                new NouvelleCommande(
                                        b.caviste.id(),
                                        jour("2026-03-02"),
                                        DestinationFiscale.ENTREPOSITAIRE_AGREE,
                                        ReferenceSortie.AUCUNE.avecAcheteur("Négoce", new BigDecimal("180")),
                                        Optional.empty(),
                                        List.of(NouvelleLigne.auPrix(b.muscadet.id(), 3L, new BigDecimal("1.00"))))));
        assertEquals("reference.nomAcheteur", e.violations().get(0).champ());
        assertEquals(2, chai.ventes().clients(d).size());
        assertEquals(List.of(), chai.ventes().commandes(d));
    }
}
