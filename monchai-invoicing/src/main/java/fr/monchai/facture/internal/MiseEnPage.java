package fr.monchai.facture.internal;

import fr.monchai.core.vente.Adresse;
import fr.monchai.core.vente.BasePrix;
import fr.monchai.core.vente.LigneFacture;
import fr.monchai.core.vente.TotalTva;
import fr.monchai.core.vente.TypeFacture;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfFileSpecification;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * Lays an invoice out on A4 as a PDF/A-3b (fonts embedded, sRGB output intent, XMP), with
 * every mandatory mention; with a CII XML, embeds it as {@code factur-x.xml} the way the
 * Factur-X specification wants (docs/INVOICING.md §4.1, §5.3).
 */
public final class MiseEnPage {

    private static final Color ENCRE = new Color(0x22, 0x22, 0x22);
    private static final Color VIN = new Color(0x6B, 0x1E, 0x3A);
    private static final Color FOND = new Color(0xF3, 0xEE, 0xF0);
    private static final byte[] REGULIERE = police("liberation/LiberationSans-Regular.ttf");
    private static final byte[] GRASSE = police("liberation/LiberationSans-Bold.ttf");
    private static final String FX = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";

    private final Font normal;
    private final Font gras;
    private final Font petit;
    private final Font titre;
    private final Font blanc;

    /** Creates the fonts: Liberation Sans, embedded, without CIDSet (PDF/A-3 rule 6.2.11.4.2). */
    public MiseEnPage() {
        BaseFont r = base("LiberationSans-Regular.ttf", REGULIERE);
        BaseFont b = base("LiberationSans-Bold.ttf", GRASSE);
        normal = new Font(r, 9, Font.NORMAL, ENCRE);
        gras = new Font(b, 9, Font.NORMAL, ENCRE);
        petit = new Font(r, 7.5f, Font.NORMAL, Color.DARK_GRAY);
        titre = new Font(b, 20, Font.NORMAL, VIN);
        blanc = new Font(b, 9, Font.NORMAL, Color.WHITE);
    }

    private static byte[] police(String ressource) {
        try (InputStream in = MiseEnPage.class.getClassLoader().getResourceAsStream(ressource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "font " + ressource + " missing from the classpath (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont base(String nom, byte[] ttf) {
        try {
            BaseFont f = BaseFont.createFont(nom, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
            f.setIncludeCidSet(false);
            return f;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot load the font " + nom, e);
        }
    }

    /**
     * {@return the PDF/A-3b}
     *
     * @param m what the invoice says
     * @param facturX the CII XML to embed, for a Factur-X
     */
    public byte[] rendre(Mentions m, Optional<byte[]> facturX) {
        return rendre(m, facturX, Optional.empty());
    }

    /**
     * {@return the PDF/A-3b}
     *
     * @param m what the invoice says
     * @param facturX the CII XML to embed, for a Factur-X
     * @param transporteur when the invoice serves as the DSA of duty-paid wine (since 1 July 2025), the carrier
     */
    public byte[] rendre(Mentions m, Optional<byte[]> facturX, Optional<String> transporteur) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 70);
        PdfWriter w = PdfWriter.getInstance(doc, sortie);
        w.setPDFXConformance(PdfWriter.PDFA3B);
        w.setPageEvent(new PiedDePage(m));
        doc.addTitle(
                m.titre().charAt(0) + m.titre().substring(1).toLowerCase(java.util.Locale.ROOT) + " " + m.numero());
        doc.addAuthor(m.vendeur.raisonSociale());
        doc.addSubject(m.titre() + " " + m.numero() + " – " + m.client.nom());
        doc.addCreator("Mon Chai");
        doc.open();
        try {
            w.setOutputIntents(
                    "sRGB IEC61966-2.1",
                    "",
                    "http://www.color.org",
                    "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            entete(doc, m);
            parties(doc, m);
            lignes(doc, w, m);
            totaux(doc, m);
            conditions(doc, m);
            if (transporteur.isPresent()) {
                dsa(doc, m, transporteur.get());
            }
            if (facturX.isPresent()) {
                joindre(w, facturX.get());
            }
            w.setXmpMetadata(xmp(w, facturX.isPresent()));
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot render invoice " + m.numero(), e);
        }
        doc.close();
        return sortie.toByteArray();
    }

    private void entete(Document doc, Mentions m) throws IOException, DocumentException {
        PdfPTable t = new PdfPTable(new float[] {1.15f, 1});
        t.setWidthPercentage(100);
        PdfPCell vendeur = new PdfPCell();
        vendeur.setBorder(Rectangle.NO_BORDER);
        if (m.vendeur.logoJpeg().isPresent()) {
            Image logo = Image.getInstance(m.vendeur.logoJpeg().get());
            logo.scaleToFit(120, 50);
            vendeur.addElement(logo);
        }
        vendeur.addElement(
                new Paragraph(m.vendeur.raisonSociale(), new Font(gras.getBaseFont(), 12, Font.NORMAL, VIN)));
        vendeur.addElement(new Paragraph(adresse(m.vendeur.adresse()), normal));
        vendeur.addElement(new Paragraph("Tél. " + m.vendeur.telephone(), normal));
        t.addCell(vendeur);
        PdfPCell document = new PdfPCell();
        document.setBorder(Rectangle.NO_BORDER);
        Paragraph p = new Paragraph(m.titre(), titre);
        p.setAlignment(Element.ALIGN_RIGHT);
        document.addElement(p);
        for (String ligne : List.of(
                "N° " + m.numero(),
                "Date d'émission : " + m.dateEmission().format(Mentions.DATE_FR),
                "Date de livraison : " + m.facture.dateLivraison().format(Mentions.DATE_FR),
                "Échéance : " + m.facture.echeance().format(Mentions.DATE_FR))) {
            Paragraph d = new Paragraph(ligne, ligne.startsWith("N°") ? gras : normal);
            d.setAlignment(Element.ALIGN_RIGHT);
            document.addElement(d);
        }
        m.referenceClient().ifPresent(r -> {
            Paragraph d = new Paragraph("Votre commande : " + r, normal);
            d.setAlignment(Element.ALIGN_RIGHT);
            document.addElement(d);
        });
        t.addCell(document);
        doc.add(t);
    }

    private void parties(Document doc, Mentions m) throws DocumentException {
        PdfPTable t = new PdfPTable(m.adresseLivraison().isPresent() ? 2 : 1);
        t.setWidthPercentage(m.adresseLivraison().isPresent() ? 100 : 55);
        t.setHorizontalAlignment(Element.ALIGN_RIGHT);
        t.setSpacingBefore(14);
        StringBuilder acheteur =
                new StringBuilder(m.client.nom()).append('\n').append(adresse(m.client.adresseFacturation()));
        m.client.siren().ifPresent(s -> acheteur.append("\nSIREN ").append(s));
        m.client.siret().ifPresent(s -> acheteur.append(" – SIRET ").append(s));
        m.client
                .numeroTva()
                .ifPresent(s -> acheteur.append("\nTVA intracommunautaire ").append(s));
        t.addCell(bloc("Facturé à", acheteur.toString()));
        m.adresseLivraison()
                .ifPresent(a -> t.addCell(bloc("Adresse de livraison", m.client.nom() + "\n" + adresse(a))));
        doc.add(t);
        Paragraph nature = new Paragraph("Nature de l'opération : livraison de biens.", petit);
        nature.setSpacingBefore(8);
        doc.add(nature);
        if (m.facture.type() == TypeFacture.AVOIR) {
            m.origine.ifPresent(o -> doc.add(new Paragraph(
                    "Avoir se rapportant à la facture n° " + o.numero().orElseThrow() + " du "
                            + o.dateEmission().orElseThrow().format(Mentions.DATE_FR) + ", qu'il annule.",
                    gras)));
        }
    }

    private PdfPCell bloc(String intitule, String texte) {
        PdfPCell c = new PdfPCell();
        c.setBorderColor(new Color(0xCC, 0xBB, 0xC2));
        c.setPadding(7);
        c.addElement(new Paragraph(intitule, new Font(gras.getBaseFont(), 8, Font.NORMAL, VIN)));
        c.addElement(new Paragraph(texte, normal));
        return c;
    }

    /**
     * The lines, drawn straight on the page at computed positions: a table of a hundred cells
     * costs OpenPDF half of an invoice's time (docs/BENCHMARKS.md), rows of text do not.
     */
    private void lignes(Document doc, PdfWriter w, Mentions m) throws DocumentException {
        boolean ht = m.facture.base() == BasePrix.HT;
        float gauche = doc.left();
        float largeur = doc.right() - doc.left();
        float[] fins = {0.50f, 0.59f, 0.75f, 0.84f, 1f};
        float designation = largeur * fins[0] - 10;
        String[] entetes = {"Désignation", "Qté", ht ? "PU HT" : "PU TTC", "TVA", ht ? "Total HT" : "Total TTC"};
        float y = w.getVerticalPosition(false) - 12;
        float hauteurEntete = 18;
        PdfContentByte cb = w.getDirectContent();
        y = rangee(cb, y, hauteurEntete, gauche, largeur, VIN);
        for (int i = 0; i < entetes.length; i++) {
            texte(
                    cb,
                    entetes[i],
                    blanc,
                    i == 0 ? gauche + 5 : gauche + largeur * fins[i] - 5,
                    y + 6,
                    i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        }
        for (LigneFacture l : m.lignes()) {
            List<String> texte = couper(l.designation(), normal.getBaseFont(), 9, designation);
            if (l.degre().signum() > 0) {
                texte.add(l.degre().stripTrailingZeros().toPlainString().replace('.', ',') + " % vol");
            }
            float hauteur = 8 + 11 * texte.size();
            if (y - hauteur < doc.bottom() + 20) {
                doc.newPage();
                y = w.getVerticalPosition(false) - 12;
            }
            y = rangee(cb, y, hauteur, gauche, largeur, null);
            float base = y + hauteur - 13;
            for (int k = 0; k < texte.size(); k++) {
                texte(cb, texte.get(k), normal, gauche + 5, base - 11 * k, Element.ALIGN_LEFT);
            }
            String[] valeurs = {
                Long.toString(l.quantite()),
                Mentions.euros(l.prixUnitaire()),
                Mentions.taux(l.tauxTva()),
                Mentions.euros(l.montant())
            };
            for (int i = 0; i < valeurs.length; i++) {
                texte(cb, valeurs[i], normal, gauche + largeur * fins[i + 1] - 5, base, Element.ALIGN_RIGHT);
            }
        }
        // Moves the document's cursor below the rows drawn by hand.
        Paragraph suite = new Paragraph(w.getVerticalPosition(false) - y, " ", petit);
        doc.add(suite);
    }

    /** A row's frame (and background), from y down; returns its bottom. */
    private static float rangee(PdfContentByte cb, float haut, float hauteur, float gauche, float largeur, Color fond) {
        float bas = haut - hauteur;
        cb.saveState();
        if (fond != null) {
            cb.setColorFill(fond);
            cb.rectangle(gauche, bas, largeur, hauteur);
            cb.fill();
        } else {
            cb.setColorStroke(new Color(0xDD, 0xDD, 0xDD));
            cb.setLineWidth(0.5f);
            cb.moveTo(gauche, bas);
            cb.lineTo(gauche + largeur, bas);
            cb.stroke();
        }
        cb.restoreState();
        return bas;
    }

    /** One line of text, written straight into the page's content (no ColumnText: it costs a layout per call). */
    private static void texte(PdfContentByte cb, String texte, Font police, float x, float y, int alignement) {
        cb.beginText();
        cb.setFontAndSize(police.getBaseFont(), police.getSize());
        cb.setColorFill(police.getColor());
        cb.showTextAligned(alignement, texte, x, y, 0);
        cb.endText();
    }

    /** Splits a text into lines of at most that width, at spaces. */
    private static List<String> couper(String texte, BaseFont police, float taille, float largeur) {
        List<String> lignes = new java.util.ArrayList<>();
        StringBuilder courante = new StringBuilder();
        for (String mot : texte.split(" ", -1)) {
            String essai = courante.isEmpty() ? mot : courante + " " + mot;
            if (!courante.isEmpty() && police.getWidthPoint(essai, taille) > largeur) {
                lignes.add(courante.toString());
                courante = new StringBuilder(mot);
            } else {
                courante = new StringBuilder(essai);
            }
        }
        lignes.add(courante.toString());
        return lignes;
    }

    private PdfPCell cellule(String texte, int alignement) {
        PdfPCell c = new PdfPCell(new Phrase(texte, normal));
        c.setPadding(5);
        c.setHorizontalAlignment(alignement);
        c.setBorderColor(new Color(0xDD, 0xDD, 0xDD));
        return c;
    }

    private void totaux(Document doc, Mentions m) throws DocumentException {
        PdfPTable tva = new PdfPTable(new float[] {1, 1.4f, 1.4f, 1.4f});
        tva.setWidthPercentage(55);
        tva.setHorizontalAlignment(Element.ALIGN_LEFT);
        tva.setSpacingBefore(12);
        for (String e : List.of("Taux TVA", "Base HT", "TVA", "TTC")) {
            PdfPCell c = new PdfPCell(new Phrase(e, gras));
            c.setBackgroundColor(FOND);
            c.setPadding(4);
            tva.addCell(c);
        }
        for (TotalTva t : m.parTaux()) {
            tva.addCell(cellule(Mentions.taux(t.taux()), Element.ALIGN_RIGHT));
            tva.addCell(cellule(Mentions.euros(t.baseHt()), Element.ALIGN_RIGHT));
            tva.addCell(cellule(Mentions.euros(t.tva()), Element.ALIGN_RIGHT));
            tva.addCell(cellule(Mentions.euros(t.ttc()), Element.ALIGN_RIGHT));
        }
        doc.add(tva);
        PdfPTable total = new PdfPTable(new float[] {1.6f, 1.2f});
        total.setWidthPercentage(40);
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        total.setSpacingBefore(6);
        ligneTotal(total, "Total HT", m.facture.totaux().ht(), false);
        ligneTotal(total, "Total TVA", m.facture.totaux().tva(), false);
        ligneTotal(
                total,
                m.facture.type() == TypeFacture.AVOIR ? "Total TTC à rembourser" : "Total TTC – net à payer",
                m.facture.totaux().ttc(),
                true);
        doc.add(total);
        m.exoneration().ifPresent(e -> doc.add(new Paragraph(e, gras)));
    }

    private void ligneTotal(PdfPTable t, String libelle, java.math.BigDecimal montant, boolean fort) {
        PdfPCell a = new PdfPCell(new Phrase(libelle, fort ? blanc : gras));
        PdfPCell b = new PdfPCell(new Phrase(Mentions.euros(montant), fort ? blanc : normal));
        b.setHorizontalAlignment(Element.ALIGN_RIGHT);
        for (PdfPCell c : List.of(a, b)) {
            c.setPadding(5);
            c.setBorderColor(new Color(0xDD, 0xDD, 0xDD));
            if (fort) {
                c.setBackgroundColor(VIN);
            }
            t.addCell(c);
        }
    }

    private void conditions(Document doc, Mentions m) throws DocumentException {
        Paragraph accise = new Paragraph(m.mentionAccise(), normal);
        accise.setSpacingBefore(12);
        doc.add(accise);
        Paragraph titrePaiement = new Paragraph("Conditions de paiement", gras);
        titrePaiement.setSpacingBefore(8);
        doc.add(titrePaiement);
        if (m.facture.type() == TypeFacture.AVOIR) {
            doc.add(new Paragraph(
                    "Remboursement par virement au plus tard le "
                            + m.facture.echeance().format(Mentions.DATE_FR)
                            + ", ou imputation sur une prochaine facture – référence " + m.numero() + ".",
                    normal));
        } else {
            doc.add(new Paragraph(
                    "Paiement au plus tard le " + m.facture.echeance().format(Mentions.DATE_FR)
                            + " par virement : IBAN " + m.vendeur.iban() + " – BIC " + m.vendeur.bic() + " – référence "
                            + m.numero() + ".",
                    normal));
        }
        doc.add(new Paragraph(Mentions.ESCOMPTE, normal));
        if (m.professionnel()) {
            doc.add(new Paragraph(Mentions.PENALITES, normal));
            doc.add(new Paragraph(Mentions.INDEMNITE, normal));
        }
    }

    /** The DSA mentions (docs/INVOICING.md §2.3): the three parties, the containers, the movement's reference. */
    private void dsa(Document doc, Mentions m, String transporteur) throws DocumentException {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(12);
        StringBuilder texte = new StringBuilder();
        texte.append("Expéditeur : ")
                .append(m.vendeur.raisonSociale())
                .append(", ")
                .append(adresse(m.vendeur.adresse()).replace('\n', ' '))
                .append(m.vendeur
                        .numeroAccise()
                        .map(a -> " – entrepositaire agréé n° " + a)
                        .orElse(""))
                .append('\n');
        texte.append("Destinataire : ")
                .append(m.client.nom())
                .append(", ")
                .append(adresse(m.adresseLivraison().orElse(m.client.adresseFacturation()))
                        .replace('\n', ' '))
                .append('\n');
        texte.append("Transporteur : ").append(transporteur).append('\n');
        for (LigneFacture l : m.lignes()) {
            texte.append(l.quantite())
                    .append(" bouteille(s) de ")
                    .append(java.math.BigDecimal.valueOf(l.contenanceMl(), 3)
                            .stripTrailingZeros()
                            .toPlainString()
                            .replace('.', ','))
                    .append(" l à ")
                    .append(l.degre().stripTrailingZeros().toPlainString().replace('.', ','))
                    .append(" % vol – ")
                    .append(l.designation())
                    .append('\n');
        }
        texte.append("Référence du mouvement : ")
                .append(m.numero())
                .append(" du ")
                .append(m.dateEmission().format(Mentions.DATE_FR));
        t.addCell(bloc("Document tenant lieu de DSA – droits acquittés", texte.toString()));
        doc.add(t);
    }

    private static String adresse(Adresse a) {
        return a.rue() + "\n" + a.codePostal() + " " + a.ville() + ("FR".equals(a.pays()) ? "" : "\n" + a.pays());
    }

    /** Embeds the CII as {@code factur-x.xml}, an /Alternative of the document, referenced from the catalog's /AF. */
    private static void joindre(PdfWriter w, byte[] xml) throws IOException {
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.MODDATE, new PdfDate());
        PdfFileSpecification fs = PdfFileSpecification.fileEmbedded(
                w, null, "factur-x.xml", xml, "text/xml", params, PdfStream.BEST_COMPRESSION);
        fs.put(new PdfName("AFRelationship"), new PdfName("Alternative"));
        fs.addDescription("Factur-X XML invoice", false);
        w.addFileAttachment("Factur-X XML invoice", fs);
        PdfArray af = new PdfArray();
        af.add(fs.getReference());
        w.getExtraCatalog().put(new PdfName("AF"), af);
    }

    private static byte[] xmp(PdfWriter w, boolean facturX) throws IOException {
        ByteArrayOutputStream xmp = new ByteArrayOutputStream();
        XmpWriter x = new XmpWriter(xmp, w.getInfo(), PdfWriter.PDFA3B);
        if (facturX) {
            x.addRdfDescription(
                    "xmlns:fx=\"" + FX + "\"",
                    "<fx:DocumentType>INVOICE</fx:DocumentType>"
                            + "<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName><fx:Version>1.0</fx:Version>"
                            + "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>");
            x.addRdfDescription(
                    "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
                            + "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
                            + "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"",
                    extension());
        }
        x.close();
        return xmp.toByteArray();
    }

    /** The PDF/A extension schema that declares the four Factur-X properties. */
    private static String extension() {
        StringBuilder proprietes = new StringBuilder();
        String[][] p = {
            {"DocumentFileName", "name of the embedded XML invoice file"},
            {"DocumentType", "INVOICE"},
            {"Version", "version of the Factur-X XML schema"},
            {"ConformanceLevel", "conformance level of the embedded XML"}
        };
        for (String[] e : p) {
            proprietes
                    .append("<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>")
                    .append(e[0])
                    .append("</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>")
                    .append("<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>")
                    .append(e[1])
                    .append("</pdfaProperty:description></rdf:li>");
        }
        return "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
                + "<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>"
                + "<pdfaSchema:namespaceURI>" + FX
                + "</pdfaSchema:namespaceURI><pdfaSchema:prefix>fx</pdfaSchema:prefix>"
                + "<pdfaSchema:property><rdf:Seq>" + proprietes + "</rdf:Seq></pdfaSchema:property>"
                + "</rdf:li></rdf:Bag></pdfaExtension:schemas>";
    }

    /** The seller's legal identity and the number on every page. */
    private final class PiedDePage extends PdfPageEventHelper {
        private final Mentions m;

        PiedDePage(Mentions m) {
            this.m = m;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            float y = 48;
            List<String> lignes = new java.util.ArrayList<>(m.identiteVendeur());
            lignes.add(m.titre() + " " + m.numero() + " – page " + writer.getPageNumber());
            for (String l : lignes) {
                ColumnText.showTextAligned(
                        cb, Element.ALIGN_CENTER, new Phrase(l, petit), (document.left() + document.right()) / 2, y, 0);
                y -= 10;
            }
        }
    }
}
