package fr.monchai.server.pages.operations;

import fr.monchai.core.chai.Lot;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import fr.monchai.server.http.Requete;
import fr.monchai.server.pages.Choix;
import fr.monchai.server.pages.Formulaire;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The fiscal products a cellar form offers, by their customs label: the domaine's lots' first, then its DRM portal's
 * catalogue. One per label, compared without case, accents or extra spaces (« sur lie » is « Sur lie »), the lots'
 * spelling winning, so that a new lot joins its label's DRM column. A form sends the label, never a position in the
 * list, which another person's harvest may change between the form's display and its sending.
 */
public final class ProduitsProposes {

    private final LongFunction<List<ProduitFiscal>> catalogue;

    /** @param catalogue a domaine's products its DRM portal knows, offered beside those it holds */
    public ProduitsProposes(LongFunction<List<ProduitFiscal>> catalogue) {
        this.catalogue = catalogue;
    }

    private Map<String, ProduitFiscal> de(Requete r) {
        Map<String, ProduitFiscal> produits = new LinkedHashMap<>();
        for (Lot l : r.chai().lots()) {
            produits.putIfAbsent(cle(l.produit().libelleDouane()), l.produit());
        }
        catalogue.apply(r.domaine()).forEach(p -> produits.putIfAbsent(cle(p.libelleDouane()), p));
        return produits;
    }

    /** {@return the options: each one's value its customs label, shown with its certification} */
    List<Choix> choix(Requete r) {
        return de(r).values().stream()
                .map(p -> new Choix(p.libelleDouane(), p.libelleDouane() + " (" + p.certification() + ")"))
                .toList();
    }

    /**
     * {@return the product the form chose, if it chose one}
     *
     * @throws DomainException on {@code produit} when that label is no longer offered
     */
    Optional<ProduitFiscal> choisi(Requete r, Formulaire f) {
        Optional<String> libelle = f.texte("produit");
        if (libelle.isEmpty()) {
            return Optional.empty();
        }
        ProduitFiscal p = de(r).get(cle(libelle.get()));
        if (p == null) {
            throw new DomainException(
                    CodeErreur.SAISIE_INVALIDE,
                    "produit",
                    "« " + libelle.get() + " » n'est pas un produit proposé : choisissez-en un dans la liste");
        }
        return Optional.of(p);
    }

    private static String cle(String libelle) {
        return Normalizer.normalize(libelle, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
