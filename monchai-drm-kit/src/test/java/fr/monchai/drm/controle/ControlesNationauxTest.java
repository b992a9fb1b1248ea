package fr.monchai.drm.controle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.monchai.core.commun.Volume;
import fr.monchai.core.crd.CategorieCapsule;
import fr.monchai.core.crd.CompteCapsules;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.crd.TypeCapsule;
import fr.monchai.drm.kit.MoisComplet;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CompteCrdDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlesNationauxTest {

    private static final YearMonth MARS = YearMonth.of(2026, 3);

    private static BalanceProduit balance(String debut, String fin, String observations, LigneDrm... lignes) {
        return new BalanceProduit(
                MoisComplet.MUSCADET, Volume.hl(debut), List.of(lignes), Volume.hl(fin), observations);
    }

    private static DeclarationDrm drm(
            YearMonth mois, List<BalanceProduit> produits, List<CompteCrdDrm> crd, boolean epuise) {
        return new DeclarationDrm(
                MoisComplet.DECLARANT.avecRegimesCrd(TypeCapsule.values()),
                mois,
                produits,
                List.of(),
                crd,
                List.of(),
                epuise);
    }

    private static List<String> regles(DeclarationDrm drm, Optional<DeclarationDrm> avant) {
        return ControlesNationaux.verifier(drm, avant).stream()
                .filter(Anomalie::bloquante)
                .map(Anomalie::regle)
                .toList();
    }

    @Test
    void une_sortie_ou_un_compte_sous_un_regime_de_crd_non_declare_est_bloque() {
        LigneDrm acquittee = LigneDrm.de(NatureDrm.VENTE_CRD_ACQUITTES, Volume.hl("1"));
        DeclarationDrm sansAcquitte = new DeclarationDrm(
                MoisComplet.DECLARANT.avecRegimesCrd(TypeCapsule.PERSONNALISEES),
                MARS,
                List.of(balance("10", "9", "", acquittee)),
                List.of(),
                List.of(),
                List.of(),
                false);
        assertEquals(List.of("CRD-REGIME"), regles(sansAcquitte, Optional.empty()));
        DeclarationDrm sansCapsules = new DeclarationDrm(
                MoisComplet.DECLARANT.avecRegimesCrd(),
                MARS,
                List.of(balance("10", "9", "", LigneDrm.de(NatureDrm.VENTE_BOUTEILLES_CRD, Volume.hl("1")))),
                List.of(),
                List.of(new CompteCrdDrm(
                        new CompteCapsules(CategorieCapsule.TRANQUILLE, TypeCapsule.PERSONNALISEES, 750),
                        0,
                        Map.of(NatureCrd.ACHAT, 5L),
                        5,
                        "")),
                List.of(),
                false);
        assertEquals(List.of("CRD-REGIME", "CRD-REGIME"), regles(sansCapsules, Optional.empty()));
        assertEquals(
                List.of(),
                regles(drm(MARS, List.of(balance("10", "9", "", acquittee)), List.of(), false), Optional.empty()));
    }

    @Test
    void des_bouteilles_sorties_sous_crd_sans_capsule_utilisee_donnent_un_avertissement() {
        LigneDrm vente = LigneDrm.de(NatureDrm.VENTE_BOUTEILLES_CRD, Volume.hl("1"));
        CompteCapsules capsules =
                new CompteCapsules(CategorieCapsule.TRANQUILLE, TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS, 750);
        List<Anomalie> sansUtilisation = ControlesNationaux.verifier(
                drm(
                        MARS,
                        List.of(balance("10", "9", "", vente)),
                        List.of(new CompteCrdDrm(capsules, 500, Map.of(), 500, "")),
                        false),
                Optional.empty());
        assertEquals(
                List.of("CRD-UTILISATION"),
                sansUtilisation.stream().map(Anomalie::regle).toList());
        assertEquals(
                false, sansUtilisation.get(0).bloquante(), "a warning: the capsules may be counted later in the month");
        assertEquals(
                List.of(),
                regles(
                        drm(
                                MARS,
                                List.of(balance("10", "9", "", vente)),
                                List.of(new CompteCrdDrm(capsules, 500, Map.of(NatureCrd.UTILISATION, 133L), 367, "")),
                                false),
                        Optional.empty()));
    }

    @Test
    void chaque_regle_nationale_signale_son_produit_et_sa_correction() {
        LigneDrm vente = LigneDrm.de(NatureDrm.VENTE_BOUTEILLES_CRD, Volume.hl("10"));
        assertEquals(
                List.of(),
                regles(drm(MARS, List.of(balance("100", "90", "", vente)), List.of(), false), Optional.empty()));
        assertEquals(
                List.of("RG16"),
                regles(drm(MARS, List.of(balance("100", "91", "", vente)), List.of(), false), Optional.empty()));
        assertEquals(
                List.of("RG18"),
                regles(drm(MARS, List.of(balance("5", "-5", "", vente)), List.of(), false), Optional.empty()));
        assertEquals(
                List.of("RG23"),
                regles(
                        drm(MARS, List.of(balance("1", "1", ""), balance("2", "2", "")), List.of(), false),
                        Optional.empty()));
        assertEquals(
                List.of("RG25/RG26/RG38"),
                regles(
                        drm(
                                MARS,
                                List.of(balance("10", "9", "", LigneDrm.de(NatureDrm.MANQUANT, Volume.hl("1")))),
                                List.of(),
                                false),
                        Optional.empty()));
        LigneDrm retourAncien = new LigneDrm(
                NatureDrm.RETOUR_TAXE,
                Volume.hl("1"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(YearMonth.of(2023, 1)));
        assertEquals(
                List.of("RG40"),
                regles(
                        drm(MARS, List.of(balance("10", "11", "retour client", retourAncien)), List.of(), false),
                        Optional.empty()));
        assertEquals(
                List.of("REPLIS"),
                regles(
                        drm(
                                MARS,
                                List.of(balance("10", "11", "", LigneDrm.de(NatureDrm.REPLI_ENTREE, Volume.hl("1")))),
                                List.of(),
                                false),
                        Optional.empty()));
        DeclarationDrm fevrier = drm(MARS.minusMonths(1), List.of(balance("100", "100", "")), List.of(), false);
        assertEquals(
                List.of("RG14"),
                regles(drm(MARS, List.of(balance("99", "99", "")), List.of(), false), Optional.of(fevrier)));
        assertEquals(List.of("RG24"), regles(drm(MARS, List.of(), List.of(), false), Optional.of(fevrier)));
        CompteCapsules capsules = new CompteCapsules(CategorieCapsule.TRANQUILLE, TypeCapsule.PERSONNALISEES, 750);
        assertEquals(
                List.of("RG30"),
                regles(
                        drm(
                                MARS,
                                List.of(),
                                List.of(new CompteCrdDrm(capsules, 10, Map.of(NatureCrd.ACHAT, 5L), 16, "")),
                                false),
                        Optional.empty()));
        assertEquals(
                List.of("RG66/RG67"),
                regles(
                        drm(
                                MARS,
                                List.of(),
                                List.of(new CompteCrdDrm(capsules, 10, Map.of(NatureCrd.AUTRE_SORTIE, 5L), 5, "")),
                                false),
                        Optional.empty()));
        assertEquals(
                List.of("RG49/RG50"),
                regles(drm(MARS, List.of(balance("100", "90", "", vente)), List.of(), true), Optional.empty()));
        assertEquals(
                List.of(),
                regles(
                        drm(
                                MARS,
                                List.of(balance("10", "0", "", LigneDrm.de(NatureDrm.EXPORT, Volume.hl("10")))),
                                List.of(),
                                true),
                        Optional.empty()));
        // August opens the campaign: the physical inventory may differ from July's end stock.
        DeclarationDrm juillet = drm(YearMonth.of(2026, 7), List.of(balance("100", "100", "")), List.of(), false);
        assertEquals(
                List.of(),
                regles(
                        drm(YearMonth.of(2026, 8), List.of(balance("98", "98", "")), List.of(), false),
                        Optional.of(juillet)));
    }
}
