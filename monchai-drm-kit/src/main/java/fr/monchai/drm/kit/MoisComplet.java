package fr.monchai.drm.kit;

import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Cuve;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.crd.CategorieCapsule;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.crd.NouveauMouvementCrd;
import fr.monchai.core.crd.TypeCapsule;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.registre.AchatVrac;
import fr.monchai.core.registre.AjustementLot;
import fr.monchai.core.registre.Assemblage;
import fr.monchai.core.registre.ContrePassation;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.Perte;
import fr.monchai.core.registre.SensAjustement;
import fr.monchai.core.registre.SourceAssemblage;
import fr.monchai.core.registre.Soutirage;
import fr.monchai.core.registre.VenteBouteilles;
import fr.monchai.core.registre.VenteVrac;
import fr.monchai.drm.modele.Declarant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-built month (March 2026, after a February) with every kind of movement validated:
 * harvest, bulk purchase and sales, racking, bottling, sales under every fiscal destination
 * with their customs references, losses, inventory corrections, a déclassement by blending,
 * reversals and capsules. A plugin's golden-file test exports it and compares byte for byte.
 */
public final class MoisComplet {

    private MoisComplet() {}

    /** Muscadet Sèvre et Maine sur lie. */
    public static final ProduitFiscal MUSCADET = new ProduitFiscal(
            Certification.AOP,
            Genre.TRANQUILLE,
            "Muscadet Sèvre et Maine",
            "Sur lie",
            "",
            Couleur.BLANC,
            "",
            "Muscadet Sèvre et Maine sur lie");
    /** IGP Val de Loire Chardonnay. */
    public static final ProduitFiscal IGP = new ProduitFiscal(
            Certification.IGP,
            Genre.TRANQUILLE,
            "Val de Loire",
            "",
            "",
            Couleur.BLANC,
            "Chardonnay",
            "IGP Val de Loire Chardonnay");
    /** Vin sans IG blanc. */
    public static final ProduitFiscal VSIG = new ProduitFiscal(
            Certification.VSIG, Genre.TRANQUILLE, "Vin de France", "", "", Couleur.BLANC, "", "Vin sans IG blanc");
    /** The estate of the tests. */
    public static final Declarant DECLARANT = new Declarant(
            "Domaine de la Pierre Bleue",
            "FR012345E6789",
            Optional.of("73282932000017"),
            Optional.of("4912345678"),
            java.util.Map.of("interloire", "12345601"),
            java.util.Set.of(TypeCapsule.values()));

    /**
     * The register and domaine of the hand-built month (March 2026, after a February).
     * @param chai the register, in memory
     * @param domaine the domaine
     */
    public record Mois(MonChai chai, long domaine) {}

    private static BigDecimal hl(String v) {
        return new BigDecimal(v);
    }

    private static LocalDate jour(String iso) {
        return LocalDate.parse(iso);
    }

    /** {@return the register of the hand-built month, every kind of movement validated} */
    public static Mois moisComplet() {
        MonChai chai = MonChai.enMemoire();
        long d = chai.domaines().creer("Domaine de la Pierre Bleue").id();
        long parcelle = chai.parcelles()
                .creer(
                        d,
                        new NouvelleParcelle(
                                "Les Carrières",
                                "Melon B.",
                                hl("2"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(2001)))
                .id();
        Cuve c1 = chai.cuves().creer(d, new NouvelleCuve("Cuve 1", hl("200"), Optional.empty()));
        Cuve c2 = chai.cuves().creer(d, new NouvelleCuve("Cuve 2", hl("200"), Optional.empty()));
        Cuve c3 = chai.cuves().creer(d, new NouvelleCuve("Cuve 3", hl("200"), Optional.empty()));
        Cuve c4 = chai.cuves().creer(d, new NouvelleCuve("Cuve 4", hl("200"), Optional.empty()));
        // February: 120 hl of Muscadet, 60 hl of IGP, an export sale that March will reverse.
        Lot muscadet = lot(
                chai,
                d,
                chai.vendanges()
                        .enregistrer(
                                d,
                                new NouvelleVendange(
                                        parcelle,
                                        jour("2026-02-10"),
                                        hl("120"),
                                        Optional.empty(),
                                        c1.id(),
                                        Optional.of(MUSCADET)))
                        .mouvementId()
                        .getAsLong());
        Mouvement achatIgp = chai.mouvements()
                .valider(
                        d,
                        chai.mouvements()
                                .acheterVrac(
                                        d,
                                        new AchatVrac(
                                                c2.id(),
                                                hl("60"),
                                                Optional.of(IGP),
                                                Optional.of(2025),
                                                Optional.empty(),
                                                jour("2026-02-12"),
                                                Optional.empty()))
                                .id());
        Lot igp = lotCredite(chai, d, achatIgp);
        Mouvement venteFevrier = valider(
                chai,
                d,
                chai.mouvements()
                        .vendreVrac(
                                d,
                                new VenteVrac(
                                        muscadet.id(),
                                        hl("2"),
                                        DestinationFiscale.FRANCE_DROITS_SUSPENDUS,
                                        jour("2026-02-20"),
                                        Optional.empty())));
        // March.
        valider(
                chai,
                d,
                chai.mouvements()
                        .soutirer(
                                d,
                                new Soutirage(
                                        muscadet.id(),
                                        c3.id(),
                                        hl("10"),
                                        Optional.of(hl("0.1")),
                                        jour("2026-03-02"),
                                        Optional.empty(),
                                        Optional.empty())));
        Mouvement bouteilles = valider(
                chai,
                d,
                chai.mouvements()
                        .mettreEnBouteille(
                                d,
                                new MiseEnBouteille(
                                        muscadet.id(),
                                        2000L,
                                        750,
                                        Optional.of(hl("0.2")),
                                        jour("2026-03-03"),
                                        Optional.empty(),
                                        Optional.empty())));
        long bl = bouteilles.bouteilleLotDestination().orElseThrow();
        valider(
                chai,
                d,
                chai.mouvements()
                        .vendreBouteilles(
                                d,
                                new VenteBouteilles(
                                        bl,
                                        1100L,
                                        DestinationFiscale.FRANCE_DROITS_SUSPENDUS,
                                        jour("2026-03-05"),
                                        Optional.empty())));
        Mouvement export = valider(
                chai,
                d,
                chai.mouvements()
                        .vendreBouteilles(
                                d,
                                new VenteBouteilles(
                                        bl, 400L, DestinationFiscale.EXPORT, jour("2026-03-06"), Optional.empty())));
        chai.mouvements()
                .documenterSortie(
                        d,
                        export.id(),
                        new ReferenceSortie(Optional.of("US"), Optional.of("26FRA00000000000001A1"), Optional.empty()));
        Mouvement ue = valider(
                chai,
                d,
                chai.mouvements()
                        .vendreVrac(
                                d,
                                new VenteVrac(
                                        muscadet.id(),
                                        hl("5"),
                                        DestinationFiscale.LIVRAISON_UE,
                                        jour("2026-03-07"),
                                        Optional.empty())));
        chai.mouvements()
                .documenterSortie(
                        d,
                        ue.id(),
                        new ReferenceSortie(
                                Optional.of("BE"),
                                Optional.of("26FRA00000000000002A1"),
                                Optional.empty(),
                                Optional.of("BE00001234E56"),
                                Optional.empty()));
        valider(
                chai,
                d,
                chai.mouvements()
                        .vendreBouteilles(
                                d,
                                new VenteBouteilles(
                                        bl,
                                        20L,
                                        DestinationFiscale.CONSOMMATION_FAMILIALE,
                                        jour("2026-03-08"),
                                        Optional.empty())));
        valider(
                chai,
                d,
                chai.mouvements()
                        .vendreBouteilles(
                                d,
                                new VenteBouteilles(
                                        bl,
                                        100L,
                                        DestinationFiscale.FRANCE_DROITS_ACQUITTES,
                                        jour("2026-03-08"),
                                        Optional.empty())));
        Mouvement negoce = valider(
                chai,
                d,
                chai.mouvements()
                        .vendreVrac(
                                d,
                                new VenteVrac(
                                        igp.id(),
                                        hl("30"),
                                        DestinationFiscale.ENTREPOSITAIRE_AGREE,
                                        jour("2026-03-09"),
                                        Optional.empty())));
        chai.mouvements()
                .documenterSortie(
                        d,
                        negoce.id(),
                        new ReferenceSortie(Optional.empty(), Optional.empty(), Optional.of("2026030100042")));
        valider(
                chai,
                d,
                chai.mouvements()
                        .constaterPerte(d, new Perte(igp.id(), hl("0.5"), jour("2026-03-10"), "Casse : fût renversé")));
        valider(
                chai,
                d,
                chai.mouvements()
                        .ajusterLot(
                                d,
                                new AjustementLot(
                                        igp.id(),
                                        SensAjustement.MANQUANT,
                                        hl("0.3"),
                                        jour("2026-03-11"),
                                        "Inventaire : fût percé")));
        valider(
                chai,
                d,
                chai.mouvements()
                        .ajusterLot(
                                d,
                                new AjustementLot(
                                        muscadet.id(),
                                        SensAjustement.EXCEDENT,
                                        hl("0.2"),
                                        jour("2026-03-12"),
                                        "Inventaire : jauge corrigée")));
        // Blending 10 hl of IGP into the Muscadet's cuve 3 lot? No: into an empty cuve as Vin sans IG (déclassement).
        valider(
                chai,
                d,
                chai.mouvements()
                        .assembler(
                                d,
                                new Assemblage(
                                        List.of(new SourceAssemblage(igp.id(), hl("10"))),
                                        c4.id(),
                                        Optional.of(hl("0.1")),
                                        jour("2026-03-13"),
                                        Optional.of(VSIG),
                                        Optional.empty())));
        // A perte entered by mistake and reversed the same month: it cancels out.
        Mouvement erreur = valider(
                chai,
                d,
                chai.mouvements()
                        .constaterPerte(d, new Perte(muscadet.id(), hl("1"), jour("2026-03-14"), "Saisie en double")));
        valider(
                chai,
                d,
                chai.mouvements()
                        .contrePasser(d, new ContrePassation(erreur.id(), jour("2026-03-14"), "erreur de saisie")));
        // February's taxed sale comes back: a replacement en suspension.
        valider(
                chai,
                d,
                chai.mouvements()
                        .contrePasser(
                                d, new ContrePassation(venteFevrier.id(), jour("2026-03-15"), "erreur de saisie")));
        // Capsules.
        chai.capsules()
                .enregistrer(
                        d,
                        new NouveauMouvementCrd(
                                jour("2026-02-01"),
                                CategorieCapsule.TRANQUILLE,
                                TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS,
                                750,
                                NatureCrd.ACHAT,
                                2000L,
                                Optional.empty()));
        chai.capsules()
                .enregistrer(
                        d,
                        new NouveauMouvementCrd(
                                jour("2026-03-01"),
                                CategorieCapsule.TRANQUILLE,
                                TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS,
                                750,
                                NatureCrd.ACHAT,
                                1000L,
                                Optional.empty()));
        chai.capsules()
                .enregistrer(
                        d,
                        new NouveauMouvementCrd(
                                jour("2026-03-05"),
                                CategorieCapsule.TRANQUILLE,
                                TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS,
                                750,
                                NatureCrd.UTILISATION,
                                1100L,
                                Optional.empty()));
        // Personalised capsules: every movement the portal knows (the collective duty-paid regime moves nothing: a zero
        // line).
        for (var m : List.of(
                Map.entry(NatureCrd.ACHAT, 500L),
                Map.entry(NatureCrd.UTILISATION, 100L),
                Map.entry(NatureCrd.RETOUR, 10L),
                Map.entry(NatureCrd.EXCEDENT, 2L),
                Map.entry(NatureCrd.DESTRUCTION, 3L),
                Map.entry(NatureCrd.MANQUANT, 1L))) {
            chai.capsules()
                    .enregistrer(
                            d,
                            new NouveauMouvementCrd(
                                    jour("2026-03-20"),
                                    CategorieCapsule.TRANQUILLE,
                                    TypeCapsule.PERSONNALISEES,
                                    750,
                                    m.getKey(),
                                    m.getValue(),
                                    m.getKey() == NatureCrd.DESTRUCTION
                                            ? Optional.of("capsules abîmées à la pose")
                                            : Optional.empty()));
        }
        return new Mois(chai, d);
    }

    private static Mouvement valider(MonChai chai, long d, Mouvement m) {
        return chai.mouvements().valider(d, m.id());
    }

    private static Lot lot(MonChai chai, long d, long mouvementId) {
        return lotCredite(chai, d, chai.mouvements().valider(d, mouvementId));
    }

    private static Lot lotCredite(MonChai chai, long d, Mouvement m) {
        return chai.registre().lot(d, m.lotDestination().orElseThrow()).orElseThrow();
    }
}
