package fr.monchai.drm.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.chai.Certification;
import fr.monchai.core.chai.Couleur;
import fr.monchai.core.chai.Genre;
import fr.monchai.core.chai.ProduitFiscal;
import fr.monchai.core.commun.Artefact;
import fr.monchai.drm.ConstructeurDrm;
import fr.monchai.drm.ExportateursDrm;
import fr.monchai.drm.controle.Anomalie;
import fr.monchai.drm.controle.ControlesNationaux;
import fr.monchai.drm.modele.BalanceProduit;
import fr.monchai.drm.modele.Declarant;
import fr.monchai.drm.modele.DeclarationDrm;
import fr.monchai.drm.spi.ExportateurDrm;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The test kit every DRM plugin's tests extend: it generates registers with every kind of
 * movement, builds their monthly declarations, and checks that the plugin is found by
 * {@code ServiceLoader}, accepts what the national checks accept, writes byte-identical
 * files for the same declaration, and (when it has a reader) reads back what it wrote.
 */
public abstract class DrmPluginContractTest {

    /** For a plugin's test class, which extends this one. */
    protected DrmPluginContractTest() {}

    /** How many generated registers each check runs over. */
    protected static final int REGISTRES = 12;

    /** {@return the plugin under test} */
    protected abstract FabriqueExportateurDrm fabrique();

    /** {@return its settings for the tests} */
    protected Map<String, String> configuration() {
        return Map.of();
    }

    /** Three products most portals know: an AOP, an IGP with its grape variety, a wine without IG. */
    public static final List<ProduitFiscal> PRODUITS_COURANTS = List.of(
            new ProduitFiscal(Certification.AOP, Genre.TRANQUILLE, "Muscadet Sèvre et Maine", "Sur lie", "", Couleur.BLANC, "",
                    "Muscadet Sèvre et Maine sur lie"),
            new ProduitFiscal(Certification.IGP, Genre.TRANQUILLE, "Val de Loire", "", "", Couleur.BLANC, "Chardonnay",
                    "IGP Val de Loire Chardonnay"),
            new ProduitFiscal(Certification.VSIG, Genre.TRANQUILLE, "Vin de France", "", "", Couleur.BLANC, "",
                    "Vin sans IG blanc"));

    /** The estate that declares in the generated months. */
    public static final Declarant DECLARANT_DES_ESSAIS = new Declarant("Domaine des Essais", "FR012345E6789",
            Optional.of("4912345678"), Optional.of("12345601"), java.util.Set.of(fr.monchai.core.crd.TypeCapsule.values()));

    /** {@return the fiscal products the generated lots hold: products the plugin knows} */
    protected List<ProduitFiscal> produits() {
        return PRODUITS_COURANTS;
    }

    /** {@return who declares in the tests} */
    protected Declarant declarant() {
        return DECLARANT_DES_ESSAIS;
    }

    /** {@return every month of every generated register, built} */
    protected final List<DeclarationDrm> declarations() {
        List<DeclarationDrm> toutes = new ArrayList<>();
        for (long graine = 1; graine <= REGISTRES; graine++) {
            RegistreAleatoire r = RegistreAleatoire.generer(graine, produits(), 90);
            ConstructeurDrm constructeur = new ConstructeurDrm(r.chai());
            for (int i = 0; i < RegistreAleatoire.MOIS; i++) {
                toutes.add(constructeur.construire(r.domaine(), RegistreAleatoire.DEBUT.plusMonths(i), declarant()));
            }
        }
        return toutes;
    }

    private ExportateurDrm exportateur() {
        return fabrique().creer(configuration());
    }

    @Test
    void le_plugin_se_trouve_par_serviceloader_sous_son_id() {
        FabriqueExportateurDrm trouvee = ExportateursDrm.decouvrir().trouver(fabrique().id()).orElseThrow(
                () -> new AssertionError("no META-INF/services entry for " + fabrique().id()));
        assertEquals(fabrique().getClass(), trouvee.getClass());
        assertFalse(fabrique().nom().isBlank());
    }

    @Test
    void ce_que_les_controles_nationaux_acceptent_le_plugin_l_accepte() {
        for (DeclarationDrm drm : declarations()) {
            List<Anomalie> nationales = ControlesNationaux.verifier(drm, Optional.empty());
            assertEquals(List.of(), nationales.stream().filter(Anomalie::bloquante).toList(), "national checks of " + drm.periode());
            assertEquals(List.of(), exportateur().verifier(drm).stream().filter(Anomalie::bloquante).toList(),
                    "the plugin refuses a valid declaration of " + drm.periode());
        }
    }

    @Test
    void la_meme_declaration_donne_les_memes_octets() {
        for (DeclarationDrm drm : declarations()) {
            List<Artefact> une = exportateur().exporter(drm);
            List<Artefact> deux = exportateur().exporter(drm);
            assertFalse(une.isEmpty(), "no file");
            assertEquals(une.size(), deux.size());
            for (int i = 0; i < une.size(); i++) {
                assertEquals(une.get(i).nom(), deux.get(i).nom());
                assertArrayEquals(une.get(i).contenu(), deux.get(i).contenu(), "bytes of " + une.get(i).nom());
                assertTrue(une.get(i).contenu().length > 0, "empty file " + une.get(i).nom());
            }
        }
    }

    @Test
    void chaque_produit_s_equilibre_et_le_lecteur_relit_ce_qui_est_ecrit() {
        for (DeclarationDrm drm : declarations()) {
            for (BalanceProduit b : drm.droitsSuspendus()) {
                assertTrue(b.equilibree(), "balance of " + b.libelle());
                assertFalse(b.stockFin().estNegatif(), "end stock of " + b.libelle());
            }
            Optional<fr.monchai.drm.spi.LecteurDrm> lecteur = exportateur().lecteur();
            if (lecteur.isPresent()) {
                List<BalanceProduit> relues = lecteur.get().lire(exportateur().exporter(drm));
                assertEquals(resume(drm.droitsSuspendus()), resume(relues), "read back " + drm.periode());
            }
        }
    }

    @Test
    void un_mois_sans_rien_s_exporte_aussi() {
        DeclarationDrm vide = new DeclarationDrm(declarant(), YearMonth.of(2026, 2), List.of(), List.of(), List.of(), List.of(), false);
        assertTrue(vide.neant());
        assertEquals(List.of(), exportateur().verifier(vide).stream().filter(Anomalie::bloquante).toList());
        assertFalse(exportateur().exporter(vide).isEmpty());
    }

    /** What a reader must give back: per label, the stocks and the total of each customs category (formats may merge lines). */
    private static List<String> resume(List<BalanceProduit> balances) {
        List<String> lignes = new ArrayList<>();
        for (BalanceProduit b : balances) {
            lignes.add(b.libelle() + " début " + b.stockDebut() + " fin " + b.stockFin());
            for (fr.monchai.drm.modele.CategorieDrm c : fr.monchai.drm.modele.CategorieDrm.values()) {
                if (!b.total(c).estNul()) {
                    lignes.add(b.libelle() + " " + c + " " + b.total(c));
                }
            }
        }
        lignes.sort(null);
        return lignes;
    }
}
