package fr.monchai.drm.tiers;

import fr.monchai.core.crd.NatureCrd;
import fr.monchai.core.crd.TypeCapsule;
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
 * and the plugin lists it in the test kit's {@code naturesRefusees()}.
 */
public final class CodesMouvements {

    private final String stockDebut;
    private final String stockFin;
    private final Map<NatureDrm, String> codes;
    private final Map<NatureDrm, String> sansContrat;
    private final Map<String, NatureDrm> entrees;
    private final Map<String, NatureDrm> sorties;

    private CodesMouvements(Constructeur c) {
        this.stockDebut = c.stockDebut;
        this.stockFin = c.stockFin;
        this.codes = Map.copyOf(c.codes);
        this.sansContrat = Map.copyOf(c.sansContrat);
        Map<String, NatureDrm> e = new LinkedHashMap<>();
        Map<String, NatureDrm> s = new LinkedHashMap<>();
        for (Map.Entry<NatureDrm, String> code : c.ordre) {
            (code.getKey().categorie().sens() == Sens.ENTREE ? e : s).putIfAbsent(code.getValue(), code.getKey());
        }
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
     * {@return the line's movement code}
     *
     * @param l a line of a nature the portal has a code for
     * @throws IllegalStateException for a nature it has none for (the plugin's checks block it before)
     */
    public String code(LigneDrm l) {
        if (l.numeroContrat().isEmpty() && sansContrat.containsKey(l.nature())) {
            return sansContrat.get(l.nature());
        }
        String code = codes.get(l.nature());
        if (code == null) {
            throw new IllegalStateException("the portal has no movement code for " + l.nature());
        }
        return code;
    }

    /**
     * {@return the nature a code of that category was written for}: when several natures share a
     * code (an export and an EU delivery, say), the first one given to the builder.
     *
     * @param categorie {@code entrees} or {@code sorties}
     * @param code a movement code
     */
    public Optional<NatureDrm> nature(String categorie, String code) {
        return Optional.ofNullable(("entrees".equals(categorie) ? entrees : sorties).get(code));
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
        Map<String, String> douane = new LinkedHashMap<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(catalogueMouvements))) {
                if (r.size() < 7) {
                    throw new IllegalArgumentException("line " + r.getRecordNumber() + " of the movement catalogue has " + r.size()
                            + " columns instead of 7 (TYPE_DRM … DOUANE)");
                }
                if ("suspendu".equals(r.get(0))) {
                    douane.put(r.get(1) + "/" + r.get(2), r.get(6));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                ecarts.add(c.getKey() + ": the portal files " + cle + " under " + chemin + ", not " + c.getKey().categorie().chemin());
            }
        }
        return ecarts;
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

        /** {@return the codes} */
        public CodesMouvements construire() {
            return new CodesMouvements(this);
        }
    }
}
