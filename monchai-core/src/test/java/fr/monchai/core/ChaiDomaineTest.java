package fr.monchai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.registre.Assemblage;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.Perte;
import fr.monchai.core.registre.SourceAssemblage;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.core.registre.VenteBouteilles;
import fr.monchai.core.vente.Adresse;
import fr.monchai.core.vente.NouveauClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The chain as an embedder writes it: a domaine handle, inputs built by their factories, results that name what they made. */
class ChaiDomaineTest {

    private static final ProduitFiscal MUSCADET = ProduitFiscal.aop(
                    "Muscadet Sèvre et Maine", Couleur.BLANC, "Muscadet Sèvre et Maine sur lie blanc")
            .mention("Sur lie")
            .cepage("Melon");
    private static final LocalDate J = LocalDate.of(2026, 9, 12);

    private final MonChai chai = MonChai.enMemoire();
    private final ChaiDomaine d = chai.creerDomaine("Domaine de la Pierre Bleue");

    @Test
    void la_chaine_sans_identifiant_de_domaine_ni_optional() {
        var parcelle = d.creerParcelle(NouvelleParcelle.de("Les Carrières", "Melon B.", new BigDecimal("1.2"))
                .plantee(2008));
        var c1 = d.creerCuve(NouvelleCuve.de("Cuve 1", Volume.hl("40")).materiau("inox"));
        var c2 = d.creerCuve(NouvelleCuve.de("Cuve 2", Volume.hl("40")));
        var c3 = d.creerCuve(NouvelleCuve.de("Cuve 3", Volume.hl("60")));
        var vendange = d.enregistrerVendange(NouvelleVendange.de(parcelle.id(), J, Volume.hl("25.4"), c1.id())
                .dechets(Volume.hl("0.8"))
                .produit(MUSCADET));
        Mouvement recolte = d.valider(vendange.mouvementId().getAsLong());
        long lot1 = recolte.lotDestination().getAsLong();
        assertEquals(Volume.hl("24.6"), d.solde(new Compte.DeLot(lot1)));

        Mouvement soutirage =
                d.enregistrerEtValider(x -> x.soutirer(Soutirage.de(lot1, c2.id(), Volume.hl("10"), J.plusDays(8))
                        .pertes(Volume.hl("0.2"))
                        .commentaire("soutirage")));
        long lot2 = soutirage.lotDestination().getAsLong();
        assertTrue(soutirage.numero().isPresent(), "entered and validated in one call");
        assertEquals(Volume.hl("9.8"), d.etatCuve(c2.id()).volume());

        long lot3 = d.enregistrerEtValider(x -> x.assembler(Assemblage.de(
                        c3.id(),
                        J.plusDays(20),
                        SourceAssemblage.de(lot1, Volume.hl("14.6")),
                        SourceAssemblage.de(lot2, Volume.hl("9.8")))))
                .lotDestination()
                .getAsLong();
        d.enregistrerEtValider(x -> x.constaterPerte(Perte.de(lot3, Volume.hl("0.1"), J.plusDays(30), "ouillage")));
        Mouvement mise = d.enregistrerEtValider(x -> x.mettreEnBouteille(
                MiseEnBouteille.de(lot3, 3000, 750, J.plusDays(60)).reference("MEB-01")));
        long bouteilles = mise.bouteilleLotDestination().getAsLong();
        assertEquals("MEB-01", d.bouteilleLot(bouteilles).orElseThrow().reference());
        d.enregistrerEtValider(x -> x.vendreBouteilles(
                VenteBouteilles.de(bouteilles, 60, DestinationFiscale.FRANCE_DROITS_SUSPENDUS, J.plusDays(61))
                        .commentaire("Cave de la gare")));
        assertEquals(2940, d.stockBouteilles().get(0).nbBouteilles());
        assertEquals(
                java.util.Set.of(parcelle.id()),
                d.tracabiliteAmont(new Compte.DeBouteilles(bouteilles)).parcelles());
        assertEquals(6, d.journal(FiltreJournal.TOUT).size());
        assertTrue(d.lot(lot1).isPresent(), "an emptied lot is still reachable from the register");
    }

    @Test
    void entrer_et_valider_ne_laisse_aucun_brouillon_quand_la_validation_refuse() {
        var parcelle = d.creerParcelle(NouvelleParcelle.de("Les Carrières", "Melon B.", new BigDecimal("1.2")));
        var c1 = d.creerCuve(NouvelleCuve.de("Cuve 1", Volume.hl("10")));
        DomainException e = assertThrows(
                DomainException.class,
                () -> d.enregistrerEtValider(x -> {
                    var v = x.enregistrerVendange(NouvelleVendange.de(parcelle.id(), J, Volume.hl("25"), c1.id())
                            .produit(MUSCADET));
                    return x.mouvement(v.mouvementId().getAsLong()).orElseThrow();
                }));
        assertEquals(CodeErreur.CAPACITE_DEPASSEE, e.code(), e.getMessage());
        assertEquals(0, d.journal(FiltreJournal.TOUT).size(), "no draft is left behind");
        assertEquals(0, d.vendanges(fr.monchai.core.chai.FiltreVendanges.TOUT).size());
    }

    @Test
    void une_saisie_mal_formee_est_refusee_la_ou_elle_est_construite_en_nommant_le_champ() {
        assertEquals(
                "volumeHl",
                assertThrows(DomainException.class, () -> Soutirage.de(1, 2, Volume.hl("-2"), J))
                        .champ());
        assertEquals(
                "nom",
                assertThrows(DomainException.class, () -> NouvelleCuve.de(" ", Volume.hl("10")))
                        .champ());
        assertEquals(
                "date",
                assertThrows(DomainException.class, () -> Perte.de(1, Volume.hl("1"), null, "casse"))
                        .champ());
        assertEquals(
                "commentaire",
                assertThrows(DomainException.class, () -> Perte.de(1, Volume.hl("1"), J, "x".repeat(501)))
                        .champ()
                        .replaceAll("\\W.*", ""));
        assertEquals(
                "siren",
                assertThrows(
                                DomainException.class,
                                () -> NouveauClient.professionnel("Cave", new Adresse("1 rue", "44000", "Nantes", "FR"))
                                        .siren("12"))
                        .champ());
        assertEquals(
                "pays",
                assertThrows(
                                DomainException.class,
                                () -> NouveauClient.particulier(
                                        "Alice", new Adresse("1 rue", "44000", "Nantes", "France")))
                        .champ()
                        .replaceAll(".*\\.", ""));
    }

    @Test
    void chaque_fabrique_refuse_une_valeur_hors_regle_en_nommant_le_champ() {
        java.util.function.Function<org.junit.jupiter.api.function.Executable, String> champ =
                e -> assertThrows(DomainException.class, e).champ();
        assertEquals("surfaceHa", champ.apply(() -> NouvelleParcelle.de("P", "Melon B.", new BigDecimal("-1"))));
        assertEquals(
                "anneePlantation",
                champ.apply(() ->
                        NouvelleParcelle.de("P", "Melon B.", BigDecimal.ONE).plantee(1500)));
        assertEquals(
                "dechetsHl",
                champ.apply(() -> NouvelleVendange.de(1, J, Volume.hl("10"), 1).dechets(Volume.hl("-1"))));
        assertEquals("sources", champ.apply(() -> Assemblage.de(1, J)));
        assertEquals("contenanceMl", champ.apply(() -> MiseEnBouteille.de(1, 10, 5, J)));
        assertEquals("nbBouteilles", champ.apply(() -> VenteBouteilles.de(1, 0, DestinationFiscale.EXPORT, J)));
        assertEquals("volumeHl", champ.apply(() -> fr.monchai.core.registre.AchatVrac.de(1, Volume.ZERO, J)));
        assertEquals(
                "volumeHl",
                champ.apply(
                        () -> fr.monchai.core.registre.VenteVrac.de(1, Volume.hl("-1"), DestinationFiscale.EXPORT, J)));
        assertEquals(
                "quantite",
                champ.apply(() -> fr.monchai.core.crd.NouveauMouvementCrd.de(
                        J,
                        fr.monchai.core.crd.CategorieCapsule.TRANQUILLE,
                        fr.monchai.core.crd.TypeCapsule.PERSONNALISEES,
                        750,
                        fr.monchai.core.crd.NatureCrd.ACHAT,
                        0)));
        assertEquals(
                "sku",
                champ.apply(() -> fr.monchai.core.vente.NouveauProduit.de(
                        1,
                        "pas de blanc",
                        "Muscadet",
                        new BigDecimal("9.50"),
                        fr.monchai.core.vente.BasePrix.HT,
                        new BigDecimal("12"))));
        assertEquals(
                "lignes",
                champ.apply(() -> fr.monchai.core.vente.NouvelleCommande.de(
                        1, J, DestinationFiscale.EXPORT, fr.monchai.core.journal.ReferenceSortie.AUCUNE)));
    }

    @Test
    void un_domaine_inconnu_est_refuse_et_chaque_poignee_ne_voit_que_son_domaine() {
        assertEquals(
                CodeErreur.INTROUVABLE,
                assertThrows(DomainException.class, () -> chai.domaine(999)).code());
        ChaiDomaine autre = chai.creerDomaine("Autre domaine");
        var cuve = d.creerCuve(NouvelleCuve.de("Cuve 1", Volume.hl("10")));
        assertEquals(1, chai.domaine(d.id()).cuves().size());
        assertEquals(0, autre.cuves().size());
        assertThrows(DomainException.class, () -> autre.etatCuve(cuve.id()));
    }
}
