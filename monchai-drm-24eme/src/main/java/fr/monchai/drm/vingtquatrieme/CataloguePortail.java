package fr.monchai.drm.vingtquatrieme;

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
 * A portal's product catalogue: its {@code catalogue_produits.csv} (columns CERTIFICATION, GENRE,
 * APPELLATION, MENTION, LIEU, COULEUR, CEPAGE, LIBELLE_PRODUIT, IDENTIFIANT INAO), whole or a plugin's
 * built-in part of it. It finds the portal's product for a fiscal product, comparing names as the
 * portals do: without case or accents.
 */
public final class CataloguePortail {

    private final List<ProduitPortail> produits;
    /** Each product as {@link #trouver} compares it, read once: a lookup no longer re-reads the whole catalogue's names. */
    private final List<Cle> cles;

    private CataloguePortail(List<ProduitPortail> produits) {
        this.produits = List.copyOf(produits);
        this.cles = this.produits.stream().map(Cle::de).toList();
    }

    /** A catalogue line as a fiscal product is compared with it: its national certification, genre and colour, its names normalised. */
    private record Cle(
            ProduitPortail produit,
            Optional<Certification> certification,
            Genre genre,
            String appellation,
            String mention,
            String lieu,
            Optional<Couleur> couleur,
            String cepage) {

        static Cle de(ProduitPortail c) {
            return new Cle(
                    c,
                    CataloguePortail.certification(c.certification()),
                    CataloguePortail.genre(c.genre()),
                    normaliser(c.appellation()),
                    normaliser(c.mention()),
                    normaliser(c.lieu()),
                    CataloguePortail.couleur(c.couleur()),
                    normaliser(c.cepage()));
        }

        boolean memeBase(ProduitFiscal p, String appellation, String mention, String lieu) {
            return certification.equals(Optional.of(p.certification()))
                    && genre == p.genre()
                    && (p.certification() == Certification.VSIG || this.appellation.equals(appellation))
                    && this.mention.equals(mention)
                    && this.lieu.equals(lieu)
                    && couleur.equals(Optional.of(p.couleur()));
        }
    }

    /**
     * {@return the catalogue in that resource}: how a plugin ships its built-in products.
     *
     * @param voisin a class of the plugin, beside which the resource lies
     * @param ressource the resource's name, relative to that class
     * @throws IllegalArgumentException when there is no such resource or it is not a catalogue
     */
    public static CataloguePortail ressource(Class<?> voisin, String ressource) {
        try (InputStream in = voisin.getResourceAsStream(ressource)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "no catalogue resource " + ressource + " beside " + voisin.getName());
            }
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
    public static CataloguePortail charger(Path fichier) {
        try (Reader r = Files.newBufferedReader(fichier, StandardCharsets.UTF_8)) {
            return lire(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the product catalogue " + fichier, e);
        }
    }

    /**
     * {@return that catalogue}
     *
     * @param contenu the portal's {@code catalogue_produits.csv}, as text
     * @throws IllegalArgumentException when the text is not such a catalogue
     */
    public static CataloguePortail depuisTexte(String contenu) {
        try {
            return lire(new java.io.StringReader(contenu));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("le catalogue des produits est illisible : " + e.getMessage(), e);
        }
    }

    private static CataloguePortail lire(Reader r) throws IOException {
        List<ProduitPortail> produits = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .get();
        for (CSVRecord rec : format.parse(r)) {
            if (rec.size() < 9) {
                throw new IllegalArgumentException("la ligne " + rec.getRecordNumber() + " du catalogue compte "
                        + rec.size() + " colonnes au lieu de 9 (CERTIFICATION … IDENTIFIANT INAO)");
            }
            if (rec.get(0).equalsIgnoreCase("CERTIFICATION")) {
                continue;
            }
            String certification = rec.get(0).strip();
            String genre = rec.get(1).strip();
            String appellation = rec.get(2).strip();
            produits.add(new ProduitPortail(
                    certification,
                    genre,
                    appellation,
                    rec.get(3).strip(),
                    rec.get(4).strip(),
                    rec.get(5).strip(),
                    rec.get(6).strip(),
                    rec.get(7).strip(),
                    rec.get(8).strip()));
        }
        if (produits.isEmpty()) {
            throw new IllegalArgumentException("le catalogue des produits ne contient aucun produit");
        }
        return new CataloguePortail(produits);
    }

    /**
     * {@return its products as fiscal products, in the file's order}: the portal's spelling,
     * its label as the customs label, its INAO code; a line whose certification or colour is not a
     * wine's (spirits, lees) is left out.
     */
    public List<ProduitFiscal> produitsFiscaux() {
        List<ProduitFiscal> fiscaux = new ArrayList<>();
        for (ProduitPortail c : produits) {
            Optional<Certification> certification = certification(c.certification());
            Optional<Couleur> couleur = couleur(c.couleur());
            if (certification.isPresent() && couleur.isPresent() && !c.libelle().isBlank()) {
                String code = IdentifiantDouane.estCodeInao(c.codeInao().strip())
                        ? c.codeInao().strip()
                        : "";
                fiscaux.add(new ProduitFiscal(
                                certification.get(),
                                genre(c.genre()),
                                c.appellation(),
                                c.mention(),
                                c.lieu(),
                                couleur.get(),
                                c.cepage(),
                                c.libelle())
                        .codeInao(code));
            }
        }
        return fiscaux;
    }

    /** {@return its products, in the file's order} */
    public List<ProduitPortail> produits() {
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
    public Optional<ProduitPortail> trouver(ProduitFiscal p) {
        String appellation = normaliser(p.appellation());
        String mention = normaliser(p.mention());
        String lieu = normaliser(p.lieu());
        String cepage = normaliser(p.cepage());
        List<ProduitPortail> sansCepage = new ArrayList<>();
        for (Cle c : cles) {
            if (!c.memeBase(p, appellation, mention, lieu)) {
                continue;
            }
            if (c.cepage().equals(cepage)) {
                return Optional.of(c.produit());
            }
            if (c.cepage().isEmpty() || cepage.isEmpty()) {
                sansCepage.add(c.produit());
            }
        }
        return sansCepage.size() == 1 ? Optional.of(sansCepage.get(0)) : Optional.empty();
    }

    /**
     * {@return the national certification a portal's spelling stands for, if it is a wine's}
     *
     * @param texte such as {@code AOC}, {@code AOP}, {@code IGP}, {@code Vins sans IG}, {@code VDN-VDL}
     */
    public static Optional<Certification> certification(String texte) {
        return switch (normaliser(texte)) {
            case "aop", "aoc", "autre aoc" -> Optional.of(Certification.AOP);
            case "igp" -> Optional.of(Certification.IGP);
            case "autres vins", "vins sans ig", "vsig", "vin sans ig" -> Optional.of(Certification.VSIG);
            case "vdn-vdl", "vdn", "vdl", "vdn vdl", "vdn/vdl" -> Optional.of(Certification.VDN_VDL);
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

    /**
     * {@return the text lowercased, without accents, with single spaces}: how the portals compare names
     *
     * @param s a name
     */
    public static String normaliser(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip()
                .replaceAll("\\s+", " ");
    }
}
