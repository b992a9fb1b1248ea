package fr.monchai.bench;

import fr.monchai.core.vente.Adresse;
import fr.monchai.core.vente.BasePrix;
import fr.monchai.core.vente.Client;
import fr.monchai.core.vente.Facture;
import fr.monchai.core.vente.LigneFacture;
import fr.monchai.core.vente.StatutFacture;
import fr.monchai.core.vente.Totaux;
import fr.monchai.core.vente.TypeClient;
import fr.monchai.core.vente.TypeFacture;
import fr.monchai.facture.FormatsFacture;
import fr.monchai.facture.spi.FormatFacture;
import fr.monchai.facture.spi.Vendeur;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Invoices per second (issue: sales and invoicing): the {@code pdf} and {@code facturx}
 * formats on a one-page, 20-line invoice, beside a bare OpenPDF one-page document with the
 * same text and the same embedded font, measured in the same run; and the first invoice
 * rendered after the JVM starts.
 */
final class FacturesBanc implements Bancs.Banc {

    private static final int N = Bancs.taille("monchai.bench.factures", 400, 40);
    private static final Vendeur VENDEUR = new Vendeur(
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
    private static final Client CLIENT = new Client(
            1,
            1,
            TypeClient.PROFESSIONNEL,
            "La Cave du Port",
            new Adresse("3 quai de la Fosse", "44000", "Nantes", "FR"),
            Optional.empty(),
            Optional.of("552100554"),
            Optional.of("55210055400013"),
            Optional.of("FR96552100554"),
            Optional.of("552100554"),
            Optional.empty());

    @Override
    public void executer(StringBuilder r) throws Exception {
        Facture facture = facture();
        FormatsFacture formats = FormatsFacture.decouvrir();
        FormatFacture pdf = formats.trouver("pdf").orElseThrow().creer(VENDEUR, Map.of());
        FormatFacture facturx = formats.trouver("facturx").orElseThrow().creer(VENDEUR, Map.of());
        long t0 = System.nanoTime();
        pdf.rendre(facture, CLIENT, Optional.empty(), Optional.empty());
        long premiere = System.nanoTime() - t0;
        List<String> texte = texte(facture);
        byte[] reguliere = police("liberation/LiberationSans-Regular.ttf");
        byte[] grasse = police("liberation/LiberationSans-Bold.ttf");
        // Each font loaded once, as the invoice's layout does (CIDSet left out for PDF/A, as it does).
        Font normale = police("LiberationSans-Regular.ttf", reguliere, true);
        Font grasseNormale = police("LiberationSans-Bold.ttf", grasse, true);
        Font normaleA = police("LiberationSans-Regular.ttf", reguliere, false);
        Font grasseA = police("LiberationSans-Bold.ttf", grasse, false);
        Travail unePolice = () -> nu(texte, normale, normale, false);
        Travail deuxPolices = () -> nu(texte, normale, grasseNormale, false);
        Travail pdfA = () -> nu(texte, normaleA, grasseA, true);
        for (int i = 0; i < N / 4; i++) {
            pdf.rendre(facture, CLIENT, Optional.empty(), Optional.empty());
            facturx.rendre(facture, CLIENT, Optional.empty(), Optional.empty());
            unePolice.faire();
            deuxPolices.faire();
            pdfA.faire();
        }
        long ref = mesurer(unePolice);
        long refDeux = mesurer(deuxPolices);
        long refPdfA = mesurer(pdfA);
        long libPdf = mesurer(() -> pdf.rendre(facture, CLIENT, Optional.empty(), Optional.empty()));
        long libFx = mesurer(() -> facturx.rendre(facture, CLIENT, Optional.empty(), Optional.empty()));
        long octetsPdf =
                pdf.rendre(facture, CLIENT, Optional.empty(), Optional.empty()).contenu().length;
        long octetsNu = ((byte[]) unePolice.faire()).length;
        long octetsPdfA = ((byte[]) pdfA.faire()).length;
        r.append("### Invoices per second\n\n")
                .append("One page, 20 lines, business customer, warm JVM (")
                .append(N / 4)
                .append(" warm-up rounds, then ")
                .append(N)
                .append(" documents each). The references are bare OpenPDF documents with the same text (")
                .append(texte.size())
                .append(" paragraphs), no table, no XML: in the embedded Liberation Sans (")
                .append(octetsNu)
                .append(
                        " bytes); with the invoice's two fonts, regular and bold (its first three paragraphs in bold); and those two")
                .append(
                        " as a PDF/A-3b, as the invoice is one (conformance set, fonts without CIDSet, sRGB output intent, XMP: ")
                .append(octetsPdfA)
                .append(" bytes). The `pdf` invoice is ")
                .append(octetsPdf)
                .append(" bytes.\n\n")
                .append(
                        "| what | documents/s | ratio to one font | ratio to the two fonts | ratio to the two fonts in PDF/A-3b |\n")
                .append("|---|---|---|---|---|\n")
                .append("| bare page, one font (reference) | ")
                .append(ref)
                .append(" | 1.00× | | |\n")
                .append("| bare page, the invoice's two fonts (reference) | ")
                .append(refDeux)
                .append(" | ")
                .append(Chrono.ratio(refDeux, ref))
                .append(" | 1.00× | |\n")
                .append("| bare page, two fonts, PDF/A-3b (reference) | ")
                .append(refPdfA)
                .append(" | ")
                .append(Chrono.ratio(refPdfA, ref))
                .append(" | ")
                .append(Chrono.ratio(refPdfA, refDeux))
                .append(" | 1.00× |\n")
                .append("| `pdf` (PDF/A-3b, every mention) | ")
                .append(libPdf)
                .append(" | ")
                .append(Chrono.ratio(libPdf, ref))
                .append(" | ")
                .append(Chrono.ratio(libPdf, refDeux))
                .append(" | ")
                .append(Chrono.ratio(libPdf, refPdfA))
                .append(" |\n")
                .append("| `facturx` (PDF/A-3b + EN 16931 CII from FreeMarker) | ")
                .append(libFx)
                .append(" | ")
                .append(Chrono.ratio(libFx, ref))
                .append(" | ")
                .append(Chrono.ratio(libFx, refDeux))
                .append(" | ")
                .append(Chrono.ratio(libFx, refPdfA))
                .append(" |\n\n")
                .append("First invoice after the JVM started (`pdf`, fonts and classes loaded on the way): ")
                .append(Chrono.ms(premiere / 1000))
                .append(".\n\n");
    }

    private interface Travail {
        Object faire() throws Exception;
    }

    private static long mesurer(Travail t) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < N; i++) {
            t.faire();
        }
        return Chrono.debit(N, System.nanoTime() - t0);
    }

    private static Facture facture() {
        List<LigneFacture> lignes = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            BigDecimal prix = BigDecimal.valueOf(650 + 37L * i, 2);
            long q = 6L * (1 + i % 5);
            lignes.add(new LigneFacture(
                    OptionalLong.of(i),
                    "Cuvée n° " + i + " – Muscadet Sèvre et Maine sur lie 2025 – 75 cl",
                    q,
                    prix,
                    new BigDecimal("20"),
                    Totaux.montantLigne(q, prix),
                    750,
                    new BigDecimal("12")));
        }
        return new Facture(
                1,
                1,
                TypeFacture.FACTURE,
                Optional.of("F2026-000123"),
                1,
                OptionalLong.empty(),
                OptionalLong.empty(),
                BasePrix.HT,
                Optional.of(LocalDate.of(2026, 11, 5)),
                LocalDate.of(2026, 11, 4),
                LocalDate.of(2026, 12, 5),
                StatutFacture.EMISE,
                lignes,
                Totaux.calculer(lignes, BasePrix.HT),
                List.of(),
                Optional.empty());
    }

    private static List<String> texte(Facture f) {
        List<String> t = new ArrayList<>(List.of(
                VENDEUR.raisonSociale(),
                "La Pierre Bleue 44330 Vallet",
                "FACTURE N° F2026-000123",
                "Date d'émission : 05/11/2026",
                "Facturé à " + CLIENT.nom() + ", 3 quai de la Fosse 44000 Nantes, SIREN 552100554"));
        f.lignes()
                .forEach(l -> t.add(l.designation() + "   " + l.quantite() + " × " + l.prixUnitaire() + " €  20 %  "
                        + l.montant() + " €"));
        t.add("Total HT " + f.totaux().ht() + " € – TVA " + f.totaux().tva() + " € – Total TTC "
                + f.totaux().ttc() + " €");
        t.add(
                "Pénalités de retard : taux BCE + 10 points. Indemnité forfaitaire pour frais de recouvrement : 40 €. Pas d'escompte.");
        return t;
    }

    private static byte[] police(String ressource) throws java.io.IOException {
        try (InputStream in = FacturesBanc.class.getClassLoader().getResourceAsStream(ressource)) {
            return in.readAllBytes();
        }
    }

    private static Font police(String nom, byte[] ttf, boolean cidSet) throws Exception {
        BaseFont f = BaseFont.createFont(nom, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
        f.setIncludeCidSet(cidSet);
        return new Font(f, 9);
    }

    /**
     * A bare document of those paragraphs, its first three in {@code titres}; as a PDF/A-3b, the
     * way the invoice makes one (conformance, sRGB output intent, XMP) — what no layout choice removes.
     */
    private static byte[] nu(List<String> texte, Font normale, Font titres, boolean pdfA) throws Exception {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4);
        PdfWriter w = PdfWriter.getInstance(doc, sortie);
        if (pdfA) {
            w.setPDFXConformance(PdfWriter.PDFA3B);
        }
        doc.open();
        if (pdfA) {
            w.setOutputIntents(
                    "sRGB IEC61966-2.1",
                    "",
                    "http://www.color.org",
                    "sRGB IEC61966-2.1",
                    java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB));
        }
        for (int i = 0; i < texte.size(); i++) {
            doc.add(new Paragraph(texte.get(i), i < 3 ? titres : normale));
        }
        if (pdfA) {
            ByteArrayOutputStream xmp = new ByteArrayOutputStream();
            org.openpdf.text.xml.xmp.XmpWriter x =
                    new org.openpdf.text.xml.xmp.XmpWriter(xmp, w.getInfo(), PdfWriter.PDFA3B);
            x.close();
            w.setXmpMetadata(xmp.toByteArray());
        }
        doc.close();
        return sortie.toByteArray();
    }
}
