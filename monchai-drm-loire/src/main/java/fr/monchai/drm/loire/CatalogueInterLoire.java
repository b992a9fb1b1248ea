package fr.monchai.drm.loire;

import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The InterLoire product catalogue: a built-in set of the main products, or the portal's
 * full {@code catalogue_produits.csv} loaded from a file. It finds the portal's product for
 * a fiscal product, comparing names without case or accents.
 */
public final class CatalogueInterLoire {

    /**
     * The AOCs in InterLoire's scope (docs/DRM.md §8.1, the portal's {@code AOC_INTERLOIRE}), by
     * the start of their normalised name: the portal's catalogue also lists other regions'.
     */
    private static final List<String> AOC_INTERLOIRE = List.of("muscadet", "gros plant", "coteaux d'ancenis", "rose de loire",
            "cremant de loire", "anjou", "rose d'anjou", "cabernet d'anjou", "saumur", "cabernet de saumur", "coteaux de saumur",
            "coteaux du layon", "coteaux de l'aubance", "bonnezeaux", "quarts de chaume", "savennieres", "touraine", "vouvray",
            "chinon", "saint-nicolas-de-bourgueil", "st nicolas de bourgueil", "jasnieres", "coteaux du loir", "coteaux du vendomois",
            "haut-poitou");

    private final List<ProduitInterLoire> produits;

    private CatalogueInterLoire(List<ProduitInterLoire> produits) {
        this.produits = List.copyOf(produits);
    }

    /** {@return the built-in catalogue of the main InterLoire products} */
    public static CatalogueInterLoire integre() {
        try (InputStream in = CatalogueInterLoire.class.getResourceAsStream("produits-interloire.csv")) {
            return lire(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return that catalogue}
     *
     * @param fichier the portal's {@code catalogue_produits.csv} (columns CERTIFICATION … IDENTIFIANT INAO)
     * @throws IllegalArgumentException when the file is not such a catalogue
     */
    public static CatalogueInterLoire charger(Path fichier) {
        try (Reader r = Files.newBufferedReader(fichier, StandardCharsets.UTF_8)) {
            return lire(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the InterLoire catalogue " + fichier, e);
        }
    }

    /**
     * {@return that catalogue}
     *
     * @param contenu the portal's {@code catalogue_produits.csv}, as text
     * @throws IllegalArgumentException when the text is not such a catalogue
     */
    public static CatalogueInterLoire depuisTexte(String contenu) {
        try {
            return lire(new java.io.StringReader(contenu));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("le catalogue InterLoire est illisible : " + e.getMessage(), e);
        }
    }

    private static CatalogueInterLoire lire(Reader r) throws IOException {
        List<ProduitInterLoire> produits = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).get();
        for (CSVRecord rec : format.parse(r)) {
            if (rec.size() < 9) {
                throw new IllegalArgumentException("la ligne " + rec.getRecordNumber() + " du catalogue compte " + rec.size()
                        + " colonnes au lieu de 9 (CERTIFICATION … IDENTIFIANT INAO)");
            }
            if (rec.get(0).equalsIgnoreCase("CERTIFICATION")) {
                continue;
            }
            String certification = rec.get(0).strip();
            String genre = rec.get(1).strip();
            String appellation = rec.get(2).strip();
            produits.add(new ProduitInterLoire(certification, genre, appellation, rec.get(3).strip(), rec.get(4).strip(),
                    rec.get(5).strip(), rec.get(6).strip(), rec.get(7).strip(), rec.get(8).strip(),
                    perimetre(certification, genre, appellation)));
        }
        if (produits.isEmpty()) {
            throw new IllegalArgumentException("le catalogue InterLoire ne contient aucun produit");
        }
        return new CatalogueInterLoire(produits);
    }

    private static PerimetreCvo perimetre(String certification, String genre, String appellation) {
        if (normaliser(genre).equals("vci")) {
            return PerimetreCvo.HORS_CVO;
        }
        return switch (certification(certification).orElse(Certification.VSIG)) {
            case AOP -> AOC_INTERLOIRE.stream().anyMatch(normaliser(appellation)::startsWith) ? PerimetreCvo.AOC_INTERLOIRE
                    : PerimetreCvo.HORS_CVO;
            case IGP -> normaliser(appellation).equals("val de loire") ? PerimetreCvo.IGP_VAL_DE_LOIRE : PerimetreCvo.HORS_CVO;
            case VSIG -> PerimetreCvo.HORS_CVO;
        };
    }

    /**
     * {@return its products as fiscal products, in the file's order}: the portal's spelling,
     * its label as the customs label; a line whose certification or colour is not a wine's
     * (spirits, lees) is left out.
     */
    public List<ProduitFiscal> produitsFiscaux() {
        List<ProduitFiscal> fiscaux = new ArrayList<>();
        for (ProduitInterLoire c : produits) {
            Optional<Certification> certification = certification(c.certification());
            Optional<Couleur> couleur = couleur(c.couleur());
            if (certification.isPresent() && couleur.isPresent() && !c.libelle().isBlank()) {
                fiscaux.add(new ProduitFiscal(certification.get(), genre(c.genre()), c.appellation(), c.mention(), c.lieu(),
                        couleur.get(), c.cepage(), c.libelle()));
            }
        }
        return fiscaux;
    }

    /** {@return its products, in the file's order} */
    public List<ProduitInterLoire> produits() {
        return produits;
    }

    /** {@return how many products it holds} */
    public int taille() {
        return produits.size();
    }

    /**
     * The portal's product for a fiscal product: same certification, genre, appellation,
     * mention, lieu, colour and grape variety; when the fiscal product names no variety (or
     * the catalogue does not), the one product that matches the other fields. For wines
     * without IG the appellation is not compared.
     *
     * @param p a fiscal product
     * @return the catalogue's product, if there is exactly one
     */
    public Optional<ProduitInterLoire> trouver(ProduitFiscal p) {
        List<ProduitInterLoire> sansCepage = new ArrayList<>();
        for (ProduitInterLoire c : produits) {
            if (!memeBase(p, c)) {
                continue;
            }
            if (normaliser(c.cepage()).equals(normaliser(p.cepage()))) {
                return Optional.of(c);
            }
            if (c.cepage().isBlank() || p.cepage().isBlank()) {
                sansCepage.add(c);
            }
        }
        return sansCepage.size() == 1 ? Optional.of(sansCepage.get(0)) : Optional.empty();
    }

    private static boolean memeBase(ProduitFiscal p, ProduitInterLoire c) {
        return certification(c.certification()).equals(Optional.of(p.certification()))
                && genre(c.genre()) == p.genre()
                && (p.certification() == Certification.VSIG || normaliser(c.appellation()).equals(normaliser(p.appellation())))
                && normaliser(c.mention()).equals(normaliser(p.mention()))
                && normaliser(c.lieu()).equals(normaliser(p.lieu()))
                && couleur(c.couleur()).equals(Optional.of(p.couleur()));
    }

    private static Optional<Certification> certification(String texte) {
        return switch (normaliser(texte)) {
            case "aop", "aoc" -> Optional.of(Certification.AOP);
            case "igp" -> Optional.of(Certification.IGP);
            case "autres vins", "vins sans ig", "vsig", "vin sans ig" -> Optional.of(Certification.VSIG);
            default -> Optional.empty();
        };
    }

    private static Genre genre(String texte) {
        return switch (normaliser(texte)) {
            case "mousseux", "fines bulles", "petillants", "petillant" -> Genre.MOUSSEUX;
            case "vci" -> Genre.VCI;
            default -> Genre.TRANQUILLE;
        };
    }

    private static Optional<Couleur> couleur(String texte) {
        return switch (normaliser(texte)) {
            case "blanc" -> Optional.of(Couleur.BLANC);
            case "rouge" -> Optional.of(Couleur.ROUGE);
            case "rose" -> Optional.of(Couleur.ROSE);
            default -> Optional.empty();
        };
    }

    /** Lowercase, without accents, single spaces: how the portal compares names. */
    static String normaliser(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
    }
}
