package fr.monchai.kit;

import static fr.monchai.kit.Chai.IGP_CHARDONNAY;
import static fr.monchai.kit.Chai.MUSCADET;
import static fr.monchai.kit.Chai.hl;
import static fr.monchai.kit.Chai.jour;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Composant;
import fr.monchai.core.chai.Composition;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.FiltreVendanges;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.Parcelle;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.chai.Vendange;
import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.commun.Violation;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.crd.CategorieCapsule;
import fr.monchai.core.crd.CompteCapsules;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.crd.NouveauMouvementCrd;
import fr.monchai.core.crd.TypeCapsule;
import fr.monchai.core.declaration.ExportDeclaration;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.CompteExterne;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.journal.LigneMouvement;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.journal.StatutMouvement;
import fr.monchai.core.journal.TypeMouvement;
import fr.monchai.core.port.Stockage;
import fr.monchai.core.registre.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The ledger's rules, through the use cases, against any store. The in-memory store runs
 * it in {@code RegistreMemoireTest}; monchai-persistence runs it on PostgreSQL.
 */
public abstract class RegistreContractTest {

    /** {@return a new, empty store} */
    protected abstract Stockage nouveauxDepots();

    private static final Compte PERTES = new Compte.Externe(CompteExterne.PERTES);

    Chai c;
    MonChai chai;
    long d;

    @BeforeEach
    void domaine() {
        chai = new MonChai(nouveauxDepots());
        c = new Chai(chai);
        d = c.domaine;
    }

    /** Runs a refused operation and checks it changed nothing. */
    DomainException refuse(CodeErreur code, Executable operation) {
        Instantane avant = Instantane.de(chai, d);
        DomainException e = assertThrows(DomainException.class, operation);
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(avant, Instantane.de(chai, d), "a refused operation changed the register");
        return e;
    }

    // --- editing what the register points at ---

    @Test
    void une_parcelle_et_une_cuve_se_corrigent_sans_rien_changer_a_ce_que_le_registre_en_a_dit() {
        Parcelle corrigee = chai.parcelles()
                .modifier(
                        d,
                        c.parcelle.id(),
                        new NouvelleParcelle(
                                " Les Carrières Hautes ",
                                "Melon B.",
                                hl("1.25"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(2009)));
        assertEquals("Les Carrières Hautes", corrigee.nom());
        assertEquals(corrigee, chai.parcelles().trouver(d, c.parcelle.id()).orElseThrow());
        Cuve cuve = c.cuve("Cuve 1", "50");
        Cuve autre = c.cuve("Cuve 2", "50");
        Lot lot = c.vendange(cuve, "40", "2026-09-12");
        Lot dansAutre = c.lotCredite(c.valider(c.soutirer(lot, autre, "30", "0", "2026-09-20")));
        refuse(
                CodeErreur.CAPACITE_DEPASSEE,
                () -> chai.cuves().modifier(d, cuve.id(), new NouvelleCuve("Cuve 1", hl("39.9"), Optional.empty())));
        refuse(
                CodeErreur.PARCELLE_UTILISEE,
                () -> chai.parcelles()
                        .modifier(
                                d,
                                c.parcelle.id(),
                                new NouvelleParcelle(
                                        "Les Carrières",
                                        "Chardonnay B.",
                                        hl("1.2"),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty())));
        refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.cuves().modifier(d, cuve.id(), new NouvelleCuve(" ", hl("60"), Optional.empty())));
        refuse(
                CodeErreur.INTROUVABLE,
                () -> chai.cuves().modifier(d, 987_654L, new NouvelleCuve("Cuve 9", hl("60"), Optional.empty())));
        long voisin = chai.domaines().creer("Domaine Voisin").id();
        refuse(
                CodeErreur.INTROUVABLE,
                () -> chai.cuves().modifier(voisin, cuve.id(), new NouvelleCuve("Volée", hl("60"), Optional.empty())));
        Cuve renommee =
                chai.cuves().modifier(d, cuve.id(), new NouvelleCuve("Cuve Une", hl("40"), Optional.of("béton")));
        assertEquals(new Cuve(cuve.id(), d, "Cuve Une", Volume.hl("40"), "béton"), renommee);
        assertEquals(renommee, chai.cuves().trouver(d, cuve.id()).orElseThrow());
        refuse(
                CodeErreur.CAPACITE_DEPASSEE,
                () -> chai.vendanges()
                        .enregistrer(
                                d,
                                new NouvelleVendange(
                                        c.parcelle.id(),
                                        jour("2026-09-22"),
                                        hl("30.1"),
                                        Optional.empty(),
                                        cuve.id(),
                                        Optional.empty())));
        c.valider(c.soutirer(dansAutre, cuve, "30", "0", "2026-09-22"));
        assertEquals(Volume.hl("40"), chai.registre().cuve(d, cuve.id()).volume());
    }

    @Test
    void melanger_deux_produits_fiscaux_n_est_jamais_silencieux() {
        Cuve c1 = c.cuve("Cuve 1", "50");
        Cuve c2 = c.cuve("Cuve 2", "50");
        Lot muscadet = c.vendange(c1, "20", "2026-09-12");
        var v = chai.vendanges()
                .enregistrer(
                        d,
                        new NouvelleVendange(
                                c.parcelle.id(),
                                jour("2026-09-13"),
                                hl("10"),
                                Optional.empty(),
                                c2.id(),
                                Optional.of(IGP_CHARDONNAY)));
        chai.mouvements().valider(d, v.mouvementId().getAsLong());
        DomainException e = refuse(
                CodeErreur.OPERATION_INCOHERENTE,
                () -> chai.mouvements()
                        .soutirer(
                                d,
                                new Soutirage(
                                        muscadet.id(),
                                        c2.id(),
                                        hl("5"),
                                        Optional.empty(),
                                        jour("2026-09-14"),
                                        Optional.empty(),
                                        Optional.empty())));
        assertEquals("produit", e.champ());
        assertTrue(e.getMessage().contains("repli ou déclassement"), e.getMessage());
        refuse(
                CodeErreur.OPERATION_INCOHERENTE,
                () -> chai.mouvements()
                        .assembler(
                                d,
                                new Assemblage(
                                        List.of(new SourceAssemblage(muscadet.id(), hl("5"))),
                                        c2.id(),
                                        Optional.empty(),
                                        jour("2026-09-14"),
                                        Optional.empty(),
                                        Optional.empty())));
        Mouvement repli = c.valider(chai.mouvements()
                .soutirer(
                        d,
                        new Soutirage(
                                muscadet.id(),
                                c2.id(),
                                hl("5"),
                                Optional.empty(),
                                jour("2026-09-14"),
                                Optional.of(IGP_CHARDONNAY),
                                Optional.of("repli en IGP"))));
        assertEquals(StatutMouvement.VALIDE, repli.statut());
        assertEquals(
                Volume.hl("15"),
                chai.registre().cuve(d, c2.id()).volume(),
                "stated, the wine joins the cuve's lot and product");
        assertEquals(1, chai.registre().cuve(d, c2.id()).lots().size());
    }

    @Test
    void une_contre_passation_ne_remet_pas_un_lot_dans_une_cuve_remplie_depuis_par_un_autre() {
        Cuve cuve = c.cuve("Cuve 1", "50");
        Cuve autre = c.cuve("Cuve 2", "50");
        Lot muscadet = c.vendange(cuve, "20", "2026-09-12");
        Mouvement vidange = c.valider(c.soutirer(muscadet, autre, "20", "0", "2026-09-14"));
        var v = chai.vendanges()
                .enregistrer(
                        d,
                        new NouvelleVendange(
                                c.parcelle.id(),
                                jour("2026-09-20"),
                                hl("10"),
                                Optional.empty(),
                                cuve.id(),
                                Optional.of(IGP_CHARDONNAY)));
        chai.mouvements().valider(d, v.mouvementId().getAsLong());
        DomainException e = refuse(
                CodeErreur.OPERATION_INCOHERENTE,
                () -> chai.mouvements()
                        .contrePasser(d, new ContrePassation(vidange.id(), jour("2026-09-21"), "erreur de cuve")));
        assertTrue(e.getMessage().contains("contient maintenant le lot"), e.getMessage());
        assertEquals(1, chai.registre().cuve(d, cuve.id()).lots().size(), "still one lot in the cuve");
    }

    // --- vendange_vers_cuve and drafts ---

    @Test
    void une_vendange_avec_cuve_cree_un_brouillon_sans_effet_puis_validee_alimente_le_lot() {
        Cuve cuve = c.cuve("Cuve 1", "50");
        Vendange v = chai.vendanges()
                .enregistrer(
                        d,
                        new NouvelleVendange(
                                c.parcelle.id(),
                                jour("2026-09-12"),
                                hl("25.4"),
                                Optional.of(hl("0.8")),
                                cuve.id(),
                                Optional.of(MUSCADET)));
        Mouvement brouillon =
                chai.mouvements().trouver(d, v.mouvementId().getAsLong()).orElseThrow();
        assertEquals(StatutMouvement.BROUILLON, brouillon.statut());
        assertEquals(TypeMouvement.VENDANGE_VERS_CUVE, brouillon.type());
        Lot lot = c.lotCredite(brouillon);
        assertEquals(Volume.ZERO, c.solde(lot), "a draft has no effect on balances");

        Mouvement valide = c.valider(brouillon);
        assertEquals(OptionalLong.of(1), valide.numero());
        assertEquals(Volume.hl("24.6"), c.solde(lot));
        assertEquals(Volume.hl("0.8"), c.solde(PERTES));
        assertEquals(Volume.hl("-25.4"), c.solde(new Compte.Externe(CompteExterne.RECOLTE)));
        Composition composition = chai.registre().composition(d, new Compte.DeLot(lot.id()));
        assertEquals(
                Composition.de(
                        new Composant(
                                OptionalInt.of(2026),
                                "Melon B.",
                                OptionalLong.of(c.parcelle.id()),
                                "Muscadet Sèvre et Maine"),
                        Volume.hl("24.6")),
                composition);
    }

    @Test
    void une_vendange_sans_cuve_est_refusee_et_rien_n_est_ecrit() {
        // A harvest entered without a vessel used to be kept with no movement: said « au registre », held nowhere.
        DomainException e = assertThrows(
                DomainException.class,
                () -> chai.vendanges()
                        .enregistrer(
                                d,
                                new NouvelleVendange(
                                        c.parcelle.id(),
                                        jour("2026-09-12"),
                                        hl("3"),
                                        Optional.empty(),
                                        null,
                                        Optional.empty())));
        assertEquals("cuveId", e.champ());
        assertTrue(chai.vendanges().lister(d, FiltreVendanges.TOUT).isEmpty());
        assertTrue(chai.registre().journal(d, FiltreJournal.TOUT).isEmpty());
        Cuve cuve = c.cuve("Cuve 1", "50");
        Vendange v = chai.vendanges()
                .enregistrer(
                        d,
                        new NouvelleVendange(
                                c.parcelle.id(),
                                jour("2026-09-12"),
                                hl("3"),
                                Optional.empty(),
                                cuve.id(),
                                Optional.of(MUSCADET)));
        assertTrue(v.mouvementId().isPresent());
        assertEquals(List.of(v), chai.vendanges().lister(d, FiltreVendanges.TOUT.parcelle(c.parcelle.id())));
        assertEquals(List.of(v), chai.vendanges().lister(d, FiltreVendanges.TOUT.millesime(2026)));
        assertEquals(List.of(), chai.vendanges().lister(d, FiltreVendanges.TOUT.millesime(2025)));
        assertEquals(List.of(), chai.vendanges().lister(d, FiltreVendanges.TOUT.parcelle(c.parcelle.id() + 1_000)));
        assertEquals(List.of(), chai.vendanges().lister(d + 1_000, FiltreVendanges.TOUT));
    }

    @Test
    void une_vendange_dans_une_cuve_vide_exige_un_produit_fiscal() {
        Cuve cuve = c.cuve("Cuve 1", "50");
        DomainException e = refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.vendanges()
                        .enregistrer(
                                d,
                                new NouvelleVendange(
                                        c.parcelle.id(),
                                        jour("2026-09-12"),
                                        hl("5"),
                                        Optional.empty(),
                                        cuve.id(),
                                        Optional.empty())));
        assertEquals("produit", e.champ());
        refuse(
                CodeErreur.VOLUME_INVALIDE,
                () -> chai.vendanges()
                        .enregistrer(
                                d,
                                new NouvelleVendange(
                                        c.parcelle.id(),
                                        jour("2026-09-12"),
                                        hl("5"),
                                        Optional.of(hl("5")),
                                        cuve.id(),
                                        Optional.of(MUSCADET))));
    }

    @Test
    void un_brouillon_se_modifie_et_se_supprime_avec_le_lot_qu_il_avait_cree() {
        Cuve cuve = c.cuve("Cuve 1", "50");
        Vendange v = chai.vendanges()
                .enregistrer(
                        d,
                        new NouvelleVendange(
                                c.parcelle.id(),
                                jour("2026-09-12"),
                                hl("10"),
                                Optional.empty(),
                                cuve.id(),
                                Optional.of(MUSCADET)));
        long id = v.mouvementId().getAsLong();
        Mouvement modifie = chai.mouvements()
                .modifierBrouillon(d, id, new ModificationBrouillon(jour("2026-09-13"), Optional.of("date corrigée")));
        assertEquals(jour("2026-09-13"), modifie.date());
        assertEquals(
                "date corrigée", chai.mouvements().trouver(d, id).orElseThrow().commentaire());

        chai.mouvements().supprimerBrouillon(d, id);
        assertTrue(chai.mouvements().trouver(d, id).isEmpty());
        assertTrue(chai.registre().lots(d).isEmpty(), "the lot the draft created is gone");
        assertTrue(
                chai.vendanges().trouver(d, v.id()).orElseThrow().mouvementId().isEmpty());
    }

    @Test
    void un_mouvement_valide_ne_se_modifie_ni_ne_se_supprime() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        Mouvement m = chai.registre().journal(d, FiltreJournal.TOUT).get(0);
        refuse(CodeErreur.MOUVEMENT_NON_MODIFIABLE, () -> chai.mouvements().supprimerBrouillon(d, m.id()));
        refuse(CodeErreur.MOUVEMENT_NON_MODIFIABLE, () -> chai.mouvements().valider(d, m.id()));
        refuse(
                CodeErreur.MOUVEMENT_NON_MODIFIABLE,
                () -> chai.mouvements()
                        .modifierBrouillon(d, m.id(), new ModificationBrouillon(jour("2026-09-11"), Optional.empty())));
        assertEquals(Volume.hl("10"), c.solde(lot));
    }

    // --- inter_cuves ---

    @Test
    void devbook_7_3_un_soutirage_de_11_hl_depuis_un_lot_de_10_hl_est_refuse() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        Cuve dst = c.cuve("Cuve 2", "50");
        DomainException e = refuse(CodeErreur.VOLUME_INSUFFISANT, () -> c.soutirer(lot, dst, "11", "0", "2026-09-18"));
        assertEquals("volumeHl", e.champ());
        assertTrue(e.getMessage().contains("10 hl"), e.getMessage());
    }

    @Test
    void un_soutirage_deplace_le_vin_avec_ses_pertes_et_sa_composition() {
        Lot src = c.lot("Cuve 1", "10", "2026-09-10");
        Cuve dst = c.cuve("Cuve 2", "50");
        Mouvement m = c.valider(c.soutirer(src, dst, "5", "0.1", "2026-09-18"));
        Lot nouveau = c.lotCredite(m);
        assertEquals(dst.id(), nouveau.cuveId());
        assertEquals(MUSCADET, nouveau.produit());
        assertEquals(Volume.hl("5"), c.solde(src));
        assertEquals(Volume.hl("4.9"), c.solde(nouveau));
        assertEquals(Volume.hl("0.1"), c.solde(PERTES));
        assertEquals(
                Set.of(
                        new LigneMouvement(new Compte.DeLot(src.id()), Volume.hl("-5")),
                        new LigneMouvement(new Compte.DeLot(nouveau.id()), Volume.hl("4.9")),
                        new LigneMouvement(PERTES, Volume.hl("0.1"))),
                Set.copyOf(m.lignes()));
        assertEquals(
                Volume.hl("4.9"),
                chai.registre().composition(d, new Compte.DeLot(nouveau.id())).total());

        // A second racking into the same cuve joins its lot.
        Mouvement encore = c.valider(c.soutirer(src, dst, "2", "0", "2026-09-19"));
        assertEquals(nouveau, c.lotCredite(encore));
        assertEquals(Volume.hl("6.9"), c.solde(nouveau));
    }

    @Test
    void un_soutirage_vers_la_meme_cuve_ou_une_cuve_trop_petite_est_refuse() {
        Lot src = c.lot("Cuve 1", "10", "2026-09-10");
        Cuve cuveSource = chai.cuves().trouver(d, src.cuveId()).orElseThrow();
        refuse(CodeErreur.OPERATION_INCOHERENTE, () -> c.soutirer(src, cuveSource, "1", "0", "2026-09-18"));
        Cuve petite = c.cuve("Barrique", "2.25");
        DomainException e = refuse(CodeErreur.CAPACITE_DEPASSEE, () -> c.soutirer(src, petite, "3", "0", "2026-09-18"));
        assertEquals("destinationCuveId", e.champ());
        refuse(CodeErreur.VOLUME_INVALIDE, () -> c.soutirer(src, petite, "1", "1", "2026-09-18"));
        c.valider(c.soutirer(src, petite, "2.25", "0", "2026-09-18"));
    }

    @Test
    void du_vrac_ne_sort_pas_en_droits_acquittes_ni_par_la_saisie_ni_par_l_import() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        DomainException e = refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.mouvements()
                        .vendreVrac(
                                d,
                                new VenteVrac(
                                        lot.id(),
                                        hl("2"),
                                        DestinationFiscale.FRANCE_DROITS_ACQUITTES,
                                        jour("2026-09-20"),
                                        Optional.empty())));
        assertEquals("destination", e.champ());
        assertTrue(e.getMessage().contains("FRANCE_DROITS_SUSPENDUS"), e.getMessage());
        DomainException importe = refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.historique()
                        .importer(
                                d,
                                List.of(new MouvementHistorique(
                                        TypeMouvement.VENTE_SORTIE_STOCK,
                                        jour("2026-09-20"),
                                        List.of(
                                                new LigneMouvement(new Compte.DeLot(lot.id()), Volume.hl("-2")),
                                                new LigneMouvement(
                                                        DestinationFiscale.FRANCE_DROITS_ACQUITTES.compte(),
                                                        Volume.hl("2"))),
                                        "",
                                        Optional.of(DestinationFiscale.FRANCE_DROITS_ACQUITTES),
                                        Optional.empty()))));
        assertEquals("mouvements[0].destination", importe.champ());
        assertEquals(Volume.hl("10"), c.solde(lot), "nothing was written");
        c.valider(chai.mouvements()
                .vendreVrac(
                        d,
                        new VenteVrac(
                                lot.id(),
                                hl("2"),
                                DestinationFiscale.FRANCE_DROITS_SUSPENDUS,
                                jour("2026-09-20"),
                                Optional.empty())));
    }

    @Test
    void un_mouvement_antidate_ne_peut_rendre_negatif_un_solde_posterieur() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        Cuve autre = c.cuve("Cuve 2", "50");
        c.valider(chai.mouvements()
                .vendreVrac(
                        d,
                        new VenteVrac(
                                lot.id(),
                                hl("8"),
                                DestinationFiscale.ENTREPOSITAIRE_AGREE,
                                jour("2026-09-20"),
                                Optional.empty())));
        // On the 15th the lot held 10 hl, but taking 5 then would leave -3 hl on the 20th.
        DomainException e = refuse(CodeErreur.VOLUME_INSUFFISANT, () -> c.soutirer(lot, autre, "5", "0", "2026-09-15"));
        assertTrue(e.getMessage().contains("2 hl"), e.getMessage());
        c.valider(c.soutirer(lot, autre, "2", "0", "2026-09-15"));
        assertEquals(Volume.ZERO, c.solde(lot));
        assertEquals(Volume.hl("10"), chai.registre().solde(d, new Compte.DeLot(lot.id()), jour("2026-09-14")));
        assertEquals(Volume.hl("8"), chai.registre().solde(d, new Compte.DeLot(lot.id()), jour("2026-09-15")));
    }

    @Test
    void un_mouvement_antidate_ne_peut_faire_deborder_une_cuve_plus_tard() {
        Cuve cuve = c.cuve("Cuve 1", "10");
        c.vendange(cuve, "6", "2026-09-20");
        Lot autre = c.lot("Cuve 2", "20", "2026-09-01");
        // On the 15th cuve 1 was empty, but 5 hl then would make 11 hl on the 20th.
        refuse(CodeErreur.CAPACITE_DEPASSEE, () -> c.soutirer(autre, cuve, "5", "0", "2026-09-15"));
        c.valider(c.soutirer(autre, cuve, "4", "0", "2026-09-15"));
    }

    @Test
    void valider_reverifie_le_brouillon_contre_le_registre_du_moment() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        Cuve dst = c.cuve("Cuve 2", "50");
        Mouvement a = c.soutirer(lot, dst, "6", "0", "2026-09-18");
        Mouvement b = c.soutirer(lot, dst, "6", "0", "2026-09-18");
        c.valider(a);
        refuse(CodeErreur.VOLUME_INSUFFISANT, () -> chai.mouvements().valider(d, b.id()));
        assertEquals(
                StatutMouvement.BROUILLON,
                chai.mouvements().trouver(d, b.id()).orElseThrow().statut());
    }

    // --- assemblage ---

    @Test
    void un_assemblage_melange_les_lots_et_leurs_compositions() {
        Lot a = c.lot("Cuve A", "10", "2026-09-10");
        Lot b = c.lot("Cuve B", "6", "2026-09-11");
        Cuve dst = c.cuve("Cuve C", "20");
        Mouvement m = c.valider(chai.mouvements()
                .assembler(
                        d,
                        new Assemblage(
                                List.of(new SourceAssemblage(a.id(), hl("4")), new SourceAssemblage(b.id(), hl("6"))),
                                dst.id(),
                                Optional.of(hl("0.2")),
                                jour("2026-10-01"),
                                Optional.empty(),
                                Optional.of("assemblage Sur lie"))));
        assertEquals(TypeMouvement.ASSEMBLAGE, m.type());
        Lot blend = c.lotCredite(m);
        assertEquals(Volume.hl("9.8"), c.solde(blend));
        assertEquals(Volume.hl("6"), c.solde(a));
        assertEquals(Volume.ZERO, c.solde(b));
        assertEquals(
                Volume.hl("9.8"),
                chai.registre().composition(d, new Compte.DeLot(blend.id())).total());
    }

    @Test
    void un_assemblage_de_produits_differents_exige_le_produit_et_se_lit_par_produit() {
        Lot a = c.lot("Cuve A", "10", "2026-09-10");
        Cuve cuveB = c.cuve("Cuve B", "20");
        Lot b = c.lotCredite(c.valider(chai.mouvements()
                .acheterVrac(
                        d,
                        new AchatVrac(
                                cuveB.id(),
                                hl("5"),
                                Optional.of(IGP_CHARDONNAY),
                                Optional.of(2025),
                                Optional.of("Chardonnay"),
                                jour("2026-09-12"),
                                Optional.empty()))));
        Cuve dst = c.cuve("Cuve C", "20");
        List<SourceAssemblage> sources =
                List.of(new SourceAssemblage(a.id(), hl("3")), new SourceAssemblage(b.id(), hl("5")));
        refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.mouvements()
                        .assembler(
                                d,
                                new Assemblage(
                                        sources,
                                        dst.id(),
                                        Optional.empty(),
                                        jour("2026-10-01"),
                                        Optional.empty(),
                                        Optional.empty())));
        Mouvement m = c.valider(chai.mouvements()
                .assembler(
                        d,
                        new Assemblage(
                                sources,
                                dst.id(),
                                Optional.empty(),
                                jour("2026-10-01"),
                                Optional.of(IGP_CHARDONNAY),
                                Optional.empty())));
        assertEquals(
                java.util.Map.of(MUSCADET, Volume.hl("-3"), IGP_CHARDONNAY, Volume.hl("3")),
                chai.registre().volumesParProduit(d, m),
                "3 hl of Muscadet became IGP: a repli/déclassement");
    }

    @Test
    void un_assemblage_refuse_un_lot_cite_deux_fois_ou_la_destination_parmi_les_sources() {
        Lot a = c.lot("Cuve A", "10", "2026-09-10");
        Lot b = c.lot("Cuve B", "6", "2026-09-11");
        Cuve dst = c.cuve("Cuve C", "20");
        refuse(
                CodeErreur.OPERATION_INCOHERENTE,
                () -> chai.mouvements()
                        .assembler(
                                d,
                                new Assemblage(
                                        List.of(
                                                new SourceAssemblage(a.id(), hl("1")),
                                                new SourceAssemblage(a.id(), hl("1"))),
                                        dst.id(),
                                        Optional.empty(),
                                        jour("2026-10-01"),
                                        Optional.empty(),
                                        Optional.empty())));
        refuse(
                CodeErreur.OPERATION_INCOHERENTE,
                () -> chai.mouvements()
                        .assembler(
                                d,
                                new Assemblage(
                                        List.of(
                                                new SourceAssemblage(a.id(), hl("1")),
                                                new SourceAssemblage(b.id(), hl("1"))),
                                        a.cuveId(),
                                        Optional.empty(),
                                        jour("2026-10-01"),
                                        Optional.empty(),
                                        Optional.empty())));
        // Blending b into a's cuve, without citing a, is fine.
        Mouvement m = c.valider(chai.mouvements()
                .assembler(
                        d,
                        new Assemblage(
                                List.of(new SourceAssemblage(b.id(), hl("6"))),
                                a.cuveId(),
                                Optional.empty(),
                                jour("2026-10-01"),
                                Optional.empty(),
                                Optional.empty())));
        assertEquals(a, c.lotCredite(m));
        assertEquals(Volume.hl("16"), c.solde(a));
    }

    // --- perte, mise en bouteille, ventes, entrées, ajustements ---

    @Test
    void une_perte_sort_du_lot_vers_les_pertes() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        c.valider(chai.mouvements().constaterPerte(d, new Perte(lot.id(), hl("0.35"), jour("2026-09-30"), "ouillage")));
        assertEquals(Volume.hl("9.65"), c.solde(lot));
        assertEquals(Volume.hl("0.35"), c.solde(PERTES));
        refuse(
                CodeErreur.VOLUME_INSUFFISANT,
                () -> chai.mouvements()
                        .constaterPerte(d, new Perte(lot.id(), hl("9.66"), jour("2026-09-30"), "ouillage")));
        DomainException sansCause = refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.mouvements().constaterPerte(d, new Perte(lot.id(), hl("0.1"), jour("2026-09-30"), "  ")));
        assertEquals("commentaire", sansCause.champ(), "a loss says its cause, which the DRM declares");
        Mouvement brouillon =
                chai.mouvements().constaterPerte(d, new Perte(lot.id(), hl("0.1"), jour("2026-09-30"), "casse"));
        refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.mouvements()
                        .modifierBrouillon(
                                d, brouillon.id(), new ModificationBrouillon(jour("2026-09-30"), Optional.of(""))));
        assertEquals(
                "casse",
                chai.mouvements().trouver(d, brouillon.id()).orElseThrow().commentaire(),
                "nothing changed");
    }

    @Test
    void devbook_7_3_mise_en_bouteille_de_2000_x_750_ml_avec_0_2_hl_de_pertes() {
        // 2,000 × 0.75 l = 15 hl of bottles, plus 0.2 hl lost, so the lot must hold 15.2 hl:
        // from exactly 15 hl the register refuses, since no hectolitre may be created.
        Lot quinze = c.lot("Cuve 15", "15", "2026-09-10");
        DomainException e = refuse(
                CodeErreur.VOLUME_INSUFFISANT,
                () -> chai.mouvements()
                        .mettreEnBouteille(
                                d,
                                new MiseEnBouteille(
                                        quinze.id(),
                                        2000L,
                                        750,
                                        Optional.of(hl("0.2")),
                                        jour("2026-09-19"),
                                        Optional.empty(),
                                        Optional.empty())));
        assertTrue(e.getMessage().contains("15.2 hl"), e.getMessage());

        Lot lot = c.lot("Cuve 1", "15.2", "2026-09-10");
        Mouvement m = c.valider(chai.mouvements()
                .mettreEnBouteille(
                        d,
                        new MiseEnBouteille(
                                lot.id(),
                                2000L,
                                750,
                                Optional.of(hl("0.2")),
                                jour("2026-09-19"),
                                Optional.of("MEB-2026-01"),
                                Optional.empty())));
        long bl = c.bouteillesCreditees(m);
        var bouteilleLot = chai.registre().bouteilleLot(d, bl).orElseThrow();
        assertEquals(2000, bouteilleLot.nbBouteilles());
        assertEquals(OptionalLong.of(lot.id()), bouteilleLot.sourceLotId());
        StockBouteilles stock = chai.registre().stockBouteilles(d).stream()
                .filter(s -> s.bouteilleLot().id() == bl)
                .findFirst()
                .orElseThrow();
        assertEquals(2000, stock.nbBouteilles());
        assertEquals(Volume.hl("15"), stock.volume());
        assertEquals(Volume.ZERO, c.solde(lot));
        assertEquals(
                Volume.hl("15"),
                chai.registre().composition(d, new Compte.DeBouteilles(bl)).total());
    }

    @Test
    void les_ventes_sortent_bouteilles_et_vrac_vers_leur_destination_fiscale() {
        Lot lot = c.lot("Cuve 1", "20", "2026-09-10");
        long bl = c.bouteillesCreditees(c.valider(chai.mouvements()
                .mettreEnBouteille(
                        d,
                        new MiseEnBouteille(
                                lot.id(),
                                1000L,
                                750,
                                Optional.empty(),
                                jour("2026-09-19"),
                                Optional.empty(),
                                Optional.empty()))));
        Mouvement vente = c.valider(chai.mouvements()
                .vendreBouteilles(
                        d,
                        new VenteBouteilles(
                                bl,
                                60L,
                                DestinationFiscale.FRANCE_DROITS_SUSPENDUS,
                                jour("2026-09-26"),
                                Optional.of("facture F2026-000001"))));
        assertEquals(Optional.of(DestinationFiscale.FRANCE_DROITS_SUSPENDUS), vente.destination());
        assertEquals(Volume.hl("0.45"), c.solde(DestinationFiscale.FRANCE_DROITS_SUSPENDUS.compte()));
        c.valider(chai.mouvements()
                .vendreBouteilles(
                        d,
                        new VenteBouteilles(bl, 12L, DestinationFiscale.EXPORT, jour("2026-09-27"), Optional.empty())));
        c.valider(chai.mouvements()
                .vendreVrac(
                        d,
                        new VenteVrac(
                                lot.id(),
                                hl("5"),
                                DestinationFiscale.LIVRAISON_UE,
                                jour("2026-09-28"),
                                Optional.empty())));
        assertEquals(928, chai.registre().stockBouteilles(d).get(0).nbBouteilles());
        assertEquals(Volume.hl("7.5"), c.solde(lot));
        assertEquals(Volume.hl("5"), c.solde(DestinationFiscale.LIVRAISON_UE.compte()));
        refuse(
                CodeErreur.VOLUME_INSUFFISANT,
                () -> chai.mouvements()
                        .vendreBouteilles(
                                d,
                                new VenteBouteilles(
                                        bl,
                                        929L,
                                        DestinationFiscale.CONSOMMATION_FAMILIALE,
                                        jour("2026-09-29"),
                                        Optional.empty())));
    }

    @Test
    void une_entree_de_bouteilles_cree_un_lot_de_bouteilles_sans_source() {
        Mouvement m = c.valider(chai.mouvements()
                .acheterBouteilles(
                        d,
                        new AchatBouteilles(
                                120L,
                                750,
                                IGP_CHARDONNAY,
                                Optional.of(2024),
                                Optional.of("Chardonnay"),
                                jour("2026-09-05"),
                                Optional.empty(),
                                Optional.of("négoce X"))));
        long bl = c.bouteillesCreditees(m);
        assertTrue(
                chai.registre().bouteilleLot(d, bl).orElseThrow().sourceLotId().isEmpty());
        assertEquals(Volume.hl("0.9"), c.solde(new Compte.DeBouteilles(bl)));
        assertEquals(Volume.hl("-0.9"), c.solde(new Compte.Externe(CompteExterne.ACHATS)));
    }

    @Test
    void un_ajustement_d_inventaire_exige_un_commentaire() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        DomainException e = refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.mouvements()
                        .ajusterLot(
                                d,
                                new AjustementLot(
                                        lot.id(), SensAjustement.MANQUANT, hl("0.5"), jour("2026-09-30"), " ")));
        assertEquals("commentaire", e.champ());
        assertEquals("NotBlank", e.violations().get(0).regle());
        c.valider(chai.mouvements()
                .ajusterLot(
                        d,
                        new AjustementLot(
                                lot.id(),
                                SensAjustement.MANQUANT,
                                hl("0.5"),
                                jour("2026-09-30"),
                                "inventaire de fin de mois")));
        c.valider(chai.mouvements()
                .ajusterLot(
                        d,
                        new AjustementLot(
                                lot.id(), SensAjustement.EXCEDENT, hl("0.2"), jour("2026-09-30"), "jaugeage")));
        assertEquals(Volume.hl("9.7"), c.solde(lot));
        assertEquals(Volume.hl("0.3"), c.solde(new Compte.Externe(CompteExterne.AJUSTEMENTS)));
        assertEquals(
                Volume.hl("9.7"),
                chai.registre().composition(d, new Compte.DeLot(lot.id())).total());
    }

    @Test
    void un_ajustement_de_bouteilles_se_compte_en_bouteilles() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        long bl = c.bouteillesCreditees(c.valider(chai.mouvements()
                .mettreEnBouteille(
                        d,
                        new MiseEnBouteille(
                                lot.id(),
                                100L,
                                750,
                                Optional.empty(),
                                jour("2026-09-19"),
                                Optional.empty(),
                                Optional.empty()))));
        c.valider(chai.mouvements()
                .ajusterBouteilles(
                        d, new AjustementBouteilles(bl, SensAjustement.MANQUANT, 3L, jour("2026-09-30"), "casse")));
        assertEquals(97, chai.registre().stockBouteilles(d).get(0).nbBouteilles());
    }

    @Test
    void un_brouillon_ouvert_dans_une_cuve_videe_n_empeche_pas_le_vin_valide_d_y_entrer() {
        // Harvest, sell all, a draft purchase opens a new lot, the sale is reversed (the wine is back in the first
        // lot):
        // a new harvest used to go to the draft's lot and be refused as « a second lot » beside the first.
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        Cuve cuve = chai.cuves().lister(d).stream()
                .filter(x -> x.id() == lot.cuveId())
                .findFirst()
                .orElseThrow();
        Mouvement vente = c.valider(chai.mouvements()
                .vendreVrac(
                        d,
                        new VenteVrac(
                                lot.id(),
                                hl("10"),
                                DestinationFiscale.FRANCE_DROITS_SUSPENDUS,
                                jour("2026-09-11"),
                                Optional.empty())));
        chai.mouvements()
                .acheterVrac(
                        d,
                        new AchatVrac(
                                cuve.id(),
                                hl("1"),
                                Optional.of(MUSCADET),
                                Optional.empty(),
                                Optional.empty(),
                                jour("2026-09-12"),
                                Optional.empty()));
        c.valider(chai.mouvements()
                .contrePasser(d, new ContrePassation(vente.id(), jour("2026-09-13"), "vente annulée")));
        var v = chai.vendanges()
                .enregistrer(
                        d,
                        new NouvelleVendange(
                                c.parcelle.id(),
                                jour("2026-09-14"),
                                hl("5"),
                                Optional.empty(),
                                cuve.id(),
                                Optional.of(MUSCADET)));
        Mouvement vendange = c.valider(
                chai.mouvements().trouver(d, v.mouvementId().getAsLong()).orElseThrow());
        assertEquals(OptionalLong.of(lot.id()), vendange.lotDestination(), "into the lot that holds the wine");
        assertEquals(Volume.hl("15"), c.solde(lot));
    }

    // --- contre-passation ---

    @Test
    void une_contre_passation_annule_exactement_et_cite_le_mouvement() {
        Lot src = c.lot("Cuve 1", "10", "2026-09-10");
        Cuve dst = c.cuve("Cuve 2", "50");
        Mouvement m = c.valider(c.soutirer(src, dst, "5", "0.1", "2026-09-18"));
        Mouvement cp = c.valider(
                chai.mouvements().contrePasser(d, new ContrePassation(m.id(), jour("2026-09-19"), "erreur de saisie")));
        assertEquals(TypeMouvement.CONTRE_PASSATION, cp.type());
        assertEquals(OptionalLong.of(m.id()), cp.contrePasse());
        assertEquals(
                m.lignes().stream()
                        .map(l -> new LigneMouvement(l.compte(), l.volume().negation()))
                        .toList(),
                cp.lignes());
        assertEquals(Volume.hl("10"), c.solde(src));
        assertEquals(Volume.ZERO, c.solde(PERTES));
        assertTrue(cp.commentaire().contains("n° 2"), cp.commentaire());
        assertEquals(m, chai.mouvements().trouver(d, m.id()).orElseThrow(), "the original is unchanged");

        refuse(
                CodeErreur.CONTRE_PASSATION_IMPOSSIBLE,
                () -> chai.mouvements()
                        .contrePasser(d, new ContrePassation(m.id(), jour("2026-09-20"), "erreur de saisie")));
        refuse(
                CodeErreur.CONTRE_PASSATION_IMPOSSIBLE,
                () -> chai.mouvements()
                        .contrePasser(d, new ContrePassation(cp.id(), jour("2026-09-20"), "erreur de saisie")));
    }

    @Test
    void une_contre_passation_respecte_les_soldes_et_le_temps() {
        Lot src = c.lot("Cuve 1", "10", "2026-09-10");
        Cuve dst = c.cuve("Cuve 2", "50");
        Mouvement brouillon = c.soutirer(src, dst, "5", "0", "2026-09-18");
        refuse(
                CodeErreur.CONTRE_PASSATION_IMPOSSIBLE,
                () -> chai.mouvements()
                        .contrePasser(d, new ContrePassation(brouillon.id(), jour("2026-09-19"), "erreur de saisie")));
        Mouvement m = c.valider(brouillon);
        Lot arrivee = c.lotCredite(m);
        refuse(
                CodeErreur.CONTRE_PASSATION_IMPOSSIBLE,
                () -> chai.mouvements()
                        .contrePasser(d, new ContrePassation(m.id(), jour("2026-09-17"), "erreur de saisie")));
        // Once the wine has left the destination, reversing the transfer would make it negative.
        c.valider(chai.mouvements()
                .vendreVrac(
                        d,
                        new VenteVrac(
                                arrivee.id(),
                                hl("4"),
                                DestinationFiscale.EXPORT,
                                jour("2026-09-20"),
                                Optional.empty())));
        refuse(
                CodeErreur.VOLUME_INSUFFISANT,
                () -> chai.mouvements()
                        .contrePasser(d, new ContrePassation(m.id(), jour("2026-09-21"), "erreur de saisie")));
    }

    // --- periods and the register ---

    @Test
    void verrouiller_un_mois_fige_ses_mouvements_et_refuse_tout_mouvement_date_dedans_ou_avant() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        Cuve dst = c.cuve("Cuve 2", "50");
        Mouvement octobre = c.soutirer(lot, dst, "1", "0", "2026-10-02");
        assertEquals(1, chai.periodes().verrouiller(d, YearMonth.of(2026, 9)));
        assertEquals(0, chai.periodes().verrouiller(d, YearMonth.of(2026, 9)), "locking twice changes nothing");
        Mouvement vendange = chai.registre().journal(d, FiltreJournal.TOUT).get(0);
        assertEquals(StatutMouvement.VERROUILLE, vendange.statut());
        DomainException e = refuse(CodeErreur.PERIODE_VERROUILLEE, () -> c.soutirer(lot, dst, "1", "0", "2026-09-30"));
        assertEquals("date", e.champ());
        refuse(CodeErreur.PERIODE_VERROUILLEE, () -> c.soutirer(lot, dst, "1", "0", "2026-08-01"));
        refuse(
                CodeErreur.PERIODE_VERROUILLEE,
                () -> chai.mouvements()
                        .modifierBrouillon(
                                d, octobre.id(), new ModificationBrouillon(jour("2026-09-29"), Optional.empty())));
        refuse(
                CodeErreur.PERIODE_VERROUILLEE,
                () -> chai.mouvements()
                        .contrePasser(d, new ContrePassation(vendange.id(), jour("2026-09-30"), "erreur de saisie")));
        c.valider(octobre);
        // A locked movement is still reversed by a movement in an open period.
        c.valider(chai.mouvements()
                .contrePasser(d, new ContrePassation(octobre.id(), jour("2026-10-03"), "erreur de saisie")));
    }

    @Test
    void verrouiller_est_refuse_tant_que_des_brouillons_sont_dates_dans_la_periode() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        Mouvement brouillon = c.soutirer(lot, c.cuve("Cuve 2", "50"), "1", "0", "2026-09-20");
        refuse(CodeErreur.BROUILLONS_EN_ATTENTE, () -> chai.periodes().verrouiller(d, YearMonth.of(2026, 9)));
        c.valider(brouillon);
        chai.periodes().verrouiller(d, YearMonth.of(2026, 9));
        assertEquals(Set.of(YearMonth.of(2026, 9)), chai.periodes().verrouillees(d));
        // A draft validated before the lock cannot be validated after it.
        Mouvement tardif = c.soutirer(lot, c.cuve("Cuve 3", "50"), "1", "0", "2026-10-01");
        chai.periodes().verrouiller(d, YearMonth.of(2026, 8));
        assertEquals(
                StatutMouvement.BROUILLON,
                chai.mouvements().trouver(d, tardif.id()).orElseThrow().statut());
    }

    @Test
    void le_registre_numerote_sans_trou_malgre_les_refus() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        Cuve dst = c.cuve("Cuve 2", "50");
        Mouvement trop = c.soutirer(lot, dst, "6", "0", "2026-09-20");
        c.valider(c.soutirer(lot, dst, "6", "0", "2026-09-20"));
        assertThrows(DomainException.class, () -> c.valider(trop));
        c.valider(c.soutirer(lot, dst, "1", "0", "2026-09-21"));
        List<Long> numeros = chai.registre().journal(d, FiltreJournal.TOUT).stream()
                .filter(m -> m.statut().compte())
                .map(m -> m.numero().getAsLong())
                .sorted()
                .toList();
        assertEquals(List.of(1L, 2L, 3L), numeros);
    }

    @Test
    void le_journal_se_lit_par_pages() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        Cuve dst = c.cuve("Cuve 2", "50");
        for (int i = 0; i < 7; i++) {
            c.valider(c.soutirer(lot, dst, "0.1", "0", "2026-09-" + (11 + i)));
        }
        c.soutirer(lot, dst, "0.1", "0", "2026-09-20");
        List<Mouvement> tout = chai.registre().journal(d, FiltreJournal.TOUT);
        assertEquals(9, tout.size());
        var page = chai.registre().journal(d, FiltreJournal.TOUT, 2, 4);
        assertEquals(tout.subList(4, 8), page.elements());
        assertEquals(9, page.total());
        assertEquals(
                List.of(tout.get(8)),
                chai.registre().journal(d, FiltreJournal.TOUT, 3, 4).elements());
        assertEquals(
                List.of(), chai.registre().journal(d, FiltreJournal.TOUT, 9, 4).elements());
        assertEquals(
                CodeErreur.SAISIE_INVALIDE,
                assertThrows(DomainException.class, () -> chai.registre().journal(d, FiltreJournal.TOUT, 0, 4))
                        .code());
    }

    @Test
    void le_journal_se_filtre_par_periode_type_statut_et_lot() {
        Lot a = c.lot("Cuve A", "10", "2026-09-10");
        Lot b = c.lot("Cuve B", "10", "2026-09-11");
        Cuve dst = c.cuve("Cuve C", "50");
        c.valider(c.soutirer(a, dst, "1", "0", "2026-09-20"));
        c.soutirer(b, dst, "1", "0", "2026-10-02");
        FiltreJournal tout = FiltreJournal.TOUT;
        assertEquals(4, chai.registre().journal(d, tout).size());
        assertEquals(
                2,
                chai.registre()
                        .journal(d, tout.type(TypeMouvement.VENDANGE_VERS_CUVE))
                        .size());
        assertEquals(
                1,
                chai.registre()
                        .journal(d, tout.statut(StatutMouvement.BROUILLON))
                        .size());
        assertEquals(
                3,
                chai.registre()
                        .journal(d, tout.periode(jour("2026-09-01"), jour("2026-09-30")))
                        .size());
        assertEquals(2, chai.registre().journal(d, tout.lot(a.id())).size());
        List<Mouvement> journal = chai.registre().journal(d, tout);
        assertEquals(StatutMouvement.BROUILLON, journal.get(3).statut(), "drafts come after the register");
    }

    @Test
    void l_etat_des_cuves_donne_les_lots_et_la_place_libre() {
        Lot a = c.lot("Cuve A", "10", "2026-09-10");
        EtatCuve etat = chai.registre().cuve(d, a.cuveId());
        assertEquals(List.of(new LotEnCuve(a, Volume.hl("10"))), etat.lots());
        assertEquals(Volume.hl("90"), etat.libre());
        assertEquals(1, chai.registre().cuves(d).size());
        assertEquals(List.of(new LotEnCuve(a, Volume.hl("10"))), chai.registre().lotsDisponibles(d));
    }

    @Test
    void la_tracabilite_remonte_aux_parcelles_et_descend_jusqu_aux_ventes() {
        Lot a = c.lot("Cuve A", "10", "2026-09-10");
        Lot b = c.lot("Cuve B", "10", "2026-09-11");
        Cuve dst = c.cuve("Cuve C", "50");
        Lot blend = c.lotCredite(c.valider(chai.mouvements()
                .assembler(
                        d,
                        new Assemblage(
                                List.of(new SourceAssemblage(a.id(), hl("5")), new SourceAssemblage(b.id(), hl("5"))),
                                dst.id(),
                                Optional.empty(),
                                jour("2026-09-20"),
                                Optional.empty(),
                                Optional.empty()))));
        long bl = c.bouteillesCreditees(c.valider(chai.mouvements()
                .mettreEnBouteille(
                        d,
                        new MiseEnBouteille(
                                blend.id(),
                                100L,
                                750,
                                Optional.empty(),
                                jour("2026-09-25"),
                                Optional.empty(),
                                Optional.empty()))));
        Mouvement vente = c.valider(chai.mouvements()
                .vendreBouteilles(
                        d,
                        new VenteBouteilles(
                                bl,
                                10L,
                                DestinationFiscale.FRANCE_DROITS_SUSPENDUS,
                                jour("2026-09-26"),
                                Optional.empty())));
        // Wine that reached b after the blend did not go into it.
        c.valider(c.soutirer(
                c.lot("Cuve D", "3", "2026-09-21"),
                chai.cuves().trouver(d, b.cuveId()).orElseThrow(),
                "1",
                "0",
                "2026-09-22"));

        Tracabilite amont = chai.registre().tracabiliteAmont(d, new Compte.DeBouteilles(bl));
        assertEquals(Set.of(a.id(), b.id(), blend.id()), amont.lots());
        assertEquals(Set.of(c.parcelle.id()), amont.parcelles());
        assertEquals(2, amont.vendanges().size());

        Tracabilite aval = chai.registre().tracabiliteAval(d, new Compte.DeLot(a.id()));
        assertEquals(Set.of(blend.id()), aval.lots());
        assertEquals(Set.of(bl), aval.bouteilleLots());
        assertTrue(aval.mouvements().contains(vente));
    }

    // --- parcelles ---

    @Test
    void les_parcelles_se_cherchent_par_nom_et_ne_se_suppriment_pas_si_vendangees() {
        var autre = chai.parcelles()
                .creer(
                        d,
                        new NouvelleParcelle(
                                "Clos de l'Écluse",
                                "Melon B.",
                                hl("0.8"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()));
        assertEquals(List.of(c.parcelle), chai.parcelles().rechercher(d, "carri"));
        assertEquals(List.of(autre), chai.parcelles().rechercher(d, "ecluse"));
        assertEquals(2, chai.parcelles().rechercher(d, "").size());
        c.lot("Cuve 1", "10", "2026-09-10");
        refuse(CodeErreur.PARCELLE_UTILISEE, () -> chai.parcelles().supprimer(d, c.parcelle.id()));
        chai.parcelles().supprimer(d, autre.id());
        assertEquals(List.of(c.parcelle), chai.parcelles().rechercher(d, ""));
    }

    @Test
    void une_parcelle_invalide_est_refusee_avec_le_champ_et_la_regle() {
        DomainException e = refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.parcelles()
                        .creer(
                                d,
                                new NouvelleParcelle(
                                        " ",
                                        "Melon B.",
                                        hl("-1"),
                                        Optional.of(hl("95")),
                                        Optional.of(hl("1")),
                                        Optional.empty())));
        Set<String> champs = e.violations().stream().map(Violation::champ).collect(Collectors.toSet());
        assertEquals(Set.of("nom", "surfaceHa", "lat"), champs);
        assertTrue(e.violations().stream().allMatch(v -> !v.message().isBlank()));
        refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.parcelles()
                        .creer(
                                d,
                                new NouvelleParcelle(
                                        "X",
                                        "Melon B.",
                                        hl("1"),
                                        Optional.of(hl("47")),
                                        Optional.empty(),
                                        Optional.empty())));
    }

    // --- bad input, unknown ids, other domaines ---

    @Test
    void une_saisie_incomplete_nomme_chaque_champ_manquant() {
        DomainException e = refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.mouvements()
                        .soutirer(
                                d,
                                new Soutirage(
                                        null, null, null, Optional.empty(), null, Optional.empty(), Optional.empty())));
        assertEquals(
                Set.of("sourceLotId", "destinationCuveId", "volumeHl", "date"),
                e.violations().stream().map(Violation::champ).collect(Collectors.toSet()));
        assertTrue(e.violations().stream().allMatch(v -> v.regle().equals("NotNull")));
    }

    @Test
    void les_volumes_nuls_negatifs_absurdes_ou_plus_fins_que_le_millilitre_sont_refuses() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        Cuve dst = c.cuve("Cuve 2", "50");
        assertEquals(
                "Positive",
                refuse(CodeErreur.SAISIE_INVALIDE, () -> c.soutirer(lot, dst, "0", "0", "2026-09-18"))
                        .violations()
                        .get(0)
                        .regle());
        refuse(CodeErreur.SAISIE_INVALIDE, () -> c.soutirer(lot, dst, "-1", "0", "2026-09-18"));
        refuse(CodeErreur.SAISIE_INVALIDE, () -> c.soutirer(lot, dst, "1e12", "0", "2026-09-18"));
        refuse(CodeErreur.SAISIE_INVALIDE, () -> c.soutirer(lot, dst, "1", "-0.1", "2026-09-18"));
        DomainException e =
                refuse(CodeErreur.VOLUME_INVALIDE, () -> c.soutirer(lot, dst, "1.000001", "0", "2026-09-18"));
        assertEquals("volumeHl", e.champ());
    }

    @Test
    void les_ids_inconnus_ou_d_un_autre_domaine_sont_introuvables() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        Chai voisin = new Chai(chai);
        Cuve cuveVoisine = voisin.cuve("Cuve V", "50");
        Lot lotVoisin = voisin.lot("Cuve W", "10", "2026-09-10");
        DomainException e = refuse(CodeErreur.INTROUVABLE, () -> c.soutirer(lot, cuveVoisine, "1", "0", "2026-09-18"));
        assertEquals("destinationCuveId", e.champ());
        refuse(
                CodeErreur.INTROUVABLE,
                () -> chai.mouvements()
                        .constaterPerte(d, new Perte(lotVoisin.id(), hl("1"), jour("2026-09-18"), "casse")));
        refuse(CodeErreur.INTROUVABLE, () -> chai.mouvements().valider(d, 999_999));
        Mouvement duVoisin = voisin.chai
                .registre()
                .journal(voisin.domaine, FiltreJournal.TOUT)
                .get(0);
        refuse(
                CodeErreur.INTROUVABLE,
                () -> chai.mouvements()
                        .contrePasser(d, new ContrePassation(duVoisin.id(), jour("2026-09-20"), "erreur de saisie")));
        assertTrue(chai.mouvements().trouver(d, duVoisin.id()).isEmpty());
        assertTrue(chai.registre()
                .journal(d, FiltreJournal.TOUT.lot(lotVoisin.id()))
                .isEmpty());
        refuse(
                CodeErreur.INTROUVABLE,
                () -> chai.cuves().creer(987_654, new NouvelleCuve("X", hl("1"), Optional.empty())));
    }

    @Test
    void les_messages_sont_en_francais() {
        DomainException e = assertThrows(
                DomainException.class, () -> chai.cuves().creer(d, new NouvelleCuve("", hl("1"), Optional.empty())));
        assertEquals(
                "nom : obligatoire", e.getMessage(), "a winemaker reads « obligatoire », not « ne doit pas être nul »");
    }

    @Test
    void un_produit_fiscal_invalide_est_refuse() {
        Cuve cuve = c.cuve("Cuve 1", "50");
        ProduitFiscal sansLibelle = new ProduitFiscal(
                MUSCADET.certification(), MUSCADET.genre(), MUSCADET.appellation(), "", "", MUSCADET.couleur(), "", "");
        DomainException e = refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.vendanges()
                        .enregistrer(
                                d,
                                new NouvelleVendange(
                                        c.parcelle.id(),
                                        jour("2026-09-12"),
                                        hl("5"),
                                        Optional.empty(),
                                        cuve.id(),
                                        Optional.of(sansLibelle))));
        assertEquals("produit.libelleDouane", e.champ());
    }

    @Test
    void un_produit_fiscal_garde_son_code_inao_son_titre_et_son_premix() {
        ProduitFiscal vdn = new ProduitFiscal(
                        fr.monchai.core.chai.Certification.VDN_VDL,
                        MUSCADET.genre(),
                        "Muscat de Rivesaltes",
                        "",
                        "",
                        MUSCADET.couleur(),
                        "",
                        "Muscat de Rivesaltes")
                .codeInao("1B999")
                .tav(new BigDecimal("16.5"))
                .premix(true);
        Cuve cuve = c.cuve("Cuve 1", "50");
        var v = chai.vendanges()
                .enregistrer(
                        d,
                        new NouvelleVendange(
                                c.parcelle.id(),
                                jour("2026-09-12"),
                                hl("10"),
                                Optional.empty(),
                                cuve.id(),
                                Optional.of(vdn)));
        Lot lot = c.lotCredite(chai.mouvements().valider(d, v.mouvementId().getAsLong()));
        assertEquals(
                vdn, lot.produit(), "the code without the space customs pad it with, the strength with two decimals");
        assertEquals(Optional.of(new BigDecimal("16.50")), lot.produit().tav());
        ProduitFiscal trop = vdn.tav(new BigDecimal("100"));
        Cuve autre = c.cuve("Cuve 2", "50");
        DomainException e = refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.vendanges()
                        .enregistrer(
                                d,
                                new NouvelleVendange(
                                        c.parcelle.id(),
                                        jour("2026-09-12"),
                                        hl("5"),
                                        Optional.empty(),
                                        autre.id(),
                                        Optional.of(trop))));
        assertTrue(e.champ().startsWith("produit.tav"), e.champ());
    }

    @Test
    void les_volumes_restent_exacts_sur_des_milliers_de_petits_mouvements() {
        Lot lot = c.lot("Cuve 1", "10", "2026-09-10");
        Cuve dst = c.cuve("Cuve 2", "50");
        for (int i = 0; i < 300; i++) {
            c.valider(c.soutirer(lot, dst, "0.01", "0.00001", "2026-09-18"));
        }
        Lot arrivee = c.lotCredite(chai.registre()
                .journal(d, FiltreJournal.TOUT.type(TypeMouvement.INTER_CUVES))
                .get(0));
        assertEquals(Volume.hl("7"), c.solde(lot));
        assertEquals(Volume.hl("2.997"), c.solde(arrivee));
        assertEquals(Volume.hl("0.003"), c.solde(PERTES));
        assertEquals(
                Volume.hl("2.997"),
                chai.registre().composition(d, new Compte.DeLot(arrivee.id())).total());
    }

    // --- import of history ---

    private static MouvementHistorique historique(TypeMouvement type, String date, Compte de, Compte vers, String hl) {
        Volume v = Volume.hl(hl);
        return new MouvementHistorique(
                type,
                jour(date),
                List.of(new LigneMouvement(de, v.negation()), new LigneMouvement(vers, v)),
                "",
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void un_historique_s_importe_d_un_bloc_numerote_par_date_apres_le_registre() {
        Lot a = c.lot("Cuve A", "10", "2025-09-10");
        Cuve cuveB = c.cuve("Cuve B", "50");
        Lot b = c.lotCredite(c.valider(c.soutirer(a, cuveB, "2", "0", "2025-09-11")));
        Compte la = new Compte.DeLot(a.id());
        Compte lb = new Compte.DeLot(b.id());
        Compte recolte = new Compte.Externe(CompteExterne.RECOLTE);
        ResultatImport r = chai.historique()
                .importer(
                        d,
                        List.of(
                                historique(TypeMouvement.INTER_CUVES, "2025-10-02", la, lb, "9"),
                                historique(TypeMouvement.VENDANGE_VERS_CUVE, "2025-10-01", recolte, la, "5"),
                                new MouvementHistorique(
                                        TypeMouvement.VENTE_SORTIE_STOCK,
                                        jour("2025-10-03"),
                                        List.of(
                                                new LigneMouvement(
                                                        lb, Volume.hl("1").negation()),
                                                new LigneMouvement(DestinationFiscale.EXPORT.compte(), Volume.hl("1"))),
                                        " export ",
                                        Optional.of(DestinationFiscale.EXPORT),
                                        Optional.empty())));
        assertEquals(new ResultatImport(3, 6, 3, 5), r);
        assertEquals(Volume.hl("4"), c.solde(la));
        assertEquals(Volume.hl("10"), c.solde(lb));
        assertEquals(Volume.hl("8"), chai.registre().solde(d, la, jour("2025-09-30")));
        assertEquals(Volume.hl("13"), chai.registre().solde(d, la, jour("2025-10-01")));
        List<Mouvement> journal = chai.registre().journal(d, FiltreJournal.TOUT);
        assertEquals(
                List.of(
                        TypeMouvement.VENDANGE_VERS_CUVE,
                        TypeMouvement.INTER_CUVES,
                        TypeMouvement.VENDANGE_VERS_CUVE,
                        TypeMouvement.INTER_CUVES,
                        TypeMouvement.VENTE_SORTIE_STOCK),
                journal.stream().map(Mouvement::type).toList());
        assertEquals(
                List.of(1L, 2L, 3L, 4L, 5L),
                journal.stream().map(m -> m.numero().getAsLong()).toList());
        assertEquals("export", journal.get(4).commentaire());
        // The register goes on after the import, with the same rules.
        Mouvement suite = c.valider(c.soutirer(b, c.cuve("Cuve C", "20"), "10", "0", "2025-10-04"));
        assertEquals(OptionalLong.of(6), suite.numero());
        Cuve cuveD = c.cuve("Cuve D", "20");
        refuse(CodeErreur.VOLUME_INSUFFISANT, () -> c.soutirer(b, cuveD, "0.1", "0", "2025-10-03"));
    }

    @Test
    void un_historique_qui_casse_une_regle_est_refuse_en_entier() {
        Lot a = c.lot("Cuve A", "10", "2025-09-10");
        Cuve petite = c.cuve("Petite", "3");
        Lot p = c.lotCredite(c.valider(c.soutirer(a, petite, "1", "0", "2025-09-11")));
        Compte la = new Compte.DeLot(a.id());
        Compte lp = new Compte.DeLot(p.id());
        Compte pertes = new Compte.Externe(CompteExterne.PERTES);
        MouvementHistorique correct = historique(TypeMouvement.PERTE, "2025-10-01", la, pertes, "1");
        DomainException e = refuse(
                CodeErreur.VOLUME_INSUFFISANT,
                () -> chai.historique()
                        .importer(
                                d, List.of(correct, historique(TypeMouvement.PERTE, "2025-10-05", la, pertes, "8.5"))));
        assertEquals("mouvements[1].lignes", e.violations().get(0).champ());
        e = refuse(
                CodeErreur.CAPACITE_DEPASSEE,
                () -> chai.historique()
                        .importer(
                                d,
                                List.of(correct, historique(TypeMouvement.INTER_CUVES, "2025-10-02", la, lp, "2.5"))));
        assertEquals("mouvements[1].lignes", e.violations().get(0).champ());
        refuse(
                CodeErreur.OPERATION_INCOHERENTE,
                () -> chai.historique()
                        .importer(d, List.of(historique(TypeMouvement.PERTE, "2025-09-10", la, pertes, "1"))));
        refuse(
                CodeErreur.INTROUVABLE,
                () -> chai.historique()
                        .importer(
                                d,
                                List.of(historique(
                                        TypeMouvement.PERTE, "2025-10-01", new Compte.DeLot(987_654), pertes, "1"))));
        e = refuse(
                CodeErreur.VOLUME_INVALIDE,
                () -> chai.historique()
                        .importer(
                                d,
                                List.of(new MouvementHistorique(
                                        TypeMouvement.PERTE,
                                        jour("2025-10-01"),
                                        List.of(
                                                new LigneMouvement(la, Volume.hl("-1")),
                                                new LigneMouvement(pertes, Volume.hl("0.9"))),
                                        "",
                                        Optional.empty(),
                                        Optional.empty()))));
        assertEquals("mouvements[0].lignes", e.violations().get(0).champ());
        refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.historique()
                        .importer(
                                d,
                                List.of(historique(
                                        TypeMouvement.AJUSTEMENT_INVENTAIRE,
                                        "2025-10-01",
                                        la,
                                        new Compte.Externe(CompteExterne.AJUSTEMENTS),
                                        "1"))));
        refuse(CodeErreur.SAISIE_INVALIDE, () -> chai.historique().importer(d, List.of()));
        chai.periodes().verrouiller(d, YearMonth.of(2025, 10));
        refuse(CodeErreur.PERIODE_VERROUILLEE, () -> chai.historique().importer(d, List.of(correct)));
    }

    // --- CRD capsules ---

    private static NouveauMouvementCrd capsules(String date, NatureCrd nature, long quantite, String observation) {
        return new NouveauMouvementCrd(
                jour(date),
                CategorieCapsule.TRANQUILLE,
                TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS,
                750,
                nature,
                quantite,
                Optional.ofNullable(observation));
    }

    @Test
    void le_stock_de_capsules_crd_se_tient_comme_le_vin() {
        CompteCapsules compte =
                new CompteCapsules(CategorieCapsule.TRANQUILLE, TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS, 750);
        chai.capsules().enregistrer(d, capsules("2026-03-01", NatureCrd.ACHAT, 2000, null));
        chai.capsules().enregistrer(d, capsules("2026-03-10", NatureCrd.UTILISATION, 1100, null));
        chai.capsules().enregistrer(d, capsules("2026-03-12", NatureCrd.DESTRUCTION, 20, " abîmées "));
        assertEquals(880, chai.capsules().solde(d, compte, jour("2026-03-31")));
        assertEquals(2000, chai.capsules().solde(d, compte, jour("2026-03-09")));
        assertEquals(Map.of(compte, 880L), chai.capsules().soldes(d, jour("2026-04-30")));
        assertEquals(
                2,
                chai.capsules()
                        .mouvements(d, jour("2026-03-02"), jour("2026-03-31"))
                        .size());
        assertEquals(
                "abîmées",
                chai.capsules()
                        .mouvements(d, jour("2026-03-12"), jour("2026-03-12"))
                        .get(0)
                        .observation());
        // 900 are there on the 5th, but only 880 after the 12th: the exit is refused.
        DomainException e = assertThrows(
                DomainException.class,
                () -> chai.capsules().enregistrer(d, capsules("2026-03-05", NatureCrd.MANQUANT, 900, "inventaire")));
        assertEquals(CodeErreur.VOLUME_INSUFFISANT, e.code());
        assertEquals(880, chai.capsules().solde(d, compte, jour("2026-03-31")));
        e = assertThrows(
                DomainException.class,
                () -> chai.capsules().enregistrer(d, capsules("2026-03-20", NatureCrd.AUTRE_SORTIE, 1, " ")));
        assertEquals("observation", e.violations().get(0).champ());
        e = assertThrows(
                DomainException.class,
                () -> chai.capsules()
                        .enregistrer(
                                d,
                                new NouveauMouvementCrd(
                                        jour("2026-03-20"),
                                        CategorieCapsule.TRANQUILLE,
                                        TypeCapsule.PERSONNALISEES,
                                        750,
                                        NatureCrd.ACHAT,
                                        0L,
                                        Optional.empty())));
        assertEquals("quantite", e.violations().get(0).champ());
        chai.periodes().verrouiller(d, YearMonth.of(2026, 3));
        e = assertThrows(
                DomainException.class,
                () -> chai.capsules().enregistrer(d, capsules("2026-03-31", NatureCrd.ACHAT, 5, null)));
        assertEquals(CodeErreur.PERIODE_VERROUILLEE, e.code());
        assertEquals(List.of(), chai.capsules().mouvements(d, jour("2026-03-13"), jour("2026-12-31")));
    }

    // --- customs references of exits ---

    @Test
    void une_sortie_porte_ses_references_douanieres_jusqu_a_la_declaration() {
        Lot lot = c.lot("Cuve 1", "10", "2026-03-01");
        Mouvement vente = c.valider(chai.mouvements()
                .vendreVrac(
                        d,
                        new VenteVrac(
                                lot.id(), hl("2"), DestinationFiscale.EXPORT, jour("2026-03-05"), Optional.empty())));
        ReferenceSortie ref = new ReferenceSortie(
                Optional.of("BE"),
                Optional.of("26FRA00000000000001A1"),
                Optional.empty(),
                Optional.of("BE00001234E56"),
                Optional.empty());
        chai.mouvements().documenterSortie(d, vente.id(), ref);
        assertEquals(Optional.of(ref), chai.mouvements().referenceSortie(d, vente.id()));
        assertEquals(Map.of(vente.id(), ref), chai.mouvements().referencesSortie(d));
        DomainException e = assertThrows(
                DomainException.class,
                () -> chai.mouvements()
                        .documenterSortie(
                                d,
                                vente.id(),
                                new ReferenceSortie(Optional.of("Belgique"), Optional.empty(), Optional.empty())));
        assertEquals("pays", e.violations().get(0).champ());
        Mouvement soutirage = c.soutirer(lot, c.cuve("Cuve 2", "20"), "1", "0", "2026-03-06");
        e = assertThrows(DomainException.class, () -> chai.mouvements().documenterSortie(d, soutirage.id(), ref));
        assertEquals(CodeErreur.OPERATION_INCOHERENTE, e.code());
        Mouvement brouillon = chai.mouvements()
                .vendreVrac(
                        d,
                        new VenteVrac(
                                lot.id(),
                                hl("1"),
                                DestinationFiscale.LIVRAISON_UE,
                                jour("2026-03-07"),
                                Optional.empty()));
        chai.mouvements().documenterSortie(d, brouillon.id(), ref);
        chai.mouvements().supprimerBrouillon(d, brouillon.id());
        chai.mouvements().supprimerBrouillon(d, soutirage.id());
        assertEquals(Optional.empty(), chai.mouvements().referenceSortie(d, brouillon.id()));
        chai.periodes().verrouiller(d, YearMonth.of(2026, 3));
        e = assertThrows(
                DomainException.class, () -> chai.mouvements().documenterSortie(d, vente.id(), ReferenceSortie.AUCUNE));
        assertEquals(CodeErreur.MOUVEMENT_NON_MODIFIABLE, e.code());
        assertEquals(Optional.of(ref), chai.mouvements().referenceSortie(d, vente.id()));
    }

    // --- declaration exports ---

    @Test
    void
            un_export_definitif_est_garde_avec_ses_fichiers_et_verrouille_le_mois_un_essai_est_garde_sans_rien_verrouiller() {
        c.lot("Cuve 1", "10", "2026-03-01");
        Artefact csv = new Artefact(
                "drm-202603.csv", "text/csv", "CAVE,202603\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Artefact pdf = new Artefact("drm-202603.pdf", "application/pdf", new byte[] {37, 80, 68, 70, 0, -1});
        Instant quand = Instant.parse("2026-04-05T10:15:30Z");
        ExportDeclaration brouillon = chai.declarations()
                .enregistrer(d, YearMonth.of(2026, 3), "interloire", false, "alice", quand, List.of(csv));
        assertTrue(brouillon.id() > 0, "a trial is kept with its files");
        assertEquals(List.of(brouillon), chai.declarations().historique(d));
        assertEquals(Set.of(), chai.periodes().verrouillees(d));
        ExportDeclaration definitif = chai.declarations()
                .enregistrer(d, YearMonth.of(2026, 3), "interloire", true, "alice", quand, List.of(csv, pdf));
        assertEquals(Set.of(YearMonth.of(2026, 3)), chai.periodes().verrouillees(d));
        assertEquals(
                List.of(definitif), chai.declarations().historique(d), "the final export replaces the month's trial");
        ExportDeclaration relu = chai.declarations().trouver(d, definitif.id()).orElseThrow();
        assertEquals(List.of(csv, pdf), relu.artefacts());
        assertEquals(pdf.sha256(), relu.artefacts().get(1).sha256());
        assertEquals(quand, relu.date());
        long autre = chai.domaines().creer("Voisin").id();
        assertEquals(Optional.empty(), chai.declarations().trouver(autre, definitif.id()));
        chai.mouvements()
                .vendreVrac(
                        d,
                        new VenteVrac(
                                c.lotCredite(chai.registre()
                                                .journal(d, FiltreJournal.TOUT)
                                                .get(0))
                                        .id(),
                                hl("1"),
                                DestinationFiscale.EXPORT,
                                jour("2026-04-02"),
                                Optional.empty()));
        Instant enMai = Instant.parse("2026-05-04T08:00:00Z");
        assertEquals(
                CodeErreur.SAISIE_INVALIDE,
                assertThrows(
                                DomainException.class,
                                () -> chai.declarations()
                                        .enregistrer(
                                                d,
                                                YearMonth.of(2026, 4),
                                                "interloire",
                                                true,
                                                "alice",
                                                enMai,
                                                List.of()))
                        .code());
        assertEquals(
                CodeErreur.BROUILLONS_EN_ATTENTE,
                assertThrows(
                                DomainException.class,
                                () -> chai.declarations()
                                        .enregistrer(
                                                d,
                                                YearMonth.of(2026, 4),
                                                "interloire",
                                                true,
                                                "alice",
                                                enMai,
                                                List.of(csv)))
                        .code());
        assertEquals(1, chai.declarations().historique(d).size());
    }

    @Test
    void une_drm_definitive_se_depose_une_seule_fois_dans_l_ordre_et_pour_un_mois_termine() {
        c.lot("Cuve 1", "10", "2026-03-01");
        Artefact csv = new Artefact("drm.csv", "text/csv", "CAVE\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Instant enAvril = Instant.parse("2026-04-15T10:00:00Z");
        Instant enJuin = Instant.parse("2026-06-10T10:00:00Z");
        refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.declarations()
                        .enregistrer(d, YearMonth.of(2026, 4), "interloire", true, "alice", enAvril, List.of(csv)));
        DomainException futur = refuse(
                CodeErreur.SAISIE_INVALIDE,
                () -> chai.declarations()
                        .enregistrer(d, YearMonth.of(2026, 6), "interloire", true, "alice", enAvril, List.of(csv)));
        assertTrue(futur.getMessage().contains("juin 2026"), futur.getMessage());
        assertEquals(Set.of(), chai.periodes().verrouillees(d), "a refused export freezes nothing: today stays open");
        ExportDeclaration mars = chai.declarations()
                .enregistrer(d, YearMonth.of(2026, 3), "interloire", true, "alice", enAvril, List.of(csv));
        DomainException deuxFois = refuse(
                CodeErreur.OPERATION_INCOHERENTE,
                () -> chai.declarations()
                        .enregistrer(d, YearMonth.of(2026, 3), "interloire", true, "alice", enJuin, List.of(csv)));
        assertTrue(deuxFois.getMessage().contains("export n° " + mars.id()), deuxFois.getMessage());
        refuse(
                CodeErreur.OPERATION_INCOHERENTE,
                () -> chai.declarations()
                        .enregistrer(d, YearMonth.of(2026, 5), "interloire", true, "alice", enJuin, List.of(csv)));
        refuse(
                CodeErreur.OPERATION_INCOHERENTE,
                () -> chai.declarations()
                        .enregistrer(d, YearMonth.of(2026, 2), "interloire", true, "alice", enJuin, List.of(csv)));
        ExportDeclaration essai = chai.declarations()
                .enregistrer(d, YearMonth.of(2026, 4), "interloire", false, "alice", enJuin, List.of(csv));
        ExportDeclaration essaiSuivant = chai.declarations()
                .enregistrer(d, YearMonth.of(2026, 4), "interloire", false, "alice", enJuin, List.of(csv));
        assertEquals(
                List.of(essaiSuivant, mars),
                chai.declarations().historique(d),
                "a trial replaces the month's previous trial");
        assertEquals(Optional.empty(), chai.declarations().trouver(d, essai.id()));
        assertEquals(Set.of(YearMonth.of(2026, 3)), chai.periodes().verrouillees(d), "a trial locks nothing");
        ExportDeclaration avril = chai.declarations()
                .enregistrer(d, YearMonth.of(2026, 4), "interloire", true, "alice", enJuin, List.of(csv));
        assertEquals(List.of(avril, mars), chai.declarations().historique(d));
    }
}
