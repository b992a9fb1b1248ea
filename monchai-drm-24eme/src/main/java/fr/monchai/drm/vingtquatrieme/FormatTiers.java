package fr.monchai.drm.vingtquatrieme;

import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Artefact;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.crd.CategorieCapsule;
import fr.monchai.core.crd.CompteCapsules;
import fr.monchai.core.crd.Contenant;
import fr.monchai.core.crd.CouleurCapsule;
import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.crd.TypeCapsule;
import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.modele.Acheteur;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.CategorieDrm;
import fr.monchai.drm.modele.CompteCrdDrm;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.modele.DocumentSortie;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.modele.PlageDocuments;
import fr.monchai.drm.modele.Sens;
import fr.monchai.drm.modele.TypeDocument;
import fr.monchai.drm.spi.LecteurDrm;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The "logiciels tiers" DRM CSV of the portals built by 24ème (docs/DRM.md §5), configured for one
 * portal by its movement codes and product catalogue: a {@code CAVE} block per product (opening
 * stock, each movement by its code, the observations, closing stock), a {@code CRD} block per kind
 * of capsule, and {@code ANNEXE} lines for the month's DSA forms (first and last) and its undischarged DAE. Comma-separated,
 * UTF-8, volumes in hl with a dot. It also reads its files back. Immutable and thread-safe.
 *
 * <p>A plugin builds one with {@link #pour}, writes with {@link #ecrire}, adds {@link #anomalies}
 * to its checks, and returns it as its {@link LecteurDrm}.
 */
public final class FormatTiers implements LecteurDrm {

    /** The header of the generic format's 20 columns. */
    public static final String EN_TETE =
            "#TYPE,PERIODE,IDENTIFIANT,ACCISE,CERTIFICATION,GENRE,APPELLATION,MENTION,LIEU,COULEUR,CEPAGE,"
                    + "COMPLEMENT,LIBELLE,TYPE_DRM,CATEGORIE MOUVEMENT,TYPE MOUVEMENT,VOLUME,PAYS EXPORT,NUMERO CONTRAT,"
                    + "NUMERO DOCUMENT ACCOMPAGNEMENT";

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    private static final CSVFormat LECTURE = CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .get();

    private final Reglage r;

    private FormatTiers(Reglage r) {
        this.r = r;
    }

    /**
     * {@return the format of that portal, with the generic 20-column header, the INAO code in the
     * label and capsule categories spelt {@code TRANQUILLE} and {@code MOUSSEUX}}
     *
     * @param interprofession the plugin's id, such as {@code bivc}: the key of the estate's id in
     *     {@link fr.monchai.drm.modele.Declarant#identifiants()}, and in capitals the prefix of the
     *     portal's rule codes ({@code BIVC-CATALOGUE})
     * @param catalogue the portal's products
     * @param codes the portal's movement codes
     */
    public static FormatTiers pour(String interprofession, CataloguePortail catalogue, CodesMouvements codes) {
        return new FormatTiers(new Reglage(interprofession, catalogue, codes, EN_TETE, false, true, "TRANQUILLE"));
    }

    /**
     * {@return this format, with the three buyer columns (price per hectolitre, buyer's excise number,
     * buyer's name) after the 20 generic ones, and that header}: filled for a sale to another bonded
     * warehouse outside an interprofession contract ({@link fr.monchai.drm.modele.LigneDrm#acheteur()})
     *
     * @param enTete the portal's header line, starting with {@code #}
     */
    public FormatTiers avecColonnesAcheteur(String enTete) {
        return new FormatTiers(
                new Reglage(r.interprofession, r.catalogue, r.codes, enTete, true, r.inaoDansLibelle, r.tranquille));
    }

    /** {@return this format, writing the product's label without its INAO code in brackets} */
    public FormatTiers sansCodeInaoDansLibelle() {
        return new FormatTiers(
                new Reglage(r.interprofession, r.catalogue, r.codes, r.enTete, r.acheteur, false, r.tranquille));
    }

    /**
     * {@return this format, spelling the still-wine capsule category that way}
     *
     * @param libelle such as {@code TRANQ}
     */
    public FormatTiers capsulesTranquilles(String libelle) {
        return new FormatTiers(
                new Reglage(r.interprofession, r.catalogue, r.codes, r.enTete, r.acheteur, r.inaoDansLibelle, libelle));
    }

    /** {@return the portal's products} */
    public CataloguePortail catalogue() {
        return r.catalogue;
    }

    /** {@return the portal's movement codes} */
    public CodesMouvements codes() {
        return r.codes;
    }

    /**
     * {@return what the portal refuses in the format itself}: a product not in its catalogue (rule
     * {@code <PREFIX>-CATALOGUE}), an INAO code of the wrong length ({@code RG19}), a movement it has no
     * code for ({@code <PREFIX>-MOUVEMENT}), an export without its country ({@code <PREFIX>-PAYS}). All
     * block the export.
     *
     * @param drm the declaration
     */
    public List<Anomalie> anomalies(DeclarationDrm drm) {
        List<Anomalie> anomalies = new ArrayList<>();
        List<BalanceProduit> toutes = new ArrayList<>(drm.droitsSuspendus());
        toutes.addAll(drm.droitsAcquittes());
        for (BalanceProduit b : toutes) {
            Optional<ProduitPortail> p = r.catalogue.trouver(b.produit());
            if (p.isEmpty()) {
                anomalies.add(new Anomalie(
                        b.libelle(),
                        r.regle() + "-CATALOGUE",
                        "le produit n'est pas dans le catalogue du portail "
                                + "(certification, genre, appellation, mention, lieu, couleur, cépage)",
                        "corrigez le produit fiscal du lot, ou chargez le catalogue complet du portail",
                        true));
            } else {
                IdentifiantDouane id = IdentifiantDouane.de(b.produit(), p);
                if (id.codeInao() && (id.valeur().length() < 6 || id.valeur().length() > 8)) {
                    anomalies.add(new Anomalie(
                            b.libelle(),
                            "RG19",
                            "le code INAO « " + id.valeur() + " » ne compte pas 6 à 8 caractères",
                            "vérifiez le catalogue",
                            true));
                }
            }
            for (LigneDrm l : b.lignes()) {
                if (!r.codes.accepte(l)) {
                    anomalies.add(new Anomalie(
                            b.libelle(),
                            r.regle() + "-MOUVEMENT",
                            "le portail n'a pas de mouvement pour « " + l.libelle() + " » (" + volume(l.volume())
                                    + " hl)",
                            "déclarez ce mouvement directement sur le portail, ou enregistrez-le autrement au registre",
                            true));
                }
                if ((l.est(NatureDrm.EXPORT) || l.est(NatureDrm.LIVRAISON_UE))
                        && l.pays().isEmpty()) {
                    anomalies.add(new Anomalie(
                            b.libelle(),
                            r.regle() + "-PAYS",
                            "une sortie à l'export ou vers l'UE de " + volume(l.volume())
                                    + " hl n'indique pas son pays de destination",
                            "documentez la sortie (pays, DAE) avant l'export",
                            true));
                }
            }
        }
        return anomalies;
    }

    /**
     * {@return the declaration as the portal's CSV}: byte-identical for the same declaration.
     *
     * @param drm a declaration that passed the checks
     * @param nom the file's name
     */
    public Artefact ecrire(DeclarationDrm drm, String nom) {
        StringWriter sortie = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(sortie, FORMAT)) {
            sortie.write(r.enTete + "\n");
            Ecriture e = new Ecriture(
                    csv,
                    String.format(
                            "%04d%02d", drm.periode().getYear(), drm.periode().getMonthValue()),
                    drm.declarant().identifiant(r.interprofession).orElse(""),
                    drm.declarant().numeroAccise(),
                    r.acheteur);
            for (BalanceProduit b : drm.droitsSuspendus()) {
                balance(e, b, "suspendu");
            }
            for (BalanceProduit b : drm.droitsAcquittes()) {
                balance(e, b, "acquitte");
            }
            for (CompteCrdDrm c : drm.crd()) {
                String categorie = switch (c.compte().categorie()) {
                    case TRANQUILLE -> r.tranquille;
                    case MOUSSEUX -> "MOUSSEUX";
                    case PRODUITS_INTERMEDIAIRES -> "PI";
                };
                String[] capsule = {
                    c.compte().couleur().map(CouleurCapsule::libelle).orElse(""),
                    categorie,
                    taille(c.compte().contenanceMl(), c.compte().contenant())
                };
                String regime = CodesMouvements.regime(c.compte().type());
                e.crd(capsule, regime, "stock_debut", "debut", c.debut());
                for (NatureCrd n : NatureCrd.values()) {
                    Long q = c.mouvements().get(n);
                    if (q != null && q > 0) {
                        e.crd(capsule, regime, n.signe() > 0 ? "entrees" : "sorties", CodesMouvements.crd(n), q);
                    }
                }
                e.crd(capsule, regime, "stock_fin", "fin", c.fin());
            }
            String[] sansProduit = {"", "", "", "", "", "", "", "", ""};
            Optional<PlageDocuments> dsa = drm.plage(TypeDocument.DSA);
            if (dsa.isPresent()) { // the number in the quantity column, as the portals' own exports write it
                e.ligne("ANNEXE", sansProduit, "", "DSADSAC", "debut", dsa.get().debut(), "", "", "");
                e.ligne("ANNEXE", sansProduit, "", "DSADSAC", "fin", dsa.get().fin(), "", "", "");
                e.ligne(
                        "ANNEXE",
                        sansProduit,
                        "",
                        "DSADSAC",
                        "nb",
                        Integer.toString(dsa.get().nombre()),
                        "",
                        "",
                        "");
            }
            for (DocumentSortie d : drm.releveNonApurement()) {
                e.ligne(
                        "ANNEXE",
                        sansProduit,
                        "",
                        "NONAPUREMENT",
                        "",
                        "",
                        d.dateExpedition().toString(),
                        d.acciseDestinataire().orElse(""),
                        d.numero());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Artefact(nom, "text/csv; charset=utf-8", sortie.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A product's CAVE lines in that regime: opening stock, movements, complements, closing stock. */
    private void balance(Ecriture e, BalanceProduit b, String regime) throws IOException {
        String[] produit = colonnesProduit(b.produit());
        e.cave(
                regime,
                produit,
                "stocks_debut",
                r.codes.stockDebut(),
                volume(b.stockDebut()),
                "",
                "",
                "",
                Optional.empty());
        for (LigneDrm l : b.lignes()) {
            String date = l.moisOrigine().map(m -> m.atEndOfMonth().toString()).orElse("");
            e.cave(
                    regime,
                    produit,
                    l.categorie().sens() == Sens.ENTREE ? "entrees" : "sorties",
                    r.codes.code(l),
                    volume(l.volume()),
                    l.pays().orElse(date),
                    l.numeroContrat().orElse(""),
                    l.numeroDocument().orElse(""),
                    l.acheteur());
        }
        // the complements customs want (README « informations complémentaires »): strength, premix, observations
        if (b.produit().tav().isPresent()) {
            e.cave(
                    regime,
                    produit,
                    "complement",
                    "TAV",
                    b.produit().tav().get().toPlainString(),
                    "",
                    "",
                    "",
                    Optional.empty());
        }
        if (b.produit().premix()) {
            e.cave(regime, produit, "complement", "premix", "true", "", "", "", Optional.empty());
        }
        if (!b.observations().isBlank()) {
            e.cave(regime, produit, "complement", "observations", b.observations(), "", "", "", Optional.empty());
        }
        e.cave(regime, produit, "stocks_fin", r.codes.stockFin(), volume(b.stockFin()), "", "", "", Optional.empty());
    }

    /** Columns 5 to 13: the portal's spelling of the product when the catalogue knows it. */
    private String[] colonnesProduit(ProduitFiscal p) {
        Optional<ProduitPortail> c = r.catalogue.trouver(p);
        if (c.isPresent()) {
            ProduitPortail i = c.get();
            String code = p.codeInao().isBlank() ? i.codeInao() : p.codeInao();
            return new String[] {
                i.certification(),
                i.genre(),
                i.appellation(),
                i.mention(),
                i.lieu(),
                i.couleur(),
                i.cepage(),
                "",
                r.inaoDansLibelle ? p.libelleDouane() + " (" + code + ")" : p.libelleDouane()
            };
        }
        String certification = switch (p.certification()) {
            case AOP -> "AOP";
            case IGP -> "IGP";
            case VSIG -> "Vins sans IG";
            case VDN_VDL -> "VDN-VDL";
        };
        String genre = switch (p.genre()) {
            case TRANQUILLE -> "";
            case MOUSSEUX -> "Mousseux";
            case VCI -> "VCI";
        };
        String couleur = switch (p.couleur()) {
            case BLANC -> "Blanc";
            case ROUGE -> "Rouge";
            case ROSE -> "Rosé";
        };
        String libelle = r.inaoDansLibelle && !p.codeInao().isBlank()
                ? p.libelleDouane() + " (" + p.codeInao() + ")"
                : p.libelleDouane();
        return new String[] {
            certification, genre, p.appellation(), p.mention(), p.lieu(), couleur, p.cepage(), "", libelle
        };
    }

    /**
     * {@return a capsule size as the portals write it, such as « Bouteille 75 cl » or « BIB 3l »}, the
     * container {@linkplain Contenant#deduit deduced} from the size
     *
     * @param contenanceMl the container's size in millilitres
     */
    public static String taille(int contenanceMl) {
        return taille(contenanceMl, Contenant.deduit(contenanceMl));
    }

    /**
     * {@return a capsule size as the portals write it, such as « Bouteille 300 cl » or « BIB 1,5l »}
     *
     * @param contenanceMl the container's size in millilitres
     * @param contenant a bottle or a BIB
     */
    public static String taille(int contenanceMl, Contenant contenant) {
        if (contenant == Contenant.BIB) {
            return "BIB "
                    + BigDecimal.valueOf(contenanceMl, 3)
                            .stripTrailingZeros()
                            .toPlainString()
                            .replace('.', ',') + "l";
        }
        return "Bouteille "
                + BigDecimal.valueOf(contenanceMl, 1)
                        .stripTrailingZeros()
                        .toPlainString()
                        .replace('.', ',') + " cl";
    }

    /**
     * {@return hectolitres with at least two decimals and at most five, such as {@code 120.00} or {@code 0.45075}}
     *
     * @param v a volume
     */
    public static String volume(Volume v) {
        BigDecimal hl = v.enHl();
        return hl.setScale(Math.max(2, hl.scale())).toPlainString();
    }

    /**
     * Reads the {@code CAVE} lines back into balances, by the label of column 13 (without its INAO code):
     * opening and closing stock, each movement by the nature its code was written for (by its customs
     * category alone when the code stands for no nature), the observations.
     *
     * @param artefacts the files, as {@link #ecrire} wrote them
     * @return the balances, in the file's order
     * @throws IllegalArgumentException when there is no CSV among them, or a movement code is not the portal's
     */
    @Override
    public List<BalanceProduit> lire(List<Artefact> artefacts) {
        return lire(artefacts, false);
    }

    /**
     * Reads the {@code CAVE} lines of the duty-paid stock list ({@code acquitte}) back into balances, as
     * {@link #lire} does the suspended ones: each movement by its duty-paid category.
     *
     * @param artefacts the files, as {@link #ecrire} wrote them
     * @return the balances, in the file's order
     * @throws IllegalArgumentException when there is no CSV among them, or a movement code is not the portal's
     */
    @Override
    public List<BalanceProduit> lireAcquittes(List<Artefact> artefacts) {
        return lire(artefacts, true);
    }

    private List<BalanceProduit> lire(List<Artefact> artefacts, boolean acquittes) {
        Artefact csv = csv(artefacts);
        Map<String, Lu> parLibelle = new LinkedHashMap<>();
        try {
            for (CSVRecord rec : LECTURE.parse(new StringReader(csv.texte()))) {
                if (!"CAVE".equals(rec.get(0))
                        || "acquitte".equalsIgnoreCase(rec.get(13).strip()) != acquittes) {
                    continue;
                }
                java.util.regex.Matcher m = LIBELLE_ET_CODE.matcher(rec.get(12));
                String libelle = m.matches() ? m.group(1) : rec.get(12);
                Lu lu = parLibelle.computeIfAbsent(libelle, Lu::new);
                if (m.matches() && IdentifiantDouane.estCodeInao(m.group(2))) {
                    lu.codeInao = m.group(2);
                }
                String categorie = rec.get(14);
                Volume v = "complement".equals(categorie)
                        ? Volume.ZERO
                        : Volume.hl(rec.get(16).strip().replace(',', '.'));
                switch (categorie) {
                    case "stocks_debut" -> lu.debut = v;
                    case "stocks_fin" -> lu.fin = v;
                    case "complement" -> lu.complement(rec.get(15).strip(), rec.get(16), rec.getRecordNumber());
                    default -> {
                        CodesMouvements.Classement c = (acquittes
                                        ? r.codes
                                                .classementAcquitte(categorie, rec.get(15))
                                                .map(k -> new CodesMouvements.Classement(k, Optional.empty()))
                                        : r.codes.classement(categorie, rec.get(15)))
                                .orElseThrow(() -> new IllegalArgumentException("unknown movement " + rec.get(13) + "/"
                                        + categorie + "/" + rec.get(15) + " line " + rec.getRecordNumber()));
                        boolean replacement = c.categorie() == CategorieDrm.REPLACEMENT_SUSPENSION;
                        String pays = rec.get(17).strip();
                        Optional<YearMonth> origine =
                                replacement && !pays.isBlank() ? Optional.of(mois(pays)) : Optional.empty();
                        Optional<Acheteur> acheteur =
                                rec.size() > 22 && !rec.get(22).isBlank()
                                        ? Optional.of(new Acheteur(
                                                rec.get(22).strip(),
                                                vide(rec.get(21)),
                                                new BigDecimal(rec.get(20).strip())))
                                        : Optional.empty();
                        lu.lignes.add(new LigneDrm(
                                c.categorie(),
                                c.nature(),
                                v,
                                replacement ? Optional.empty() : vide(pays),
                                vide(rec.get(18)),
                                vide(rec.get(19)),
                                origine,
                                acheteur));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parLibelle.values().stream().map(Lu::balance).toList();
    }

    /**
     * Reads the {@code CRD} lines back into capsule accounts: the colour (column 5, when given), the
     * regime (column 14), the category (column 6) and the container and its size (column 7, « Bouteille
     * 75 cl » or « BIB 3l »), the opening and closing stocks and each movement.
     *
     * @param artefacts the files, as {@link #ecrire} wrote them
     * @return the accounts, in the file's order
     * @throws IllegalArgumentException when there is no CSV among them, or a capsule line is not the format's
     */
    @Override
    public List<CompteCrdDrm> lireCapsules(List<Artefact> artefacts) {
        Artefact csv = csv(artefacts);
        Map<CompteCapsules, long[]> stocks = new LinkedHashMap<>();
        Map<CompteCapsules, Map<NatureCrd, Long>> mouvements = new LinkedHashMap<>();
        try {
            for (CSVRecord rec : LECTURE.parse(new StringReader(csv.texte()))) {
                if (!"CRD".equals(rec.get(0))) {
                    continue;
                }
                String taille = rec.get(6).strip();
                CompteCapsules compte = new CompteCapsules(
                        categorieCapsule(rec.get(5).strip()),
                        regime(rec.get(13).strip()),
                        contenance(taille),
                        taille.startsWith("BIB") ? Contenant.BIB : Contenant.BOUTEILLE,
                        couleurCapsule(rec.get(4).strip(), rec.getRecordNumber()));
                long quantite = Long.parseLong(rec.get(16).strip());
                long[] s = stocks.computeIfAbsent(compte, k -> new long[2]);
                Map<NatureCrd, Long> m =
                        mouvements.computeIfAbsent(compte, k -> new java.util.EnumMap<>(NatureCrd.class));
                switch (rec.get(14).strip()) {
                    case "stock_debut" -> s[0] = quantite;
                    case "stock_fin" -> s[1] = quantite;
                    case "entrees", "sorties" ->
                        m.merge(
                                natureCrd(rec.get(14).strip(), rec.get(15).strip(), rec.getRecordNumber()),
                                quantite,
                                Long::sum);
                    default ->
                        throw new IllegalArgumentException(
                                "unknown capsule line " + rec.get(14) + " line " + rec.getRecordNumber());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CompteCrdDrm> comptes = new ArrayList<>();
        stocks.forEach((c, s) -> comptes.add(new CompteCrdDrm(c, s[0], Map.copyOf(mouvements.get(c)), s[1], "")));
        return comptes;
    }

    private CategorieCapsule categorieCapsule(String texte) {
        if (texte.equalsIgnoreCase(r.tranquille) || texte.equalsIgnoreCase("TRANQUILLE")) {
            return CategorieCapsule.TRANQUILLE;
        }
        if (texte.equalsIgnoreCase("MOUSSEUX")) {
            return CategorieCapsule.MOUSSEUX;
        }
        if (texte.equalsIgnoreCase("PI")) {
            return CategorieCapsule.PRODUITS_INTERMEDIAIRES;
        }
        throw new IllegalArgumentException("unknown capsule category " + texte);
    }

    /** Column 5 of a capsule line: empty, or a colour as the portals write it (« VERT », « LIE DE VIN »). */
    private static Optional<CouleurCapsule> couleurCapsule(String texte, long ligne) {
        if (texte.isEmpty()) {
            return Optional.empty();
        }
        for (CouleurCapsule c : CouleurCapsule.values()) {
            if (c.libelle().equalsIgnoreCase(texte) || c.name().equalsIgnoreCase(texte)) {
                return Optional.of(c);
            }
        }
        throw new IllegalArgumentException("unknown capsule colour " + texte + " line " + ligne);
    }

    private static TypeCapsule regime(String texte) {
        for (TypeCapsule t : TypeCapsule.values()) {
            if (CodesMouvements.regime(t).equals(texte)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown capsule regime " + texte);
    }

    private static NatureCrd natureCrd(String categorie, String code, long ligne) {
        int signe = "entrees".equals(categorie) ? 1 : -1;
        for (NatureCrd n : NatureCrd.values()) {
            if (n.signe() == signe && CodesMouvements.crd(n).equals(code)) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown capsule movement " + categorie + "/" + code + " line " + ligne);
    }

    private static Artefact csv(List<Artefact> artefacts) {
        return artefacts.stream()
                .filter(a -> a.typeMedia().startsWith("text/csv"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no DRM CSV among " + artefacts));
    }

    private static final java.util.regex.Pattern TAILLE =
            java.util.regex.Pattern.compile("(Bouteille|BIB) ?([0-9]+(?:,[0-9]+)?) ?(cl|l)");

    /** The inverse of {@link #taille}: « Bouteille 37,5 cl » is 375 ml, « BIB 3l » 3,000 ml. */
    static int contenance(String taille) {
        java.util.regex.Matcher m = TAILLE.matcher(taille);
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown container size " + taille);
        }
        BigDecimal valeur = new BigDecimal(m.group(2).replace(',', '.'));
        return valeur.movePointRight("cl".equals(m.group(3)) ? 1 : 3).intValueExact();
    }

    /** A replacement's month as this format writes it (the month's last day) or as the README spells it (AAAAMM). */
    private static YearMonth mois(String texte) {
        return texte.matches("[0-9]{6}")
                ? YearMonth.of(Integer.parseInt(texte.substring(0, 4)), Integer.parseInt(texte.substring(4)))
                : YearMonth.from(LocalDate.parse(texte));
    }

    /** A label with its INAO code in parentheses, as {@code inaoDansLibelle} writes it. */
    private static final java.util.regex.Pattern LIBELLE_ET_CODE =
            java.util.regex.Pattern.compile("(.*) \\(([^()]*)\\)");

    private static Optional<String> vide(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    /** A portal's settings of the format. */
    private record Reglage(
            String interprofession,
            CataloguePortail catalogue,
            CodesMouvements codes,
            String enTete,
            boolean acheteur,
            boolean inaoDansLibelle,
            String tranquille) {

        /** The prefix of the portal's rule codes: the plugin's id in capitals. */
        String regle() {
            return interprofession.toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** The columns every line shares, and the buyer columns when the portal has them. */
    private record Ecriture(CSVPrinter csv, String periode, String identifiant, String accise, boolean acheteur) {

        void cave(
                String regime,
                String[] produit,
                String categorie,
                String type,
                String valeur,
                String pays,
                String contrat,
                String document,
                Optional<Acheteur> par)
                throws IOException {
            List<String> ligne = entete("CAVE", produit);
            ligne.addAll(List.of(regime, categorie, type, valeur, pays, contrat, document));
            if (acheteur) {
                ligne.add(par.map(a -> a.prixHl().toPlainString()).orElse(""));
                ligne.add(par.flatMap(Acheteur::numeroAccise).orElse(""));
                ligne.add(par.map(Acheteur::nom).orElse(""));
            }
            csv.printRecord(ligne);
        }

        void crd(String[] capsule, String regime, String categorie, String type, long quantite) throws IOException {
            String[] produit = {capsule[0], capsule[1], capsule[2], "", "", "", "", "", ""};
            ligne("CRD", produit, regime, categorie, type, Long.toString(quantite), "", "", "");
        }

        private List<String> entete(String type, String[] produit) {
            List<String> ligne = new ArrayList<>(List.of(type, periode, identifiant, accise));
            ligne.addAll(Arrays.asList(produit));
            return ligne;
        }

        void ligne(String type, String[] produit, String... suite) throws IOException {
            List<String> ligne = entete(type, produit);
            ligne.addAll(Arrays.asList(suite));
            if (acheteur) {
                ligne.addAll(Collections.nCopies(3, ""));
            }
            csv.printRecord(ligne);
        }
    }

    /** A product read back: its label, its INAO code from the label's parentheses, its complements and lines. */
    private static final class Lu {
        private final String libelle;
        private String codeInao = "";
        private Optional<BigDecimal> tav = Optional.empty();
        private boolean premix;
        private Volume debut = Volume.ZERO;
        private Volume fin = Volume.ZERO;
        private String observations = "";
        private final List<LigneDrm> lignes = new ArrayList<>();

        Lu(String libelle) {
            this.libelle = libelle;
        }

        /** A {@code complement} line: the README's TAV (a number), premix (a boolean) or observations (text). */
        void complement(String type, String valeur, long ligne) {
            switch (type.toLowerCase(java.util.Locale.ROOT)) {
                case "tav" -> tav = Optional.of(new BigDecimal(valeur.strip().replace(',', '.')));
                case "premix" -> premix = Boolean.parseBoolean(valeur.strip()) || "1".equals(valeur.strip());
                case "observations" -> observations = valeur;
                default -> throw new IllegalArgumentException("unknown complement " + type + " line " + ligne);
            }
        }

        BalanceProduit balance() {
            ProduitFiscal produit = new ProduitFiscal(
                    Certification.AOP,
                    Genre.TRANQUILLE,
                    libelle,
                    "",
                    "",
                    Couleur.BLANC,
                    "",
                    libelle,
                    codeInao,
                    tav,
                    premix);
            return new BalanceProduit(produit, debut, lignes, fin, observations);
        }
    }
}
