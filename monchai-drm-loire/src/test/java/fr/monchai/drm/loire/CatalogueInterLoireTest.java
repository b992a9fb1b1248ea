package fr.monchai.drm.loire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.drm.vingtquatrieme.ProduitPortail;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in products are the portal's, to the letter: the label a winemaker signs is the one customs hold. */
class CatalogueInterLoireTest {

    private static final Path PORTAIL = Path.of("..", "..", "shared", "drm", "interloire", "catalogue_produits.csv");

    private static List<String> lignes(CatalogueInterLoire c) {
        return c.produits().stream()
                .map(p -> String.join(
                        "|",
                        p.certification(),
                        p.genre(),
                        p.appellation(),
                        p.mention(),
                        p.lieu(),
                        p.couleur(),
                        p.cepage(),
                        p.libelle(),
                        p.codeInao()))
                .toList();
    }

    @Test
    void chaque_produit_integre_est_une_ligne_du_catalogue_du_portail() {
        Set<String> portail = Set.copyOf(lignes(CatalogueInterLoire.charger(PORTAIL)));
        List<String> absents = lignes(CatalogueInterLoire.integre()).stream()
                .filter(l -> !portail.contains(l))
                .toList();
        assertEquals(List.of(), absents, "built-in products the portal's catalogue spells otherwise");
        assertTrue(CatalogueInterLoire.integre().taille() > 50);
    }

    @Test
    void le_muscadet_sur_lie_porte_le_cepage_et_le_libelle_du_portail() {
        ProduitFiscal saisi = ProduitFiscal.aop(
                        "Muscadet Sèvre et Maine", Couleur.BLANC, "Muscadet Sèvre et Maine sur lie")
                .mention("Sur lie");
        ProduitPortail p = CatalogueInterLoire.integre().trouver(saisi).orElseThrow();
        assertEquals(
                List.of("Melon", "Muscadet Sèvre et Maine Sur lie", "1B230 01"),
                List.of(p.cepage(), p.libelle(), p.codeInao()));
        assertTrue(
                CatalogueInterLoire.integre()
                        .trouver(ProduitFiscal.aop("Muscadet", Couleur.BLANC, "Muscadet"))
                        .isEmpty(),
                "plain « Muscadet » is the portal's « Muscadet AC »");
        assertEquals(
                "1B228",
                CatalogueInterLoire.integre()
                        .trouver(ProduitFiscal.aop("Muscadet AC", Couleur.BLANC, "Muscadet AC"))
                        .orElseThrow()
                        .codeInao());
        assertEquals(
                Set.of(),
                CatalogueInterLoire.integre().produits().stream()
                        .map(ProduitPortail::codeInao)
                        .filter(String::isBlank)
                        .collect(Collectors.toSet()),
                "every product has its INAO code");
    }

    @Test
    void chaque_code_de_mouvement_est_un_mouvement_du_portail_classe_ou_la_douane_l_attend()
            throws java.io.IOException {
        String catalogue = java.nio.file.Files.readString(PORTAIL.resolveSibling("catalogue_mouvements.csv"));
        assertEquals(List.of(), PortailInterLoire.CODES.ecartsAvec(catalogue));
    }
}
