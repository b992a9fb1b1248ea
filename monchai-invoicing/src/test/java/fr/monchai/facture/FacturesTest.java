package fr.monchai.facture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.MonChai;
import fr.monchai.core.commun.Artefact;
import fr.monchai.core.journal.DestinationFiscale;
import fr.monchai.core.journal.ReferenceSortie;
import fr.monchai.core.vente.Adresse;
import fr.monchai.core.vente.Commande;
import fr.monchai.core.vente.Facture;
import fr.monchai.core.vente.NouvelleCommande;
import fr.monchai.core.vente.NouvelleLigne;
import fr.monchai.core.vente.RenduFacture;
import fr.monchai.facture.spi.FabriqueFormatFacture;
import fr.monchai.facture.spi.Vendeur;
import fr.monchai.kit.Boutique;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Invoices issued through the library in each format, parsed back and validated. */
class FacturesTest {

    static final Vendeur VENDEUR = new Vendeur(
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
            "732829320",
            "02 40 00 00 00",
            Optional.empty());

    private final Boutique b = new Boutique(MonChai.enMemoire());

    private static RenduFacture format(String id) {
        FabriqueFormatFacture f = FormatsFacture.decouvrir().trouver(id).orElseThrow();
        return f.creer(VENDEUR, Map.of());
    }

    private Facture emettre(Commande c, String format, String date) {
        b.chai.ventes().valider(b.d, c.id());
        b.chai.ventes().livrer(b.d, c.id(), LocalDate.of(2026, 3, 3));
        Facture f =
                b.chai.factures().facturer(b.d, c.id(), LocalDate.parse(date).plusDays(30));
        return b.chai.factures().emettre(b.d, f.id(), LocalDate.parse(date), format(format));
    }

    private Commande commandePro() {
        return b.chai.ventes()
                .creerCommande(
                        b.d,
                        new NouvelleCommande(
                                b.caviste.id(),
                                LocalDate.of(2026, 3, 2),
                                DestinationFiscale.FRANCE_DROITS_ACQUITTES,
                                ReferenceSortie.AUCUNE,
                                Optional.of("BC-4711"),
                                List.of(
                                        NouvelleLigne.auPrix(b.muscadet.id(), 60L, new BigDecimal("8.33")),
                                        NouvelleLigne.auPrix(b.cuvee.id(), 12L, new BigDecimal("12.90")))));
    }

    static String texte(Artefact pdf) throws IOException {
        PdfReader lecteur = new PdfReader(pdf.contenu());
        StringBuilder t = new StringBuilder();
        for (int p = 1; p <= lecteur.getNumberOfPages(); p++) {
            t.append(new PdfTextExtractor(lecteur).getTextFromPage(p)).append('\n');
        }
        return t.toString();
    }

    static void mentions(String texte, List<String> attendues) {
        for (String m : attendues) {
            assertTrue(texte.contains(m), "the invoice shows « " + m + " »:\n" + texte);
        }
    }

    private static void apercu(Artefact a) throws IOException {
        String dossier = System.getProperty("monchai.apercu");
        if (dossier != null) {
            Files.write(Path.of(dossier, a.nom()), a.contenu());
        }
    }

    @Test
    void un_vendeur_aux_identifiants_faux_est_refuse_en_nommant_le_champ() {
        Vendeur v = VENDEUR;
        java.util.function.Function<Runnable, String> champ =
                construction -> assertThrows(fr.monchai.core.commun.DomainException.class, construction::run)
                        .champ();
        assertEquals(
                "siren",
                champ.apply(() -> new Vendeur(
                        v.raisonSociale(),
                        v.formeJuridique(),
                        v.capital(),
                        v.adresse(),
                        "12",
                        v.siret(),
                        v.villeRcs(),
                        v.numeroTva(),
                        v.numeroAccise(),
                        v.iban(),
                        v.bic(),
                        v.adresseElectronique(),
                        v.telephone(),
                        v.logoJpeg())));
        assertEquals(
                "siret",
                champ.apply(() -> new Vendeur(
                        v.raisonSociale(),
                        v.formeJuridique(),
                        v.capital(),
                        v.adresse(),
                        v.siren(),
                        "73282932000011",
                        v.villeRcs(),
                        v.numeroTva(),
                        v.numeroAccise(),
                        v.iban(),
                        v.bic(),
                        v.adresseElectronique(),
                        v.telephone(),
                        v.logoJpeg())));
        assertEquals(
                "numeroTva",
                champ.apply(() -> new Vendeur(
                        v.raisonSociale(),
                        v.formeJuridique(),
                        v.capital(),
                        v.adresse(),
                        v.siren(),
                        v.siret(),
                        v.villeRcs(),
                        "pas-un-numero",
                        v.numeroAccise(),
                        v.iban(),
                        v.bic(),
                        v.adresseElectronique(),
                        v.telephone(),
                        v.logoJpeg())));
        assertEquals(
                "numeroTva",
                champ.apply(() -> new Vendeur(
                        v.raisonSociale(),
                        v.formeJuridique(),
                        v.capital(),
                        v.adresse(),
                        v.siren(),
                        v.siret(),
                        v.villeRcs(),
                        "FR45732829320",
                        v.numeroAccise(),
                        v.iban(),
                        v.bic(),
                        v.adresseElectronique(),
                        v.telephone(),
                        v.logoJpeg())),
                "a French VAT key must match the SIREN");
        assertEquals(
                "iban",
                champ.apply(() -> new Vendeur(
                        v.raisonSociale(),
                        v.formeJuridique(),
                        v.capital(),
                        v.adresse(),
                        v.siren(),
                        v.siret(),
                        v.villeRcs(),
                        v.numeroTva(),
                        v.numeroAccise(),
                        "FR7630006000011234567890188",
                        v.bic(),
                        v.adresseElectronique(),
                        v.telephone(),
                        v.logoJpeg())));
    }

    @Test
    void le_constructeur_du_vendeur_donne_le_meme_vendeur_et_refuse_en_nommant_la_partie() {
        Vendeur.Builder b = Vendeur.builder()
                .raisonSociale("SCEA Domaine de la Pierre Bleue", "SCEA", "15 000 €")
                .adresse(new Adresse("La Pierre Bleue", "44330", "Vallet", "FR"))
                .siret("732829320", "73282932000017")
                .villeRcs("Nantes")
                .numeroTva("FR44732829320")
                .numeroAccise("FR012345E6789")
                .banque("FR7630006000011234567890189", "AGRIFRPP")
                .telephone("02 40 00 00 00");
        Vendeur v = b.build();
        assertEquals(VENDEUR.toString(), v.toString());
        assertEquals("732829320", v.adresseElectronique(), "the e-invoicing address defaults to the SIREN");
        java.util.function.Function<Runnable, String> champ =
                construction -> assertThrows(fr.monchai.core.commun.DomainException.class, construction::run)
                        .champ();
        assertEquals(
                "adresse",
                champ.apply(() -> Vendeur.builder()
                        .raisonSociale("SCEA X", "SCEA", "1 000 €")
                        .siret("732829320", "73282932000017")
                        .numeroTva("FR44732829320")
                        .banque("FR7630006000011234567890189", "AGRIFRPP")
                        .build()),
                "a missing address is named");
        assertEquals("raisonSociale", champ.apply(() -> Vendeur.builder().build()));
        assertEquals("siren", champ.apply(() -> b.siret("12", "73282932000017").build()), "a malformed SIREN is named");
    }

    @Test
    void un_reglage_inconnu_d_un_format_est_une_erreur() {
        for (var fabrique : FormatsFacture.decouvrir().toutes()) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> fabrique.creer(null, Map.of("transporter", "Transports Martin")));
            assertTrue(e.getMessage().contains("transporter"), e.getMessage());
        }
    }

    @Test
    void une_facture_professionnelle_factur_x_porte_chaque_mention_et_passe_le_validateur() throws IOException {
        Facture f = emettre(commandePro(), "facturx", "2026-03-31");
        Artefact pdf = f.document().orElseThrow();
        apercu(pdf);
        assertEquals("F2026-000001.pdf", pdf.nom());
        String t = texte(pdf);
        mentions(
                t,
                List.of(
                        "FACTURE",
                        "N° F2026-000001",
                        "Date d'émission : 31/03/2026",
                        "Date de livraison : 03/03/2026",
                        "Échéance : 30/04/2026",
                        "Votre commande : BC-4711",
                        "SCEA Domaine de la Pierre Bleue",
                        "SCEA au capital de 15 000 €",
                        "SIREN 732829320",
                        "RCS Nantes",
                        "TVA intracommunautaire FR44732829320",
                        "n° d'accise FR012345E6789",
                        "La Cave du Port",
                        "SIREN 552100554",
                        "TVA intracommunautaire FR96552100554",
                        "Nature de l'opération : livraison de biens",
                        "Muscadet Sèvre et Maine sur lie 2025 – 75 cl",
                        "PU HT",
                        "499,80 €",
                        "20 %",
                        "Total HT",
                        "Total TVA",
                        "Total TTC – net à payer",
                        "droits acquittés",
                        "IBAN FR7630006000011234567890189",
                        "Pas d'escompte",
                        "Pénalités de retard",
                        "40 €",
                        "page 1"));
        ZUGFeRDValidator v = new ZUGFeRDValidator();
        String rapport = v.validate(pdf.contenu(), pdf.nom());
        assertTrue(rapport.contains("status=\"valid\""), rapport);
        assertFalse(rapport.contains("BR-FR"), "a French rule is not met:\n" + rapport);
        assertTrue(rapport.contains("flavour=3b") && rapport.contains("isCompliant=true"), "PDF/A-3b:\n" + rapport);
    }

    @Test
    void une_facture_de_particulier_est_en_ttc_sans_indemnite_et_un_avoir_cite_sa_facture() throws IOException {
        Commande c = b.chai.ventes()
                .creerCommande(
                        b.d,
                        new NouvelleCommande(
                                b.particulier.id(),
                                LocalDate.of(2026, 3, 2),
                                DestinationFiscale.FRANCE_DROITS_ACQUITTES,
                                ReferenceSortie.AUCUNE,
                                Optional.empty(),
                                List.of(NouvelleLigne.auPrix(b.cuvee.id(), 3L, new BigDecimal("12.90")))));
        Facture f = emettre(c, "pdf", "2026-03-03");
        apercu(f.document().orElseThrow());
        String t = texte(f.document().orElseThrow());
        mentions(t, List.of("Jeanne Martin", "PU TTC", "12,90 €", "38,70 €", "6,45 €", "32,25 €", "Pas d'escompte"));
        assertFalse(t.contains("40 €"), "the recovery indemnity is for businesses only");
        String pdfa = new ZUGFeRDValidator().validate(f.document().orElseThrow().contenu(), "particulier.pdf");
        assertTrue(pdfa.contains("flavour=3b") && pdfa.contains("isCompliant=true"), "PDF/A-3b:\n" + pdfa);
        Facture avoir = b.chai.factures()
                .emettre(b.d, b.chai.factures().avoir(b.d, f.id()).id(), LocalDate.of(2026, 3, 10), format("pdf"));
        apercu(avoir.document().orElseThrow());
        mentions(
                texte(avoir.document().orElseThrow()),
                List.of(
                        "AVOIR",
                        "N° AV2026-000001",
                        "Avoir se rapportant à la facture n° F2026-000001 du 03/03/2026",
                        "Total TTC à rembourser",
                        "38,70 €"));
    }

    @Test
    void un_avoir_professionnel_et_une_facture_export_passent_aussi_le_validateur() throws IOException {
        Facture f = emettre(commandePro(), "facturx", "2026-03-31");
        Facture avoir = b.chai.factures()
                .emettre(b.d, b.chai.factures().avoir(b.d, f.id()).id(), LocalDate.of(2026, 4, 2), format("facturx"));
        String rapport =
                new ZUGFeRDValidator().validate(avoir.document().orElseThrow().contenu(), "avoir.pdf");
        assertTrue(rapport.contains("status=\"valid\""), rapport);
        assertFalse(rapport.contains("BR-FR"), rapport);
        Commande export = b.chai.ventes()
                .creerCommande(
                        b.d,
                        new NouvelleCommande(
                                b.caviste.id(),
                                LocalDate.of(2026, 3, 2),
                                DestinationFiscale.EXPORT,
                                new ReferenceSortie(
                                        Optional.of("US"), Optional.of("26FRA00000000000009A1"), Optional.empty()),
                                Optional.empty(),
                                List.of(NouvelleLigne.auPrix(b.muscadet.id(), 120L, new BigDecimal("7.50")))));
        Facture fe = emettre(export, "facturx", "2026-04-03");
        apercu(fe.document().orElseThrow());
        mentions(
                texte(fe.document().orElseThrow()),
                List.of("Exonération de TVA, article 262 I du CGI", "0 %", "900,00 €", "DAE n° 26FRA00000000000009A1"));
        String rapportExport =
                new ZUGFeRDValidator().validate(fe.document().orElseThrow().contenu(), "export.pdf");
        assertTrue(rapportExport.contains("status=\"valid\""), rapportExport);
    }

    @Test
    void une_facture_et_son_avoir_de_chaque_sorte_de_client_passent_le_validateur_sans_erreur() throws IOException {
        var belge = b.chai.ventes()
                .creerClient(
                        b.d,
                        fr.monchai.core.vente.NouveauClient.professionnel(
                                        "Vins de Bruxelles SRL", new Adresse("Rue Haute 12", "1000", "Bruxelles", "BE"))
                                .numeroTva("BE0123456749")
                                .email("achats@vins-bruxelles.example"));
        record Cas(String nom, long client, DestinationFiscale destination, ReferenceSortie reference, String format) {}
        List<Cas> cas = List.of(
                new Cas(
                        "professionnel",
                        b.caviste.id(),
                        DestinationFiscale.FRANCE_DROITS_ACQUITTES,
                        ReferenceSortie.AUCUNE,
                        "facturx"),
                new Cas(
                        "particulier",
                        b.particulier.id(),
                        DestinationFiscale.FRANCE_DROITS_ACQUITTES,
                        ReferenceSortie.AUCUNE,
                        "pdf"),
                new Cas(
                        "export",
                        b.caviste.id(),
                        DestinationFiscale.EXPORT,
                        new ReferenceSortie(Optional.of("US"), Optional.of("26FRA00000000000009A1"), Optional.empty()),
                        "facturx"),
                new Cas(
                        "ue",
                        belge.id(),
                        DestinationFiscale.LIVRAISON_UE,
                        new ReferenceSortie(
                                Optional.of("BE"),
                                Optional.of("26FRA00000000000010B2"),
                                Optional.empty(),
                                Optional.of("BE00001234E56"),
                                Optional.empty()),
                        "facturx"));
        for (Cas k : cas) {
            Commande c = b.chai.ventes()
                    .creerCommande(
                            b.d,
                            new NouvelleCommande(
                                    k.client(),
                                    LocalDate.of(2026, 3, 2),
                                    k.destination(),
                                    k.reference(),
                                    Optional.empty(),
                                    List.of(NouvelleLigne.auPrix(b.muscadet.id(), 12L, new BigDecimal("8.50")))));
            Facture f = emettre(c, k.format(), "2026-03-31");
            Facture avoir = b.chai.factures()
                    .emettre(
                            b.d,
                            b.chai.factures().avoir(b.d, f.id()).id(),
                            LocalDate.of(2026, 4, 2),
                            format(k.format()));
            for (Facture document : List.of(f, avoir)) {
                apercu(document.document().orElseThrow());
                String rapport = new ZUGFeRDValidator()
                        .validate(document.document().orElseThrow().contenu(), k.nom() + ".pdf");
                assertTrue(
                        rapport.contains("flavour=3b") && rapport.contains("isCompliant=true"),
                        k.nom() + ", PDF/A-3b:\n" + rapport);
                if (k.nom().equals("ue")) {
                    mentions(
                            texte(document.document().orElseThrow()),
                            List.of("DAE/ARC n° 26FRA00000000000010B2", "destinataire, n° d'accise BE00001234E56"));
                }
                if (k.format().equals("facturx")) {
                    assertTrue(rapport.contains("status=\"valid\""), k.nom() + " " + document.type() + ":\n" + rapport);
                    assertFalse(
                            rapport.contains("<error"), k.nom() + " " + document.type() + ", no error:\n" + rapport);
                }
            }
        }
    }

    @Test
    void un_prix_donne_ttc_facture_a_un_professionnel_montre_un_prix_ht_et_un_total_qui_s_accordent()
            throws IOException {
        Commande c = b.chai.ventes()
                .creerCommande(
                        b.d,
                        new NouvelleCommande(
                                b.caviste.id(),
                                LocalDate.of(2026, 3, 2),
                                DestinationFiscale.FRANCE_DROITS_ACQUITTES,
                                ReferenceSortie.AUCUNE,
                                Optional.empty(),
                                List.of(NouvelleLigne.auPrix(b.cuvee.id(), 120L, new BigDecimal("8.50")))));
        assertEquals(
                fr.monchai.core.vente.BasePrix.TTC, c.lignes().get(0).base(), "the order line says its price is TTC");
        Facture f = emettre(c, "facturx", "2026-03-31");
        var ligne = f.lignes().get(0);
        assertEquals(new BigDecimal("7.08"), ligne.prixUnitaire(), "8,50 € TTC at 20 % is 7,08 € HT, to the cent");
        assertEquals(
                ligne.prixUnitaire().multiply(BigDecimal.valueOf(ligne.quantite())),
                ligne.montant(),
                "quantity × unit price is the line total");
        assertEquals(new BigDecimal("849.60"), ligne.montant());
        mentions(texte(f.document().orElseThrow()), List.of("PU HT", "7,08 €", "849,60 €"));
    }

    @Test
    void une_facture_peut_tenir_lieu_de_dsa_avec_un_logo() throws IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(240, 90, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x6B, 0x1E, 0x3A));
        g.fillRect(0, 0, 240, 90);
        g.dispose();
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", jpeg);
        Vendeur avecLogo = new Vendeur(
                VENDEUR.raisonSociale(),
                VENDEUR.formeJuridique(),
                VENDEUR.capital(),
                VENDEUR.adresse(),
                VENDEUR.siren(),
                VENDEUR.siret(),
                VENDEUR.villeRcs(),
                VENDEUR.numeroTva(),
                VENDEUR.numeroAccise(),
                VENDEUR.iban(),
                VENDEUR.bic(),
                VENDEUR.adresseElectronique(),
                VENDEUR.telephone(),
                Optional.of(jpeg.toByteArray()));
        RenduFacture dsa = new FabriquePdf()
                .creer(avecLogo, Map.of(FabriquePdf.TRANSPORTEUR, "Transports Loire Express, 44000 Nantes"));
        Commande c = commandePro();
        b.chai.ventes().valider(b.d, c.id());
        b.chai.ventes().livrer(b.d, c.id(), LocalDate.of(2026, 3, 3));
        Facture f = b.chai.factures()
                .emettre(
                        b.d,
                        b.chai.factures()
                                .facturer(b.d, c.id(), LocalDate.of(2026, 4, 30))
                                .id(),
                        LocalDate.of(2026, 3, 31),
                        dsa);
        apercu(f.document().orElseThrow());
        mentions(
                texte(f.document().orElseThrow()),
                List.of(
                        "Document tenant lieu de DSA – droits acquittés",
                        "entrepositaire agréé n° FR012345E6789",
                        "Transporteur : Transports Loire Express",
                        "60 bouteille(s) de 0,75 l à 12 % vol",
                        "Référence du mouvement : F2026-000001 du 31/03/2026"));
        String pdfa = new ZUGFeRDValidator().validate(f.document().orElseThrow().contenu(), "dsa.pdf");
        assertTrue(pdfa.contains("flavour=3b") && pdfa.contains("isCompliant=true"), "PDF/A-3b with a logo:\n" + pdfa);
    }

    @Test
    void les_formats_se_trouvent_par_serviceloader_et_un_id_en_double_echoue() {
        FormatsFacture formats = FormatsFacture.decouvrir();
        assertEquals(
                List.of("facturx", "pdf"),
                formats.toutes().stream().map(FabriqueFormatFacture::id).toList());
        assertThrows(IllegalStateException.class, () -> formats.avec(new FabriquePdf()));
    }
}
