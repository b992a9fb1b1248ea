package fr.monchai.server;

import fr.monchai.comptes.CompteService;
import fr.monchai.comptes.Utilisateur;
import fr.monchai.core.MonChai;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.DomainException;
import fr.monchai.core.crd.TypeCapsule;
import fr.monchai.core.journal.Compte;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.Mouvement;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.parametres.IdentiteDomaine;
import fr.monchai.core.registre.Assemblage;
import fr.monchai.core.registre.MiseEnBouteille;
import fr.monchai.core.registre.NouvelleCuve;
import fr.monchai.core.registre.NouvelleParcelle;
import fr.monchai.core.registre.NouvelleVendange;
import fr.monchai.core.registre.SourceAssemblage;
import fr.monchai.core.vente.Adresse;
import fr.monchai.core.vente.BasePrix;
import fr.monchai.core.vente.Commande;
import fr.monchai.core.vente.NouveauClient;
import fr.monchai.core.vente.NouveauProduit;
import fr.monchai.core.vente.NouvelleCommande;
import fr.monchai.core.vente.NouvelleLigne;
import fr.monchai.core.vente.Produit;
import fr.monchai.core.vente.TypeClient;
import fr.monchai.facture.FabriqueFacturX;
import fr.monchai.server.api.Parametres;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dev book's demo domaine (§13): two parcelles, cuves, harvests, a blend, a bottling, a
 * product, a customer, a delivered order and its invoice, the domaine's identity for its
 * invoices and DRM; its administrator logs in with
 * {@value #EMAIL} / {@value #MOT_DE_PASSE}.
 */
final class Demo {

    static final String EMAIL = "demo@monchai.example";
    static final String MOT_DE_PASSE = "demo-monchai-2026";

    /** The InterLoire catalogue's own product, spelt as the portal spells it: one line in every list, one column in the DRM. */
    private static final ProduitFiscal MUSCADET = new ProduitFiscal(
                    Certification.AOP,
                    Genre.TRANQUILLE,
                    "Muscadet Sèvre et Maine",
                    "Sur lie",
                    "",
                    Couleur.BLANC,
                    "Melon",
                    "Muscadet Sèvre et Maine Sur lie")
            .codeInao("1B230 01");

    private Demo() {}

    /** @return what was done, for the log */
    static String semer(MonChai chai, CompteService comptes, Parametres parametres) {
        Utilisateur admin;
        try {
            admin = comptes.creerDomaineEtAdministrateur(
                    "Domaine de la Pierre Bleue (démo)", EMAIL, "Démo", MOT_DE_PASSE);
        } catch (DomainException e) {
            return "{\"event\":\"seed-demo\",\"done\":false,\"reason\":\"the demo account exists\"}";
        }
        long d = admin.domaineId();
        LocalDate vendanges = LocalDate.of(2026, 9, 12);
        long carrieres = chai.parcelles()
                .creer(
                        d,
                        new NouvelleParcelle(
                                "Les Carrières",
                                "Melon B.",
                                new BigDecimal("1.2"),
                                Optional.of(new BigDecimal("47.1")),
                                Optional.of(new BigDecimal("-1.5")),
                                Optional.of(2008)))
                .id();
        long ecluse = chai.parcelles()
                .creer(
                        d,
                        new NouvelleParcelle(
                                "Clos de l'Écluse",
                                "Melon B.",
                                new BigDecimal("0.8"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(1995)))
                .id();
        long c1 = chai.cuves()
                .creer(d, new NouvelleCuve("Cuve 1", new BigDecimal("50"), Optional.of("inox")))
                .id();
        long c2 = chai.cuves()
                .creer(d, new NouvelleCuve("Cuve 2", new BigDecimal("50"), Optional.of("inox")))
                .id();
        long c3 = chai.cuves()
                .creer(d, new NouvelleCuve("Cuve d'assemblage", new BigDecimal("80"), Optional.of("béton")))
                .id();
        Mouvement v1 = valider(
                chai,
                d,
                chai.vendanges()
                        .enregistrer(
                                d,
                                new NouvelleVendange(
                                        carrieres,
                                        vendanges,
                                        new BigDecimal("25.4"),
                                        Optional.of(new BigDecimal("0.8")),
                                        c1,
                                        Optional.of(MUSCADET)))
                        .mouvementId()
                        .getAsLong());
        Mouvement v2 = valider(
                chai,
                d,
                chai.vendanges()
                        .enregistrer(
                                d,
                                new NouvelleVendange(
                                        ecluse,
                                        vendanges.plusDays(2),
                                        new BigDecimal("18"),
                                        Optional.of(new BigDecimal("0.5")),
                                        c2,
                                        Optional.of(MUSCADET)))
                        .mouvementId()
                        .getAsLong());
        Mouvement assemblage = valider(
                chai,
                d,
                chai.mouvements()
                        .assembler(
                                d,
                                new Assemblage(
                                        List.of(
                                                new SourceAssemblage(lot(v1), new BigDecimal("24.6")),
                                                new SourceAssemblage(lot(v2), new BigDecimal("17.5"))),
                                        c3,
                                        Optional.of(new BigDecimal("0.3")),
                                        LocalDate.of(2026, 10, 20),
                                        Optional.empty(),
                                        Optional.empty()))
                        .id());
        Mouvement bouteilles = valider(
                chai,
                d,
                chai.mouvements()
                        .mettreEnBouteille(
                                d,
                                new MiseEnBouteille(
                                        lot(assemblage),
                                        5000L,
                                        750,
                                        Optional.of(new BigDecimal("0.2")),
                                        LocalDate.of(2026, 11, 5),
                                        Optional.of("MEB-2026-01"),
                                        Optional.empty()))
                        .id());
        long bl = bouteilles.lignes().stream()
                .map(l -> l.compte())
                .filter(c -> c instanceof Compte.DeBouteilles)
                .mapToLong(c -> ((Compte.DeBouteilles) c).bouteilleLotId())
                .findFirst()
                .orElseThrow();
        Produit produit = chai.ventes()
                .creerProduit(
                        d,
                        new NouveauProduit(
                                bl,
                                "MSM-SL-2026",
                                "Muscadet Sèvre et Maine sur lie 2026",
                                new BigDecimal("8.90"),
                                BasePrix.TTC,
                                new BigDecimal("12"),
                                Optional.of(2026)));
        long client = chai.ventes()
                .creerClient(
                        d,
                        new NouveauClient(
                                TypeClient.PROFESSIONNEL,
                                "La Cave du Port",
                                new Adresse("3 quai de la Fosse", "44000", "Nantes", "FR"),
                                Optional.empty(),
                                Optional.of("552100554"),
                                Optional.of("55210055400013"),
                                Optional.of("FR96552100554"),
                                Optional.of("552100554"),
                                Optional.empty()))
                .id();
        Commande commande = chai.ventes()
                .creerCommande(
                        d,
                        new NouvelleCommande(
                                client,
                                LocalDate.of(2026, 11, 10),
                                DestinationFiscale.FRANCE_DROITS_ACQUITTES,
                                ReferenceSortie.AUCUNE,
                                Optional.of("BC-2026-11"),
                                List.of(NouvelleLigne.auPrix(produit.id(), 120L, new BigDecimal("8.50")))));
        chai.ventes().valider(d, commande.id());
        chai.ventes().livrer(d, commande.id(), LocalDate.of(2026, 11, 12));
        long facture = chai.factures()
                .facturer(d, commande.id(), LocalDate.of(2026, 12, 12))
                .id();
        IdentiteDomaine identite = new IdentiteDomaine(
                "SCEA Domaine de la Pierre Bleue",
                "SCEA",
                "15 000 €",
                new Adresse("La Pierre Bleue", "44330", "Vallet", "FR"),
                "732829320",
                "73282932000017",
                Optional.of("Nantes"),
                "FR44732829320",
                Optional.of("FR012345E6789"),
                "FR7630006000011234567890189",
                "AGRIFRPP",
                "02 40 00 00 00",
                Optional.of("4426900001"),
                Optional.of("44123456"),
                Optional.empty(),
                Optional.empty(),
                Optional.of(
                        List.of(TypeCapsule.COLLECTIVES_DROITS_SUSPENDUS, TypeCapsule.COLLECTIVES_DROITS_ACQUITTES)));
        parametres.enregistrer(d, identite);
        chai.factures()
                .emettre(
                        d,
                        facture,
                        LocalDate.of(2026, 11, 12),
                        new FabriqueFacturX().creer(fr.monchai.facture.spi.Vendeur.de(identite), Map.of()));
        return "{\"event\":\"seed-demo\",\"done\":true,\"domaine\":" + d + ",\"login\":\"" + EMAIL + "\"}";
    }

    private static Mouvement valider(MonChai chai, long d, long id) {
        return chai.mouvements().valider(d, id);
    }

    private static long lot(Mouvement m) {
        return m.lignes().stream()
                .map(l -> l.compte())
                .filter(c -> c instanceof Compte.DeLot)
                .filter(c -> m.volumeSur(c).estPositif())
                .mapToLong(c -> ((Compte.DeLot) c).lotId())
                .findFirst()
                .orElseThrow();
    }
}
