package fr.monchai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.registre.ContrePassation;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.core.registre.VenteBouteilles;
import fr.monchai.core.vente.Adresse;
import fr.monchai.core.vente.NouveauClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every input mistake a library user can make is a {@link DomainException} naming the field, never a bare one. */
class SaisiesBibliothequeTest {

    private static DomainException refus(Runnable r) {
        return assertThrows(DomainException.class, r::run);
    }

    @Test
    void un_volume_s_ecrit_avec_une_virgule_et_ses_fautes_se_disent() {
        assertEquals(Volume.hl("25.4"), Volume.hl("25,4"));
        assertEquals(Volume.hl("25.4"), Volume.hl(" 25,4 "));
        assertEquals("volume", refus(() -> Volume.hl("vingt")).champ());
        DomainException fin = refus(() -> Volume.hl("0.000001"));
        assertEquals(CodeErreur.VOLUME_INVALIDE, fin.code());
        assertTrue(fin.getMessage().contains("millilitre"), fin.getMessage());
        assertEquals("capaciteHl", refus(() -> NouvelleCuve.de("C", null)).champ());
        assertEquals(
                "pertesHl",
                refus(() -> Soutirage.de(1, 2, Volume.hl("1"), LocalDate.of(2026, 9, 1))
                                .pertes(null))
                        .champ());
        assertEquals(
                "commentaire",
                refus(() -> ContrePassation.de(1, LocalDate.of(2026, 9, 1), " "))
                        .champ());
        assertEquals(
                "numeroDocument", refus(() -> ReferenceSortie.document("=1+1")).champ());
        assertEquals(
                "BE",
                ReferenceSortie.export("BE", "26FRA00000000000009A1").pays().orElseThrow());
    }

    @Test
    void une_vente_de_bouteilles_de_trop_parle_en_bouteilles() {
        MonChai chai = MonChai.enMemoire();
        ChaiDomaine d = chai.creerDomaine("Domaine des Bouteilles");
        var parcelle = d.creerParcelle(NouvelleParcelle.de("Les Carrières", "Melon B.", new BigDecimal("1")));
        var cuve = d.creerCuve(NouvelleCuve.de("Cuve 1", Volume.hl("50")));
        var vendange = d.enregistrerVendange(
                NouvelleVendange.de(parcelle.id(), LocalDate.of(2026, 9, 12), Volume.hl("10"), cuve.id())
                        .produit(ProduitFiscal.aop("Muscadet", Couleur.BLANC, "Muscadet blanc")));
        long lot =
                d.valider(vendange.mouvementId().getAsLong()).lotDestination().getAsLong();
        long bouteilles = d.enregistrerEtValider(
                        x -> x.mettreEnBouteille(MiseEnBouteille.de(lot, 100, 750, LocalDate.of(2026, 9, 20))))
                .bouteilleLotDestination()
                .getAsLong();
        DomainException trop = refus(() -> d.enregistrerEtValider(x -> x.vendreBouteilles(new VenteBouteilles(
                bouteilles,
                120L,
                DestinationFiscale.FRANCE_DROITS_ACQUITTES,
                LocalDate.of(2026, 9, 21),
                Optional.empty()))));
        assertEquals(CodeErreur.VOLUME_INSUFFISANT, trop.code());
        assertEquals("nbBouteilles", trop.champ());
        assertTrue(
                trop.getMessage().contains("100 bouteilles")
                        && trop.getMessage().contains("120 bouteilles"),
                trop.getMessage());
    }

    @Test
    void les_cles_du_siren_et_de_la_tva_d_un_client_se_verifient() {
        MonChai chai = MonChai.enMemoire();
        ChaiDomaine d = chai.creerDomaine("Domaine des Clients");
        Adresse nantes = new Adresse("3 quai de la Fosse", "44000", "Nantes", "FR");
        assertEquals(
                "siren",
                refus(() -> d.ventes()
                                .creerClient(NouveauClient.professionnel("Cave", nantes)
                                        .siren("552100555")))
                        .champ());
        assertEquals(
                "numeroTva",
                refus(() -> d.ventes()
                                .creerClient(NouveauClient.professionnel("Cave", nantes)
                                        .siren("552100554")
                                        .numeroTva("FR32552100554")))
                        .champ());
        d.ventes()
                .creerClient(NouveauClient.professionnel("Cave", nantes)
                        .siren("552100554")
                        .numeroTva("FR96552100554"));
    }
}
