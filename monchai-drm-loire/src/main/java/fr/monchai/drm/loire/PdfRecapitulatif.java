package fr.monchai.drm.loire;

import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.crd.CapsuleService;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CompteCrdDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.DocumentSortie;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.vingtquatrieme.FormatTiers;
import fr.monchai.drm.vingtquatrieme.IdentifiantDouane;
import fr.monchai.drm.vingtquatrieme.ProduitPortail;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A readable A4 recap of the declaration (OpenPDF): per product its balance lines, then the
 * estimated excise and InterLoire CVO, the CRD account and the month's documents. The same
 * declaration gives the same bytes: dates and the file id derive from the declaration.
 */
final class PdfRecapitulatif {

    private static final DateTimeFormatter DATE_FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Color GRIS = new Color(0xEE, 0xEE, 0xEE);
    private static final Pattern ID = Pattern.compile("/ID \\[<([0-9a-fA-F]{32})><([0-9a-fA-F]{32})>\\]");

    private final CatalogueInterLoire catalogue;
    private final Font titre;
    private final Font gras;
    private final Font normal;
    private final Font petit;

    PdfRecapitulatif(CatalogueInterLoire catalogue) {
        this.catalogue = catalogue;
        try {
            BaseFont helvetica = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            BaseFont helveticaGras =
                    BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            this.titre = new Font(helveticaGras, 15, Font.NORMAL, Color.BLACK);
            this.gras = new Font(helveticaGras, 9.5f, Font.NORMAL, Color.BLACK);
            this.normal = new Font(helvetica, 9.5f, Font.NORMAL, Color.BLACK);
            this.petit = new Font(helvetica, 8, Font.NORMAL, Color.DARK_GRAY);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the standard Helvetica font is always available", e);
        }
    }

    Artefact ecrire(DeclarationDrm drm, String nom) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(doc, sortie);
        String mois = drm.periode().getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " "
                + drm.periode().getYear();
        doc.addTitle("DRM " + mois + " — " + drm.declarant().raisonSociale());
        doc.addCreator("Mon Chai");
        doc.open();
        GregorianCalendar jour = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        jour.clear();
        jour.set(
                drm.periode().getYear(),
                drm.periode().getMonthValue() - 1,
                drm.periode().lengthOfMonth());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(jour));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(jour));
        doc.add(new Paragraph("Déclaration récapitulative mensuelle — " + mois, titre));
        doc.add(new Paragraph(
                drm.declarant().raisonSociale() + " · accise " + drm.declarant().numeroAccise()
                        + drm.declarant().numeroCvi().map(c -> " · CVI " + c).orElse("")
                        + drm.declarant()
                                .identifiant("interloire")
                                .map(i -> " · InterLoire " + i)
                                .orElse(""),
                normal));
        doc.add(new Paragraph(
                "Récapitulatif pour vérification avant dépôt sur le portail InterLoire. Montants estimés : la liquidation "
                        + "officielle des droits est calculée par la douane (CIEL) à la validation ; la CVO est facturée par InterLoire.",
                petit));
        if (drm.droitsSuspendus().isEmpty()) {
            doc.add(new Paragraph(
                    drm.droitsAcquittes().isEmpty()
                            ? "\nDéclaration néant : aucun produit en droits suspendus ce mois-ci."
                            : "\nAucun produit en droits suspendus ce mois-ci.",
                    normal));
        }
        BigDecimal totalAccise = BigDecimal.ZERO;
        BigDecimal totalCvo = BigDecimal.ZERO;
        for (BalanceProduit b : drm.droitsSuspendus()) {
            Optional<ProduitPortail> c = catalogue.trouver(b.produit());
            IdentifiantDouane id = IdentifiantDouane.de(b.produit(), c);
            balance(
                    doc,
                    b,
                    b.libelle()
                            + (id.codeInao()
                                    ? " (INAO " + id.valeur().strip() + ")"
                                    : " (libellé fiscal " + id.valeur() + ")")
                            + (c.isEmpty() ? " — hors catalogue InterLoire" : "")
                            + b.produit()
                                    .tav()
                                    .map(v -> " — " + v.toPlainString().replace('.', ',') + " % vol.")
                                    .orElse("")
                            + (b.produit().premix() ? " — premix" : ""),
                    12);
            Optional<BigDecimal> accise = Estimations.accise(b, Estimations.date(drm));
            BigDecimal cvo = Estimations.cvo(
                    b, c.map(CatalogueInterLoire::perimetre).orElse(PerimetreCvo.HORS_CVO), Estimations.date(drm));
            totalAccise = totalAccise.add(accise.orElse(BigDecimal.ZERO));
            totalCvo = totalCvo.add(cvo);
            doc.add(new Paragraph(
                    accise.map(a -> "Droits d'accise estimés : " + euros(a))
                                    .orElse("Droits d'accise non estimés (produit intermédiaire : taux de la douane)")
                            + " (volume taxable " + hl(Estimations.volumeTaxable(b)) + ") · CVO InterLoire estimée : "
                            + euros(cvo),
                    petit));
        }
        if (!drm.droitsSuspendus().isEmpty()) {
            PdfPTable totaux = new PdfPTable(new float[] {5.2f, 1.6f});
            totaux.setWidthPercentage(100);
            totaux.setSpacingBefore(14);
            entete(totaux, "Montants estimés du mois", "€");
            cellules(
                    totaux,
                    "Droits d'accise (taux en vigueur le " + Estimations.date(drm) + ")",
                    euros(totalAccise),
                    false);
            cellules(totaux, "CVO InterLoire", euros(totalCvo), false);
            doc.add(totaux);
        }
        if (!drm.droitsAcquittes().isEmpty()) {
            doc.add(new Paragraph("\nStock en droits acquittés (droits déjà payés : rien à liquider)", normal));
        }
        for (BalanceProduit b : drm.droitsAcquittes()) {
            balance(doc, b, b.libelle() + " — droits acquittés", 8);
        }
        if (!drm.crd().isEmpty()) {
            PdfPTable crd = new PdfPTable(new float[] {3.4f, 1, 1, 1, 1});
            crd.setWidthPercentage(100);
            crd.setSpacingBefore(14);
            for (String e : new String[] {"Capsules CRD", "Début", "Entrées", "Sorties", "Fin"}) {
                PdfPCell cell = new PdfPCell(new Phrase(e, gras));
                cell.setBackgroundColor(GRIS);
                crd.addCell(cell);
            }
            for (CompteCrdDrm c : drm.crd()) {
                long entrees = 0;
                long sorties = 0;
                for (NatureCrd n : NatureCrd.values()) {
                    long q = c.mouvements().getOrDefault(n, 0L);
                    if (n.signe() > 0) {
                        entrees += q;
                    } else {
                        sorties += q;
                    }
                }
                crd.addCell(new Phrase(CapsuleService.libelle(c.compte()), normal));
                for (long v : new long[] {c.debut(), entrees, sorties, c.fin()}) {
                    PdfPCell cell = new PdfPCell(new Phrase(Long.toString(v), normal));
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    crd.addCell(cell);
                }
            }
            doc.add(crd);
        }
        if (!drm.documents().isEmpty()) {
            doc.add(new Paragraph("\nDocuments d'accompagnement du mois", gras));
            LocalDate finDuMois = drm.periode().atEndOfMonth();
            for (DocumentSortie d : drm.documents()) {
                String etat = switch (d.type()) {
                    case DSA -> "";
                    case DAE ->
                        d.nonApureAu(finDuMois)
                                ? " — non apuré (relevé de non-apurement)"
                                : " — apuré le " + d.apurement().orElseThrow().format(DATE_FR);
                };
                doc.add(new Paragraph(
                        d.type().libelle() + " " + d.numero() + " — expédié le "
                                + d.dateExpedition().format(DATE_FR)
                                + d.pays().map(p -> " vers " + p).orElse("")
                                + d.destinataire().map(n -> ", à " + n).orElse("")
                                + d.acciseDestinataire()
                                        .map(a -> ", destinataire " + a)
                                        .orElse("")
                                + etat,
                        normal));
            }
        }
        doc.close();
        return new Artefact(nom, "application/pdf", figerIdentifiant(sortie.toByteArray()));
    }

    /**
     * OpenPDF draws the file id from the clock; replace it, at the same length (the
     * cross-reference offsets stay right), by a digest of the rest of the file.
     */
    private static byte[] figerIdentifiant(byte[] pdf) {
        String texte = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = ID.matcher(texte);
        if (!m.find()) {
            return pdf;
        }
        String sansId = texte.substring(0, m.start()) + texte.substring(m.end());
        try {
            String id = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(sansId.getBytes(StandardCharsets.ISO_8859_1)));
            return (texte.substring(0, m.start()) + "/ID [<" + id + "><" + id + ">]" + texte.substring(m.end()))
                    .getBytes(StandardCharsets.ISO_8859_1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void entete(PdfPTable t, String gauche, String droite) {
        cellules(t, gauche, droite, true);
    }

    private void ligne(PdfPTable t, String libelle, Volume v, boolean stock) {
        cellules(t, libelle, hl(v), stock);
    }

    private void cellules(PdfPTable t, String gauche, String droite, boolean fond) {
        PdfPCell a = new PdfPCell(new Phrase(gauche, fond ? gras : normal));
        PdfPCell b = new PdfPCell(new Phrase(droite, fond ? gras : normal));
        b.setHorizontalAlignment(Element.ALIGN_RIGHT);
        if (fond) {
            a.setBackgroundColor(GRIS);
            b.setBackgroundColor(GRIS);
        }
        a.setPadding(3);
        b.setPadding(3);
        t.addCell(a);
        t.addCell(b);
    }

    /** A product's balance as a table under that heading: its stocks and lines, then its observations. */
    private void balance(Document doc, BalanceProduit b, String titre, float espace) {
        PdfPTable t = new PdfPTable(new float[] {5.2f, 1.6f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(espace);
        t.setHeaderRows(1);
        entete(t, titre, "hl");
        ligne(t, "Stock début de mois", b.stockDebut(), true);
        for (LigneDrm l : b.lignes()) {
            ligne(t, libelle(l), l.volume(), false);
        }
        ligne(t, "Stock fin de mois", b.stockFin(), true);
        doc.add(t);
        if (!b.observations().isBlank()) {
            doc.add(new Paragraph("Observations : " + b.observations(), petit));
        }
    }

    private static String libelle(LigneDrm l) {
        String base = l.nature().isEmpty()
                ? (l.categorie().sens() == fr.monchai.drm.modele.Sens.ENTREE ? "Entrée : " : "Sortie : ")
                        + l.categorie().libelle()
                : switch (l.nature().get()) {
                    case RECOLTE -> "Entrée : production (récolte)";
                    case ACHAT -> "Entrée : achats";
                    case REPLI_ENTREE -> "Entrée : repli depuis un autre produit";
                    case DECLASSEMENT_ENTREE -> "Entrée : déclassement depuis un autre produit";
                    case EXCEDENT -> "Entrée : excédent";
                    case REINTEGRATION -> "Entrée : réintégration (retour non taxé)";
                    case RETOUR_TAXE -> "Entrée : replacement en suspension (retour taxé)";
                    case VENTE_BOUTEILLES_CRD -> "Sortie : ventes France bouteilles CRD (taxable)";
                    case VENTE_VRAC_FRANCE -> "Sortie : ventes France petit vrac (taxable)";
                    case VENTE_CRD_ACQUITTES -> "Sortie : ventes France CRD acquittées";
                    case EXPORT -> "Sortie : export";
                    case LIVRAISON_UE -> "Sortie : livraison UE";
                    case VENTE_ENTREPOSITAIRE -> "Sortie : vente en vrac à un entrepositaire agréé";
                    case VENTE_ENTREPOSITAIRE_BOUTEILLES -> "Sortie : vente de bouteilles à un entrepositaire agréé";
                    case CONSOMMATION_FAMILIALE -> "Sortie : consommation familiale, dégustation";
                    case REPLI_SORTIE -> "Sortie : repli vers un autre produit";
                    case DECLASSEMENT_SORTIE -> "Sortie : déclassement vers un autre produit";
                    case INTEGRATION_VCI -> "Entrée : intégration de VCI revendiqué";
                    case REVENDICATION_VCI -> "Sortie : revendication de VCI";
                    case PERTE -> "Sortie : pertes (soutirages, lies, mise en bouteille)";
                    case MANQUANT -> "Sortie : manquant";
                    case DISTILLATION -> "Sortie : distillation";
                    case USAGE_INDUSTRIEL -> "Sortie : usage industriel (vinaigrerie, agroalimentaire)";
                    case SORTIE_TRAVAIL_A_FACON -> "Sortie temporaire : embouteillage, relogement, travail à façon";
                    case RETOUR_TRAVAIL_A_FACON ->
                        "Entrée : retour d'embouteillage, de relogement ou de travail à façon";
                };
        return base
                + l.pays().map(p -> " — " + p).orElse("")
                + l.numeroContrat().map(c -> " — contrat " + c).orElse("")
                + l.numeroDocument().map(d -> " — " + d).orElse("")
                + l.moisOrigine().map(m -> " — vente de " + m).orElse("");
    }

    private static String hl(Volume v) {
        return FormatTiers.volume(v).replace('.', ',') + " hl";
    }

    private static String euros(BigDecimal montant) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return f.format(montant).replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
    }
}
