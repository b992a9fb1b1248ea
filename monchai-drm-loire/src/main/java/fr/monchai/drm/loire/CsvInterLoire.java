package fr.monchai.drm.loire;

import fr.monchai.core.commun.Volume;
import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.crd.CategorieCapsule;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.commun.Artefact;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CompteCrdDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.DocumentSortie;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.spi.LecteurDrm;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The InterLoire "import DRM logiciel tiers" CSV (docs/DRM.md §5): a {@code CAVE} block per
 * product ({@code stocks_debut}, each movement by its code, the observations, {@code
 * stocks_fin}), a {@code CRD} block per kind of capsule, and {@code ANNEXE} lines for the
 * month's accompanying documents. Comma-separated, UTF-8, volumes in hl with a dot.
 */
final class CsvInterLoire implements LecteurDrm {

    static final String EN_TETE = "#TYPE,PERIODE,IDENTIFIANT,ACCISE,CERTIFICATION,GENRE,APPELLATION,MENTION,LIEU,COULEUR,CEPAGE,"
            + "COMPLEMENT,LIBELLE,TYPE_DRM,CATEGORIE MOUVEMENT,TYPE MOUVEMENT,VOLUME,PAYS EXPORT,NUMERO CONTRAT,"
            + "NUMERO DOCUMENT ACCOMPAGNEMENT";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    private static final CSVFormat LECTURE = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).get();

    private final CatalogueInterLoire catalogue;

    CsvInterLoire(CatalogueInterLoire catalogue) {
        this.catalogue = catalogue;
    }

    Artefact ecrire(DeclarationDrm drm, String nom) {
        StringWriter sortie = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(sortie, FORMAT)) {
            sortie.write(EN_TETE + "\n");
            String periode = String.format("%04d%02d", drm.periode().getYear(), drm.periode().getMonthValue());
            String identifiant = drm.declarant().identifiantInterprofession().orElse("");
            String accise = drm.declarant().numeroAccise();
            for (BalanceProduit b : drm.droitsSuspendus()) {
                String[] produit = colonnesProduit(b.produit());
                cave(csv, periode, identifiant, accise, produit, "stocks_debut", "revendique", volume(b.stockDebut()), "", "", "");
                for (LigneDrm l : b.lignes()) {
                    String date = l.moisOrigine().map(m -> m.atEndOfMonth().toString()).orElse("");
                    cave(csv, periode, identifiant, accise, produit, CodesInterLoire.categorie(l), CodesInterLoire.code(l),
                            volume(l.volume()), l.pays().orElse(date), l.numeroContrat().orElse(""), l.numeroDocument().orElse(""));
                }
                if (!b.observations().isBlank()) {
                    cave(csv, periode, identifiant, accise, produit, "complement", "observations", b.observations(), "", "", "");
                }
                cave(csv, periode, identifiant, accise, produit, "stocks_fin", "revendique", volume(b.stockFin()), "", "", "");
            }
            for (CompteCrdDrm c : drm.crd()) {
                String[] capsule = {"", c.compte().categorie() == CategorieCapsule.TRANQUILLE ? "TRANQUILLE" : "MOUSSEUX",
                        taille(c.compte().contenanceMl())};
                String regime = CodesInterLoire.regime(c.compte().type());
                crd(csv, periode, identifiant, accise, capsule, regime, "stock_debut", "debut", c.debut());
                for (NatureCrd n : NatureCrd.values()) {
                    Long q = c.mouvements().get(n);
                    if (q != null && q > 0) {
                        crd(csv, periode, identifiant, accise, capsule, regime, n.signe() > 0 ? "entrees" : "sorties",
                                CodesInterLoire.crd(n), q);
                    }
                }
                crd(csv, periode, identifiant, accise, capsule, regime, "stock_fin", "fin", c.fin());
            }
            for (DocumentSortie d : drm.documents()) {
                csv.printRecord("ANNEXE", periode, identifiant, accise, "", "", "", "", "", "", "", "", "", "", "NONAPUREMENT", "", "",
                        d.dateExpedition().toString(), d.acciseDestinataire().orElse(""), d.numero());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Artefact(nom, "text/csv; charset=utf-8", sortie.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Columns 5 to 13: the portal's spelling of the product when the catalogue knows it. */
    private String[] colonnesProduit(ProduitFiscal p) {
        Optional<ProduitInterLoire> c = catalogue.trouver(p);
        if (c.isPresent()) {
            ProduitInterLoire i = c.get();
            return new String[] {i.certification(), i.genre(), i.appellation(), i.mention(), i.lieu(), i.couleur(), i.cepage(), "",
                    p.libelleDouane() + " (" + i.codeInao() + ")"};
        }
        String certification = switch (p.certification()) {
            case AOP -> "AOP";
            case IGP -> "IGP";
            case VSIG -> "Vins sans IG";
        };
        String genre = switch (p.genre()) {
            case TRANQUILLE -> "";
            case MOUSSEUX -> "Mousseux";
            case VCI -> "VCI";
        };
        return new String[] {certification, genre, p.appellation(), p.mention(), p.lieu(), couleur(p.couleur()), p.cepage(), "",
                p.libelleDouane()};
    }

    private static String couleur(Couleur c) {
        return switch (c) {
            case BLANC -> "Blanc";
            case ROUGE -> "Rouge";
            case ROSE -> "Rosé";
        };
    }

    private static void cave(CSVPrinter csv, String periode, String identifiant, String accise, String[] produit, String categorie,
            String type, String valeur, String pays, String contrat, String document) throws IOException {
        List<String> ligne = new ArrayList<>(List.of("CAVE", periode, identifiant, accise));
        ligne.addAll(Arrays.asList(produit));
        ligne.addAll(List.of("suspendu", categorie, type, valeur, pays, contrat, document));
        csv.printRecord(ligne);
    }

    private static void crd(CSVPrinter csv, String periode, String identifiant, String accise, String[] capsule, String regime,
            String categorie, String type, long quantite) throws IOException {
        csv.printRecord("CRD", periode, identifiant, accise, capsule[0], capsule[1], capsule[2], "", "", "", "", "", "", regime,
                categorie, type, Long.toString(quantite), "", "", "");
    }

    /** @return a size label as the portal writes it, such as « Bouteille 75 cl » or « BIB 3l » */
    static String taille(int contenanceMl) {
        if (contenanceMl > 2000) {
            return "BIB " + BigDecimal.valueOf(contenanceMl, 3).stripTrailingZeros().toPlainString().replace('.', ',') + "l";
        }
        return "Bouteille " + BigDecimal.valueOf(contenanceMl, 1).stripTrailingZeros().toPlainString().replace('.', ',') + " cl";
    }

    /** @return hectolitres with at least two decimals and at most five, such as {@code 120.00} or {@code 0.45075} */
    static String volume(Volume v) {
        BigDecimal hl = v.enHl();
        return hl.setScale(Math.max(2, hl.scale())).toPlainString();
    }

    @Override
    public List<BalanceProduit> lire(List<Artefact> artefacts) {
        Artefact csv = artefacts.stream().filter(a -> a.typeMedia().startsWith("text/csv")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no InterLoire CSV among " + artefacts));
        Map<String, Lu> parLibelle = new LinkedHashMap<>();
        try {
            for (CSVRecord r : LECTURE.parse(new StringReader(csv.texte()))) {
                if (!"CAVE".equals(r.get(0))) {
                    continue;
                }
                String libelle = r.get(12).replaceFirst(" \\([^()]*\\)$", "");
                Lu lu = parLibelle.computeIfAbsent(libelle, k -> new Lu(k));
                Volume v = "complement".equals(r.get(14)) ? Volume.ZERO : Volume.hl(r.get(16).replace(',', '.'));
                switch (r.get(14)) {
                    case "stocks_debut" -> lu.debut = v;
                    case "stocks_fin" -> lu.fin = v;
                    case "complement" -> lu.observations = r.get(16);
                    default -> {
                        NatureDrm nature = CodesInterLoire.nature(r.get(14), r.get(15)).orElseThrow(
                                () -> new IllegalArgumentException("unknown movement " + r.get(14) + "/" + r.get(15) + " line "
                                        + r.getRecordNumber()));
                        Optional<YearMonth> origine = nature == NatureDrm.RETOUR_TAXE && !r.get(17).isBlank()
                                ? Optional.of(YearMonth.from(java.time.LocalDate.parse(r.get(17)))) : Optional.empty();
                        Optional<String> pays = nature == NatureDrm.RETOUR_TAXE || r.get(17).isBlank() ? Optional.empty()
                                : Optional.of(r.get(17));
                        lu.lignes.add(new LigneDrm(nature, v, pays, vide(r.get(18)), vide(r.get(19)), origine));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parLibelle.values().stream().map(Lu::balance).toList();
    }

    private static Optional<String> vide(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    /** A product read back. */
    private static final class Lu {
        private final String libelle;
        private Volume debut = Volume.ZERO;
        private Volume fin = Volume.ZERO;
        private String observations = "";
        private final List<LigneDrm> lignes = new ArrayList<>();

        Lu(String libelle) {
            this.libelle = libelle;
        }

        BalanceProduit balance() {
            ProduitFiscal produit = new ProduitFiscal(Certification.AOP, Genre.TRANQUILLE, libelle, "", "", Couleur.BLANC, "", libelle);
            return new BalanceProduit(produit, debut, lignes, fin, observations);
        }
    }
}
