package fr.monchai.drm;

import static fr.monchai.drm.kit.MoisComplet.DECLARANT;
import static fr.monchai.drm.kit.MoisComplet.moisComplet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.controle.ControlesNationaux;
import fr.monchai.drm.kit.MoisComplet.Mois;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CompteCrdDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.DocumentSortie;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.modele.TypeDocument;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hand-built month of the kit, and the declaration it must give. */
class ConstructeurDrmTest {

    private static LigneDrm ligne(NatureDrm nature, String hl) {
        return LigneDrm.de(nature, Volume.hl(hl));
    }

    @Test
    void chaque_mouvement_du_mois_tombe_dans_sa_categorie_douaniere() {
        Mois m = moisComplet();
        DeclarationDrm drm = new ConstructeurDrm(m.chai()).construire(m.domaine(), YearMonth.of(2026, 3), DECLARANT);
        assertEquals(
                List.of("IGP Val de Loire Chardonnay", "Muscadet Sèvre et Maine sur lie", "Vin sans IG blanc"),
                drm.droitsSuspendus().stream().map(BalanceProduit::libelle).toList());
        BalanceProduit muscadet = drm.produit("Muscadet Sèvre et Maine sur lie").orElseThrow();
        assertEquals(Volume.hl("118"), muscadet.stockDebut());
        assertEquals(
                List.of(
                        ligne(NatureDrm.EXCEDENT, "0.2"),
                        new LigneDrm(
                                NatureDrm.RETOUR_TAXE,
                                Volume.hl("2"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(YearMonth.of(2026, 2))),
                        ligne(NatureDrm.VENTE_BOUTEILLES_CRD, "8.25"),
                        ligne(NatureDrm.VENTE_CRD_ACQUITTES, "0.75"),
                        new LigneDrm(
                                NatureDrm.EXPORT,
                                Volume.hl("3"),
                                Optional.of("US"),
                                Optional.empty(),
                                Optional.of("26FRA00000000000001A1"),
                                Optional.empty()),
                        new LigneDrm(
                                NatureDrm.LIVRAISON_UE,
                                Volume.hl("5"),
                                Optional.of("BE"),
                                Optional.empty(),
                                Optional.of("26FRA00000000000002A1"),
                                Optional.empty()),
                        ligne(NatureDrm.CONSOMMATION_FAMILIALE, "0.15"),
                        ligne(NatureDrm.PERTE, "0.3")),
                muscadet.lignes());
        assertEquals(Volume.hl("102.75"), muscadet.stockFin());
        assertTrue(muscadet.observations().contains("Inventaire : jauge corrigée"), muscadet.observations());
        assertTrue(
                muscadet.observations().contains("Contre-passation du mouvement n° 3 du 20/02/2026"),
                muscadet.observations());
        BalanceProduit igp = drm.produit("IGP Val de Loire Chardonnay").orElseThrow();
        assertEquals(
                List.of(
                        new LigneDrm(
                                NatureDrm.VENTE_ENTREPOSITAIRE,
                                Volume.hl("30"),
                                Optional.empty(),
                                Optional.of("2026030100042"),
                                Optional.empty(),
                                Optional.empty()),
                        ligne(NatureDrm.DECLASSEMENT_SORTIE, "10"),
                        ligne(NatureDrm.PERTE, "0.5"),
                        ligne(NatureDrm.MANQUANT, "0.3")),
                igp.lignes());
        assertEquals(Volume.hl("19.2"), igp.stockFin());
        assertEquals(
                "Casse : fût renversé; Inventaire : fût percé", igp.observations(), "a loss declares its cause too");
        BalanceProduit vsig = drm.produit("Vin sans IG blanc").orElseThrow();
        assertEquals(List.of(ligne(NatureDrm.DECLASSEMENT_ENTREE, "10"), ligne(NatureDrm.PERTE, "0.1")), vsig.lignes());
        assertEquals(
                "pertes à l'assemblage",
                vsig.observations(),
                "a blend's losses without a comment say where they come from");
        assertTrue(
                drm.produit("Muscadet Sèvre et Maine sur lie")
                                .orElseThrow()
                                .observations()
                                .indexOf("Saisie en double")
                        < 0,
                "a loss cancelled within the month takes its observation back");
        assertEquals(Volume.ZERO, vsig.stockDebut());
        assertEquals(Volume.hl("9.9"), vsig.stockFin());
        assertEquals(
                List.of(
                        new DocumentSortie(
                                TypeDocument.DAE,
                                "26FRA00000000000001A1",
                                LocalDate.parse("2026-03-06"),
                                Optional.of("US"),
                                Optional.empty(),
                                Optional.empty()),
                        new DocumentSortie(
                                TypeDocument.DAE,
                                "26FRA00000000000002A1",
                                LocalDate.parse("2026-03-07"),
                                Optional.of("BE"),
                                Optional.of("BE00001234E56"),
                                Optional.empty())),
                drm.documents());
        assertEquals(drm.documents(), drm.releveNonApurement(), "neither DAE is discharged yet");
        assertEquals(Optional.empty(), drm.plage(TypeDocument.DSA));
        CompteCrdDrm crd = drm.crd().stream()
                .filter(c -> c.compte().type() == fr.monchai.core.crd.TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS)
                .findFirst()
                .orElseThrow();
        assertEquals(2000, crd.debut());
        assertEquals(Map.of(NatureCrd.ACHAT, 1000L, NatureCrd.UTILISATION, 1100L), crd.mouvements());
        assertEquals(1900, crd.fin());
        DeclarationDrm fevrier =
                new ConstructeurDrm(m.chai()).construire(m.domaine(), YearMonth.of(2026, 2), DECLARANT);
        assertEquals(List.of(), ControlesNationaux.verifier(drm, Optional.of(fevrier)));
    }

    @Test
    void un_export_definitif_verrouille_le_mois_une_seule_fois_ses_fichiers_restent_ceux_de_l_essai() {
        Mois m = moisComplet();
        ExportateursDrm plugins = ExportateursDrm.de(new ExportateurTexte());
        ServiceDrm drm = new ServiceDrm(m.chai(), plugins);
        var brouillon = drm.exporter(
                m.domaine(),
                ExportDrm.de(YearMonth.of(2026, 3), DECLARANT)
                        .plugin("texte")
                        .par("alice")
                        .le(java.time.Instant.parse("2026-04-02T08:00:00Z")));
        assertTrue(brouillon.id() > 0, "a trial is kept");
        assertEquals(java.util.Set.of(), m.chai().periodes().verrouillees(m.domaine()));
        var definitif = drm.exporter(
                m.domaine(),
                ExportDrm.de(YearMonth.of(2026, 3), DECLARANT)
                        .plugin("texte")
                        .definitif()
                        .par("alice")
                        .le(java.time.Instant.parse("2026-04-03T08:00:00Z")));
        assertTrue(m.chai().periodes().verrouillees(m.domaine()).contains(YearMonth.of(2026, 3)));
        DomainException deuxFois = assertThrows(
                DomainException.class,
                () -> drm.exporter(
                        m.domaine(),
                        ExportDrm.de(YearMonth.of(2026, 3), DECLARANT)
                                .plugin("texte")
                                .definitif()
                                .par("bob")
                                .le(java.time.Instant.parse("2026-05-03T08:00:00Z"))));
        assertTrue(deuxFois.getMessage().contains("export n° " + definitif.id()), deuxFois.getMessage());
        assertEquals(brouillon.artefacts(), definitif.artefacts(), "the trial showed exactly what was declared");
        assertEquals(
                definitif.artefacts(),
                m.chai()
                        .declarations()
                        .trouver(m.domaine(), definitif.id())
                        .orElseThrow()
                        .artefacts(),
                "the declared files are downloaded again, never rebuilt");
        assertEquals(
                java.util.List.of(definitif),
                m.chai().declarations().historique(m.domaine()),
                "the final export replaced the trial");
        DomainException e = assertThrows(
                DomainException.class,
                () -> drm.exporter(
                        m.domaine(),
                        ExportDrm.de(YearMonth.of(2026, 3), DECLARANT)
                                .plugin("inconnu")
                                .definitif()
                                .par("alice")
                                .le(java.time.Instant.EPOCH)));
        assertEquals(fr.monchai.core.commun.CodeErreur.INTROUVABLE, e.code());
    }

    @Test
    void un_dae_apure_quitte_le_releve_de_non_apurement_et_un_envoi_a_un_entrepositaire_nomme_son_accise() {
        Mois m = moisComplet();
        long ue = m.chai().mouvements().referencesSortie(m.domaine()).entrySet().stream()
                .filter(e -> e.getValue().numeroDocument().equals(Optional.of("26FRA00000000000002A1")))
                .findFirst()
                .orElseThrow()
                .getKey();
        DomainException avant = assertThrows(
                DomainException.class,
                () -> m.chai().mouvements().apurer(m.domaine(), ue, LocalDate.parse("2026-03-06")));
        assertEquals("date", avant.champ(), "a receipt does not precede the shipment");
        m.chai().mouvements().apurer(m.domaine(), ue, LocalDate.parse("2026-03-20"));
        DeclarationDrm mars = new ConstructeurDrm(m.chai()).construire(m.domaine(), YearMonth.of(2026, 3), DECLARANT);
        assertEquals(
                List.of("26FRA00000000000001A1"),
                mars.releveNonApurement().stream().map(DocumentSortie::numero).toList(),
                "only the DAE not discharged by the month's end");
        assertEquals(
                List.of(Optional.empty(), Optional.of(LocalDate.parse("2026-03-20"))),
                mars.documents().stream().map(DocumentSortie::apurement).toList(),
                "the month's documents keep their discharge");
        DomainException sansAccise = assertThrows(
                DomainException.class,
                () -> m.chai()
                        .mouvements()
                        .documenterSortie(
                                m.domaine(),
                                ue,
                                new fr.monchai.core.journal.ReferenceSortie(
                                        Optional.of("BE"), Optional.of("26FRA00000000000002A1"), Optional.empty())));
        assertEquals("acciseDestinataire", sansAccise.champ());
        assertEquals(
                Optional.of(LocalDate.parse("2026-03-20")),
                m.chai()
                        .mouvements()
                        .referenceSortie(m.domaine(), ue)
                        .orElseThrow()
                        .apurement(),
                "a refused reference changes nothing");
    }

    @Test
    void une_sortie_en_droits_acquittes_declare_le_numero_de_son_dsa_qui_ne_s_apure_pas() {
        Mois m = moisComplet();
        long acquittee = m.chai().registre().journal(m.domaine(), fr.monchai.core.journal.FiltreJournal.TOUT).stream()
                .filter(x -> x.destination().equals(Optional.of(DestinationFiscale.FRANCE_DROITS_ACQUITTES)))
                .findFirst()
                .orElseThrow()
                .id();
        m.chai()
                .mouvements()
                .documenterSortie(
                        m.domaine(),
                        acquittee,
                        new fr.monchai.core.journal.ReferenceSortie(
                                Optional.empty(), Optional.of("0102"), Optional.empty()));
        DomainException apurement = assertThrows(
                DomainException.class,
                () -> m.chai().mouvements().apurer(m.domaine(), acquittee, LocalDate.parse("2026-03-20")));
        assertTrue(apurement.getMessage().contains("un DSA ne s'apure pas"), apurement.getMessage());

        DeclarationDrm mars = new ConstructeurDrm(m.chai()).construire(m.domaine(), YearMonth.of(2026, 3), DECLARANT);
        assertEquals(
                List.of(new DocumentSortie(
                        TypeDocument.DSA,
                        "0102",
                        LocalDate.parse("2026-03-08"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())),
                mars.documents().stream()
                        .filter(d -> d.type() == TypeDocument.DSA)
                        .toList());
        assertEquals(
                List.of("26FRA00000000000001A1", "26FRA00000000000002A1"),
                mars.releveNonApurement().stream().map(DocumentSortie::numero).toList(),
                "a DSA is never on the relevé de non-apurement");
        assertEquals(
                Optional.of(new fr.monchai.drm.modele.PlageDocuments(TypeDocument.DSA, "0102", "0102", 1)),
                mars.plage(TypeDocument.DSA));
        DeclarationDrm troisFormulaires = new DeclarationDrm(
                mars.declarant(),
                mars.periode(),
                List.of(),
                List.of(),
                List.of(),
                List.of(dsa("0098"), dsa("102"), dsa("0099")),
                false);
        assertEquals(
                Optional.of(new fr.monchai.drm.modele.PlageDocuments(TypeDocument.DSA, "0098", "102", 3)),
                troisFormulaires.plage(TypeDocument.DSA),
                "forms are ranged by number, not as text");
    }

    @Test
    void
            des_bouteilles_achetees_en_droits_acquittes_vont_sur_la_liste_en_droits_acquittes_et_n_en_sortent_qu_acquittees() {
        Mois m = moisComplet();
        fr.monchai.core.registre.MouvementService mv = m.chai().mouvements();
        ProduitFiscal igp = fr.monchai.drm.kit.MoisComplet.IGP;
        fr.monchai.core.journal.Mouvement achat = mv.valider(
                m.domaine(),
                mv.acheterBouteilles(
                                m.domaine(),
                                fr.monchai.core.registre.AchatBouteilles.de(
                                                300, 750, igp, LocalDate.parse("2026-03-10"))
                                        .enDroitsAcquittes())
                        .id());
        long lot = achat.bouteilleLotDestination().orElseThrow();
        DomainException refus = assertThrows(
                DomainException.class,
                () -> mv.vendreBouteilles(
                        m.domaine(),
                        new fr.monchai.core.registre.VenteBouteilles(
                                lot, 12L, DestinationFiscale.EXPORT, LocalDate.parse("2026-03-12"), Optional.empty())));
        assertEquals("destination", refus.champ());
        assertTrue(refus.getMessage().contains("ne sortent qu'en droits acquittés"), refus.getMessage());
        mv.valider(
                m.domaine(),
                mv.vendreBouteilles(
                                m.domaine(),
                                new fr.monchai.core.registre.VenteBouteilles(
                                        lot,
                                        120L,
                                        DestinationFiscale.FRANCE_DROITS_ACQUITTES,
                                        LocalDate.parse("2026-03-12"),
                                        Optional.empty()))
                        .id());
        mv.valider(
                m.domaine(),
                mv.ajusterBouteilles(
                                m.domaine(),
                                new fr.monchai.core.registre.AjustementBouteilles(
                                        lot,
                                        fr.monchai.core.registre.SensAjustement.MANQUANT,
                                        2L,
                                        LocalDate.parse("2026-03-20"),
                                        "deux bouteilles cassées"))
                        .id());

        DeclarationDrm mars = new ConstructeurDrm(m.chai()).construire(m.domaine(), YearMonth.of(2026, 3), DECLARANT);
        assertEquals(1, mars.droitsAcquittes().size());
        BalanceProduit acquittee = mars.droitsAcquittes().get(0);
        assertEquals(igp, acquittee.produit());
        assertEquals(
                List.of(
                        LigneDrm.de(fr.monchai.drm.modele.CategorieDrm.ACQUITTES_ACHATS, Volume.hl("2.25")),
                        LigneDrm.de(fr.monchai.drm.modele.CategorieDrm.ACQUITTES_VENTES, Volume.hl("0.9")),
                        LigneDrm.de(fr.monchai.drm.modele.CategorieDrm.ACQUITTES_AUTRES_SORTIES, Volume.hl("0.015"))),
                acquittee.lignes());
        assertEquals(Volume.hl("1.335"), acquittee.stockFin());
        assertEquals("deux bouteilles cassées", acquittee.observations());
        assertTrue(
                mars.droitsSuspendus().stream()
                        .flatMap(b -> b.lignes().stream())
                        .noneMatch(l -> l.categorie().acquitte()),
                "the suspended balances keep their own lines");
        assertEquals(
                List.of(),
                fr.monchai.drm.controle.ControlesNationaux.verifier(mars, Optional.empty()).stream()
                        .filter(fr.monchai.drm.controle.Anomalie::bloquante)
                        .toList());
    }

    private static DocumentSortie dsa(String numero) {
        return new DocumentSortie(
                TypeDocument.DSA,
                numero,
                LocalDate.parse("2026-03-08"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void une_demande_d_export_sans_module_prend_le_seul_installe_et_refuse_de_choisir_entre_plusieurs() {
        Mois m = moisComplet();
        ExportDrm demande = ExportDrm.de(YearMonth.of(2026, 3), DECLARANT);
        assertEquals(
                "texte",
                new ServiceDrm(m.chai(), ExportateursDrm.de(new ExportateurTexte()))
                        .exporter(m.domaine(), demande)
                        .plugin());
        ExportateurTexte autre = new ExportateurTexte() {
            @Override
            public String id() {
                return "autre";
            }
        };
        DomainException e = assertThrows(
                DomainException.class,
                () -> new ServiceDrm(m.chai(), ExportateursDrm.de(new ExportateurTexte(), autre))
                        .exporter(m.domaine(), demande));
        assertEquals("plugin", e.champ());
        assertTrue(e.getMessage().contains("autre") && e.getMessage().contains("texte"), e.getMessage());
    }

    @Test
    void une_anomalie_bloquante_empeche_l_export_et_ne_change_rien() {
        Mois m = moisComplet();
        ExportateurTexte refuse = new ExportateurTexte() {
            @Override
            public List<Anomalie> verifier(DeclarationDrm drm) {
                return List.of(new Anomalie("Muscadet Sèvre et Maine sur lie", "TEST", "refusé", "rien", true));
            }
        };
        ServiceDrm drm = new ServiceDrm(m.chai(), ExportateursDrm.de(new fr.monchai.drm.spi.FabriqueExportateurDrm() {
            @Override
            public String id() {
                return "texte";
            }

            @Override
            public String nom() {
                return "Texte";
            }

            @Override
            public int versionSpi() {
                return VERSION_SPI;
            }

            @Override
            public fr.monchai.drm.spi.ExportateurDrm creer(Map<String, String> configuration) {
                return refuse;
            }
        }));
        DomainException e = assertThrows(
                DomainException.class,
                () -> drm.exporter(
                        m.domaine(),
                        ExportDrm.de(YearMonth.of(2026, 3), DECLARANT)
                                .plugin("texte")
                                .definitif()
                                .par("alice")
                                .le(java.time.Instant.EPOCH)));
        assertEquals(
                "produits[Muscadet Sèvre et Maine sur lie]",
                e.violations().get(0).champ());
        assertEquals("TEST", e.violations().get(0).regle());
        assertEquals(java.util.Set.of(), m.chai().periodes().verrouillees(m.domaine()));
        assertEquals(List.of(), m.chai().declarations().historique(m.domaine()));
    }
}
