package fr.monchai.drm.vingtquatrieme;

import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.crd.TypeCapsule;
import fr.monchai.drm.modele.CategorieDrm;
import fr.monchai.drm.modele.LigneDrm;
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.modele.Sens;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A portal's movement codes for the national natures: what its {@code catalogue_mouvements.csv}
 * calls each movement of a duty-suspended balance (column TYPE MOUVEMENT), and the codes of its
 * stock lines. Capsule codes are common to every portal of the format. Immutable.
 *
 * <p>A nature without a code is one the portal refuses: {@link FormatTiers#anomalies} blocks it,
 * and the plugin lists it in the test kit's {@code naturesRefusees()}. A portal's code that is no
 * national nature (InterLoire's « manipulation », say) is given by its customs category: it is read
 * back as a line of that category, and a line known only by its category is written with it.
 */
public final class CodesMouvements {

    private final String stockDebut;
    private final String stockFin;
    private final Map<NatureDrm, String> codes;
    private final Map<NatureDrm, String> sansContrat;
    private final Map<CategorieDrm, String> parCategorie;
    private final Map<String, Classement> entrees;
    private final Map<String, Classement> sorties;
    private final Map<CategorieDrm, String> acquittes;
    private final Map<String, CategorieDrm> entreesAcquittees;
    private final Map<String, CategorieDrm> sortiesAcquittees;

    /**
     * Where a movement code files its lines.
     *
     * @param categorie the customs category
     * @param nature the national nature, when the code stands for one
     */
    public record Classement(CategorieDrm categorie, Optional<NatureDrm> nature) {}

    private CodesMouvements(Constructeur c) {
        this.stockDebut = c.stockDebut;
        this.stockFin = c.stockFin;
        this.codes = Map.copyOf(c.codes);
        this.sansContrat = Map.copyOf(c.sansContrat);
        Map<CategorieDrm, String> p = new EnumMap<>(CategorieDrm.class);
        Map<String, Classement> e = new LinkedHashMap<>();
        Map<String, Classement> s = new LinkedHashMap<>();
        for (Map.Entry<NatureDrm, String> code : c.ordre) {
            NatureDrm n = code.getKey();
            (n.categorie().sens() == Sens.ENTREE ? e : s)
                    .putIfAbsent(code.getValue(), new Classement(n.categorie(), Optional.of(n)));
            p.putIfAbsent(n.categorie(), code.getValue());
        }
        // a code given for its category first, then the catalogue's: a nature's own code stays the nature's
        for (List<Map.Entry<CategorieDrm, String>> liste : List.of(c.categories, c.duCatalogue)) {
            for (Map.Entry<CategorieDrm, String> code : liste) {
                CategorieDrm cat = code.getKey();
                (cat.sens() == Sens.ENTREE ? e : s).putIfAbsent(code.getValue(), new Classement(cat, Optional.empty()));
            }
        }
        for (Map.Entry<CategorieDrm, String> code : c.categories) {
            p.putIfAbsent(code.getKey(), code.getValue());
        }
        this.parCategorie = Map.copyOf(p);
        this.acquittes = Map.copyOf(c.acquittes);
        Map<String, CategorieDrm> ea = new LinkedHashMap<>();
        Map<String, CategorieDrm> sa = new LinkedHashMap<>();
        c.acquittes.forEach(
                (categorie, code) -> (categorie.sens() == Sens.ENTREE ? ea : sa).putIfAbsent(code, categorie));
        this.entreesAcquittees = Map.copyOf(ea);
        this.sortiesAcquittees = Map.copyOf(sa);
        this.entrees = Map.copyOf(e);
        this.sorties = Map.copyOf(s);
    }

    /**
     * {@return a builder}
     *
     * @param stockDebut the movement code of the opening stock line, such as {@code initial}
     * @param stockFin the movement code of the closing stock line, such as {@code final}
     */
    public static Constructeur stocks(String stockDebut, String stockFin) {
        return new Constructeur(stockDebut, stockFin);
    }

    /** {@return the movement code of the opening stock line} */
    public String stockDebut() {
        return stockDebut;
    }

    /** {@return the movement code of the closing stock line} */
    public String stockFin() {
        return stockFin;
    }

    /** {@return the natures the portal has a code for} */
    public Set<NatureDrm> natures() {
        return codes.keySet();
    }

    /**
     * {@return whether the portal has a code for the line}: one for its nature, or for its category
     * when the line is known by its category only
     *
     * @param l a line
     */
    public boolean accepte(LigneDrm l) {
        if (l.categorie().acquitte()) {
            return acquittes.containsKey(l.categorie());
        }
        return l.nature().map(codes::containsKey).orElseGet(() -> parCategorie.containsKey(l.categorie()));
    }

    /**
     * {@return the line's movement code}: its nature's (without a contract, the nature's
     * {@link Constructeur#sansContrat} code when it has one); for a line known by its category only, the
     * code of the category's first nature, or else the first code given for the category
     *
     * @param l a line the portal {@linkplain #accepte accepts}
     * @throws IllegalStateException for a line it has no code for (the plugin's checks block it before)
     */
    public String code(LigneDrm l) {
        if (l.nature().isEmpty()) {
            String code = (l.categorie().acquitte() ? acquittes : parCategorie).get(l.categorie());
            if (code == null) {
                throw new IllegalStateException("the portal has no movement code for " + l.categorie());
            }
            return code;
        }
        NatureDrm nature = l.nature().get();
        if (l.numeroContrat().isEmpty() && sansContrat.containsKey(nature)) {
            return sansContrat.get(nature);
        }
        String code = codes.get(nature);
        if (code == null) {
            throw new IllegalStateException("the portal has no movement code for " + nature);
        }
        return code;
    }

    /**
     * {@return where a code of that CSV category files its lines}: when several natures share a
     * code (an export and an EU delivery, say), the first one given to the builder; a code given by
     * its customs category only, without a nature
     *
     * @param categorie {@code entrees} or {@code sorties}
     * @param code a movement code
     */
    public Optional<Classement> classement(String categorie, String code) {
        return Optional.ofNullable(("entrees".equals(categorie) ? entrees : sorties).get(code));
    }

    /**
     * {@return the duty-paid category of a code of the portal's {@code acquitte} lines}
     *
     * @param categorie {@code entrees} or {@code sorties}
     * @param code a movement code, such as {@code vente}
     */
    public Optional<CategorieDrm> classementAcquitte(String categorie, String code) {
        return Optional.ofNullable(("entrees".equals(categorie) ? entreesAcquittees : sortiesAcquittees).get(code));
    }

    /**
     * {@return what differs from the portal's own movement catalogue}: each code written here that the
     * catalogue lacks, or whose customs path (column DOUANE) is not the nature's customs category. Empty
     * when every code is one the portal files where customs expect it.
     *
     * @param catalogueMouvements the portal's {@code catalogue_mouvements.csv}, as text
     * @throws IllegalArgumentException when the text is not such a catalogue
     */
    public List<String> ecartsAvec(String catalogueMouvements) {
        Map<String, String> douane = cheminsDouane(catalogueMouvements, "suspendu");
        Map<String, String> douaneAcquittes = cheminsDouane(catalogueMouvements, "acquitte");
        List<String> ecarts = new ArrayList<>();
        verifierStock(douane, "stocks_debut/" + stockDebut, "stock-debut-periode", ecarts);
        verifierStock(douane, "stocks_fin/" + stockFin, "stock-fin-periode", ecarts);
        List<Map.Entry<NatureDrm, String>> tous = new ArrayList<>(codes.entrySet());
        tous.addAll(sansContrat.entrySet());
        for (Map.Entry<NatureDrm, String> c : tous) {
            String cle = (c.getKey().categorie().sens() == Sens.ENTREE ? "entrees/" : "sorties/") + c.getValue();
            String chemin = douane.get(cle);
            if (chemin == null) {
                ecarts.add(c.getKey() + ": the portal has no movement " + cle);
            } else if (!chemin.startsWith(c.getKey().categorie().chemin())) {
                ecarts.add(c.getKey() + ": the portal files " + cle + " under " + chemin + ", not "
                        + c.getKey().categorie().chemin());
            }
        }
        for (Map.Entry<String, Classement> c : tousLesCodes()) {
            if (c.getValue().nature().isEmpty()) {
                String chemin = douane.get(c.getKey());
                if (chemin == null) {
                    ecarts.add(c.getValue().categorie() + ": the portal has no movement " + c.getKey());
                } else if (!CategorieDrm.deChemin(chemin)
                        .equals(Optional.of(c.getValue().categorie()))) {
                    ecarts.add(c.getValue().categorie() + ": the portal files " + c.getKey() + " under " + chemin);
                }
            }
        }
        acquittes.forEach((categorie, code) -> {
            String cle = (categorie.sens() == Sens.ENTREE ? "entrees/" : "sorties/") + code;
            if (!categorie.chemin().equals(douaneAcquittes.get(cle))) {
                ecarts.add(categorie + ": the portal's duty-paid " + cle + " is " + douaneAcquittes.get(cle) + ", not "
                        + categorie.chemin());
            }
        });
        return ecarts;
    }

    private List<Map.Entry<String, Classement>> tousLesCodes() {
        List<Map.Entry<String, Classement>> tous = new ArrayList<>();
        entrees.forEach((code, c) -> tous.add(Map.entry("entrees/" + code, c)));
        sorties.forEach((code, c) -> tous.add(Map.entry("sorties/" + code, c)));
        return tous;
    }

    /** The customs path (column DOUANE) of each code of a movement catalogue of that regime, by « category/code ». */
    private static Map<String, String> cheminsDouane(String catalogueMouvements, String regime) {
        Map<String, String> douane = new LinkedHashMap<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(catalogueMouvements))) {
                if (r.size() < 7) {
                    throw new IllegalArgumentException("line " + r.getRecordNumber() + " of the movement catalogue has "
                            + r.size() + " columns instead of 7 (TYPE_DRM … DOUANE)");
                }
                if (regime.equals(r.get(0))) {
                    douane.put(r.get(1) + "/" + r.get(2), r.get(6));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return douane;
    }

    private static void verifierStock(Map<String, String> douane, String cle, String chemin, List<String> ecarts) {
        if (!chemin.equals(douane.get(cle))) {
            ecarts.add("the portal has no stock line " + cle + " (" + chemin + ")");
        }
    }

    /**
     * {@return the capsule regime column, common to every portal of the format}
     *
     * @param type a capsule regime
     */
    public static String regime(TypeCapsule type) {
        return switch (type) {
            case PERSONNALISEES -> "personnalise";
            case COLLECTIVES_DROITS_SUSPENDUS -> "collectif suspendu";
            case COLLECTIVES_DROITS_ACQUITTES -> "collectif acquitte";
        };
    }

    /**
     * {@return the capsule movement column, common to every portal of the format}
     *
     * @param n a capsule movement
     */
    public static String crd(NatureCrd n) {
        return switch (n) {
            case ACHAT -> "achats";
            case RETOUR -> "retours";
            case EXCEDENT -> "excedents";
            case UTILISATION -> "utilisations";
            case DESTRUCTION -> "destructions";
            case MANQUANT -> "manquants";
            case AUTRE_ENTREE, AUTRE_SORTIE -> "autres";
        };
    }

    /** Builds a portal's codes, nature by nature. Not thread-safe; the codes it builds are. */
    public static final class Constructeur {
        private final String stockDebut;
        private final String stockFin;
        private final Map<NatureDrm, String> codes = new EnumMap<>(NatureDrm.class);
        private final Map<NatureDrm, String> sansContrat = new EnumMap<>(NatureDrm.class);
        private final List<Map.Entry<NatureDrm, String>> ordre = new ArrayList<>();
        private final List<Map.Entry<CategorieDrm, String>> categories = new ArrayList<>();
        private final List<Map.Entry<CategorieDrm, String>> duCatalogue = new ArrayList<>();
        private final Map<CategorieDrm, String> acquittes = new EnumMap<>(CategorieDrm.class);

        private Constructeur(String stockDebut, String stockFin) {
            this.stockDebut = stockDebut;
            this.stockFin = stockFin;
        }

        /**
         * {@return this builder, with that code}
         *
         * @param nature a national nature
         * @param code the portal's movement code for it
         */
        public Constructeur code(NatureDrm nature, String code) {
            codes.put(nature, code);
            ordre.add(Map.entry(nature, code));
            return this;
        }

        /**
         * {@return this builder, with the code written when a line of that nature has no contract number}
         * (a sale to another bonded warehouse outside an interprofession contract, say)
         *
         * @param nature a national nature
         * @param code the portal's movement code for it without a contract
         */
        public Constructeur sansContrat(NatureDrm nature, String code) {
            sansContrat.put(nature, code);
            ordre.add(Map.entry(nature, code));
            return this;
        }

        /**
         * {@return this builder, with a code the portal files under that category without a national
         * nature}: read back as a line of that category, and written for a line known by its category
         * only when no nature of that category has a code (the first such code given)
         *
         * @param categorie a customs category
         * @param code the portal's movement code
         */
        public Constructeur categorie(CategorieDrm categorie, String code) {
            categories.add(Map.entry(categorie, code));
            return this;
        }

        /**
         * {@return this builder, reading back every other duty-suspended code of the portal's movement
         * catalogue by the customs category of its column DOUANE}: a file the portal itself exported, with
         * codes the plugin never writes, is read back whole. A code whose path is no category is left out.
         *
         * @param catalogueMouvements the portal's {@code catalogue_mouvements.csv}, as text
         * @throws IllegalArgumentException when the text is not such a catalogue
         */
        public Constructeur catalogue(String catalogueMouvements) {
            cheminsDouane(catalogueMouvements, "suspendu").forEach((cle, chemin) -> {
                int barre = cle.indexOf('/');
                String sens = cle.substring(0, barre);
                if ("entrees".equals(sens) || "sorties".equals(sens)) {
                    CategorieDrm.deChemin(chemin)
                            .filter(c -> (c.sens() == Sens.ENTREE) == "entrees".equals(sens))
                            .ifPresent(c -> duCatalogue.add(Map.entry(c, cle.substring(barre + 1))));
                }
            });
            return this;
        }

        /**
         * {@return this builder, with the portal's code for a line of its duty-paid stock list} (its
         * {@code acquitte} lines, whose stock lines take the same codes as the suspended ones)
         *
         * @param categorie one of the {@code ACQUITTES_} categories
         * @param code the portal's movement code, such as {@code vente}
         * @throws IllegalArgumentException for a duty-suspended category
         */
        public Constructeur acquitte(CategorieDrm categorie, String code) {
            if (!categorie.acquitte()) {
                throw new IllegalArgumentException(categorie + " is not a duty-paid category");
            }
            acquittes.put(categorie, code);
            return this;
        }

        /** {@return the codes} */
        public CodesMouvements construire() {
            return new CodesMouvements(this);
        }
    }
}
