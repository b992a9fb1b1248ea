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
import fr.monchai.drm.modele.NatureDrm;
import fr.monchai.drm.spi.ExportateurDrm;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The test kit every DRM plugin's tests extend: it generates registers with every kind of
 * movement, builds their monthly declarations, and checks that the plugin is found by
 * {@code ServiceLoader}, accepts what the national checks accept (but the movements its portal
 * refuses, which it must block), writes byte-identical files for the same declaration, and reads
 * back what it wrote (or says it cannot). A failure names the register's seed and the month, and
 * shows what differs. Every check is a protected method a plugin's test may override.
 *
 * <p>{@code -Dmonchai.kit.registres=N} sets how many registers are generated (12 by default).
 */
public abstract class DrmPluginContractTest {

    /** For a plugin's test class, which extends this one. */
    protected DrmPluginContractTest() {}

    /** {@return how many generated registers each check runs over} ({@code -Dmonchai.kit.registres}, 12 by default) */
    protected int registres() {
        return Integer.getInteger("monchai.kit.registres", 12);
    }

    /**
     * {@return the movement types the plugin's portal refuses}: a declaration holding one must
     * be blocked by the plugin's {@code verifier}, and is never exported. None by default.
     */
    protected Set<NatureDrm> naturesRefusees() {
        return Set.of();
    }

    /**
     * {@return whether the plugin reads its own files back} (true by default: then it must give a
     * {@code lecteur()}); a plugin whose format cannot be read back says so by returning false.
     */
    protected boolean relitSesFichiers() {
        return true;
    }

    /**
     * {@return whether the plugin's files carry the buyer and price of a sale outside an interprofession
     * contract} (true by default: the read-back compares them); a format without those columns says so
     * by returning false.
     */
    protected boolean porteLesAcheteurs() {
        return true;
    }

    /**
     * {@return whether the plugin's portal refuses a duty-paid stock list} (false by default: the
     * generated registers hold bottles bought duty-paid, and the plugin writes and reads back their
     * list); a portal without it says so, and its {@code verifier} must then block such months.
     */
    protected boolean refuseLesDroitsAcquittes() {
        return false;
    }

    /**
     * A generated month: which register (its seed) and which month, for the failure messages.
     *
     * @param graine the seed of the generated register
     * @param drm the month's declaration
     */
    protected record Cas(long graine, DeclarationDrm drm) {
        @Override
        public String toString() {
            return "register of seed " + graine + ", month " + drm.periode();
        }

        /** {@return whether it holds a duty-paid stock list} */
        boolean acquittes() {
            return !drm.droitsAcquittes().isEmpty();
        }

        /** {@return whether it holds a line of one of those movement types} */
        boolean contient(Set<NatureDrm> natures) {
            return drm.droitsSuspendus().stream()
                    .anyMatch(b -> b.lignes().stream()
                            .anyMatch(l -> l.nature().filter(natures::contains).isPresent()));
        }
    }

    /** {@return the plugin under test} */
    protected abstract FabriqueExportateurDrm fabrique();

    /** {@return its settings for the tests} */
    protected Map<String, String> configuration() {
        return Map.of();
    }

    /**
     * Products most portals know: an AOP with its INAO code given, an IGP with its grape variety, a wine
     * without IG declared a premix, an AOP with its strength and its VCI (volume complémentaire
     * individuel), so that the complements customs want and VCI are in the generated months.
     */
    public static final List<ProduitFiscal> PRODUITS_COURANTS = List.of(
            new ProduitFiscal(
                            Certification.AOP,
                            Genre.TRANQUILLE,
                            "Muscadet Sèvre et Maine",
                            "Sur lie",
                            "",
                            Couleur.BLANC,
                            "",
                            "Muscadet Sèvre et Maine sur lie")
                    .codeInao("1B230 01"),
            new ProduitFiscal(
                    Certification.IGP,
                    Genre.TRANQUILLE,
                    "Val de Loire",
                    "",
                    "",
                    Couleur.BLANC,
                    "Chardonnay",
                    "IGP Val de Loire Chardonnay"),
            new ProduitFiscal(
                            Certification.VSIG,
                            Genre.TRANQUILLE,
                            "Vin de France",
                            "",
                            "",
                            Couleur.BLANC,
                            "",
                            "Vin sans IG blanc")
                    .premix(true),
            new ProduitFiscal(
                            Certification.AOP,
                            Genre.TRANQUILLE,
                            "Touraine",
                            "",
                            "",
                            Couleur.BLANC,
                            "",
                            "Touraine Blanc")
                    .tav(new java.math.BigDecimal("12.50")),
            new ProduitFiscal(
                    Certification.AOP, Genre.VCI, "Touraine", "", "", Couleur.BLANC, "", "VCI Touraine Blanc"));

    /** The estate that declares in the generated months (its id at the plugin's interprofession: see {@link #declarant()}). */
    public static final Declarant DECLARANT_DES_ESSAIS = new Declarant(
            "Domaine des Essais",
            "FR012345E6789",
            Optional.of("73282932000017"),
            Optional.of("4912345678"),
            java.util.Map.of(),
            java.util.Set.of(fr.monchai.core.crd.TypeCapsule.values()));

    /** {@return the fiscal products the generated lots hold: products the plugin knows} */
    protected List<ProduitFiscal> produits() {
        return PRODUITS_COURANTS;
    }

    /** {@return who declares in the tests: the test estate, with the id {@code 12345601} at the plugin's interprofession} */
    protected Declarant declarant() {
        return DECLARANT_DES_ESSAIS.identifiant(fabrique().id(), "12345601");
    }

    /** {@return every month of every generated register, built} */
    protected final List<Cas> declarations() {
        List<Cas> toutes = new ArrayList<>();
        for (long graine = 1; graine <= registres(); graine++) {
            RegistreAleatoire r = RegistreAleatoire.generer(graine, produits(), 90);
            ConstructeurDrm constructeur = new ConstructeurDrm(r.chai());
            for (int i = 0; i < RegistreAleatoire.MOIS; i++) {
                toutes.add(new Cas(
                        graine,
                        constructeur.construire(r.domaine(), RegistreAleatoire.DEBUT.plusMonths(i), declarant())));
            }
        }
        return toutes;
    }

    /** {@return the generated months the plugin's portal accepts: those it exports} */
    protected final List<Cas> declarationsAcceptees() {
        return declarations().stream()
                .filter(c -> !c.contient(naturesRefusees()) && !(refuseLesDroitsAcquittes() && c.acquittes()))
                .toList();
    }

    private ExportateurDrm exportateur() {
        return fabrique().creer(configuration());
    }

    /** The plugin is found by {@code ServiceLoader} under its id, with a name for people. */
    @Test
    protected void le_plugin_se_trouve_par_serviceloader_sous_son_id() {
        FabriqueExportateurDrm trouvee = ExportateursDrm.decouvrir()
                .trouver(fabrique().id())
                .orElseThrow(() -> new AssertionError(
                        "no META-INF/services entry for " + fabrique().id()));
        assertEquals(fabrique().getClass(), trouvee.getClass());
        assertFalse(fabrique().nom().isBlank());
    }

    /**
     * The plugin was built for this SPI, and its settings are described: distinct keys, its defaults
     * accepted, an undescribed key refused (a server keeps none that the plugin would ignore).
     */
    @Test
    protected void le_plugin_porte_sa_version_et_decrit_ses_reglages() {
        assertEquals(
                FabriqueExportateurDrm.VERSION_SPI, fabrique().versionSpi(), "versionSpi() must return VERSION_SPI");
        Map<String, String> defauts = new java.util.TreeMap<>();
        for (fr.monchai.drm.spi.ReglageDrm r : fabrique().reglages()) {
            assertTrue(defauts.put(r.nom(), r.defaut()) == null, "setting " + r.nom() + " described twice");
            assertFalse(r.libelle().isBlank(), "setting " + r.nom() + " has no label");
        }
        fabrique().creer(Map.copyOf(defauts));
        Map<String, String> inconnu = new java.util.TreeMap<>(defauts);
        inconnu.put("reglage_inconnu_du_kit", "x");
        IllegalArgumentException refus = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> fabrique().creer(inconnu),
                "an unknown setting must be refused, not ignored");
        assertTrue(
                refus.getMessage().contains("reglage_inconnu_du_kit"),
                "the refusal names the key: " + refus.getMessage());
    }

    /**
     * What the national checks accept the plugin accepts, but the movements its portal refuses:
     * those it blocks with an anomaly, and they are never exported.
     */
    @Test
    protected void ce_que_les_controles_nationaux_acceptent_le_plugin_l_accepte() {
        for (Cas cas : declarations()) {
            List<Anomalie> nationales = ControlesNationaux.verifier(cas.drm(), Optional.empty());
            assertEquals(
                    List.of(),
                    nationales.stream().filter(Anomalie::bloquante).toList(),
                    "national checks of the " + cas);
            List<Anomalie> bloquantes = exportateur().verifier(cas.drm()).stream()
                    .filter(Anomalie::bloquante)
                    .toList();
            if (cas.contient(naturesRefusees()) || (refuseLesDroitsAcquittes() && cas.acquittes())) {
                assertFalse(
                        bloquantes.isEmpty(),
                        "the " + cas + " holds a movement the portal refuses " + naturesRefusees()
                                + (refuseLesDroitsAcquittes() ? " or a duty-paid stock list" : "")
                                + ", and the plugin does not block it");
            } else {
                assertEquals(List.of(), bloquantes, "the plugin refuses the valid " + cas);
            }
        }
    }

    /** The same declaration gives the same files, byte for byte, never empty. */
    @Test
    protected void la_meme_declaration_donne_les_memes_octets() {
        for (Cas cas : declarationsAcceptees()) {
            List<Artefact> une = exportateur().exporter(cas.drm());
            List<Artefact> deux = exportateur().exporter(cas.drm());
            assertFalse(une.isEmpty(), "no file for the " + cas);
            assertEquals(une.size(), deux.size());
            for (int i = 0; i < une.size(); i++) {
                assertEquals(une.get(i).nom(), deux.get(i).nom());
                assertArrayEquals(
                        une.get(i).contenu(),
                        deux.get(i).contenu(),
                        "bytes of " + une.get(i).nom() + ", " + cas);
                assertTrue(
                        une.get(i).contenu().length > 0,
                        "empty file " + une.get(i).nom() + ", " + cas);
            }
        }
    }

    /**
     * Every product balances, and the plugin reads back what it wrote: stocks, the total of each
     * customs category, the observations, each line's details (country, contract, document), the
     * duty-paid stock list, and every capsule account (regime, category, size: stocks and movements).
     */
    @Test
    protected void chaque_produit_s_equilibre_et_le_lecteur_relit_ce_qui_est_ecrit() {
        Optional<fr.monchai.drm.spi.LecteurDrm> lecteur = exportateur().lecteur();
        assertEquals(
                relitSesFichiers(),
                lecteur.isPresent(),
                relitSesFichiers()
                        ? "reading the files back is required: give a lecteur(), or override relitSesFichiers() to say it is not supported"
                        : "the plugin has a lecteur(): relitSesFichiers() should say so");
        for (Cas cas : declarationsAcceptees()) {
            for (BalanceProduit b : cas.drm().droitsSuspendus()) {
                assertTrue(b.equilibree(), "balance of " + b.libelle() + ", " + cas);
                assertFalse(b.stockFin().estNegatif(), "end stock of " + b.libelle() + ", " + cas);
            }
            if (lecteur.isPresent()) {
                List<Artefact> fichiers = exportateur().exporter(cas.drm());
                List<String> ecrit = resume(cas.drm().droitsSuspendus(), porteLesAcheteurs());
                ecrit.addAll(capsules(cas.drm().crd()));
                List<String> relu = resume(lecteur.get().lire(fichiers), porteLesAcheteurs());
                relu.addAll(capsules(lecteur.get().lireCapsules(fichiers)));
                resume(cas.drm().droitsAcquittes(), false).forEach(l -> ecrit.add("droits acquittés : " + l));
                resume(lecteur.get().lireAcquittes(fichiers), false).forEach(l -> relu.add("droits acquittés : " + l));
                if (!ecrit.equals(relu)) {
                    throw new AssertionError("read back of the " + cas + " differs:\n" + difference(ecrit, relu));
                }
            }
        }
    }

    /**
     * Lines are keyed by customs category: a line known by its category alone (as a portal's own
     * file gives it) is, for each category, either refused by the plugin with a blocking anomaly, or
     * exported and — when the plugin reads its files — read back in the same category.
     */
    @Test
    protected void chaque_categorie_douaniere_s_exporte_et_se_relit_ou_se_refuse() {
        ProduitFiscal produit = produits().get(0);
        YearMonth mois = YearMonth.of(2026, 3);
        for (fr.monchai.drm.modele.CategorieDrm c : fr.monchai.drm.modele.CategorieDrm.values()) {
            if (c.acquitte()) {
                continue; // the duty-paid stock list's:
                // une_liste_en_droits_acquittes_s_exporte_et_se_relit_ou_se_refuse
            }
            fr.monchai.core.commun.Volume un = fr.monchai.core.commun.Volume.hl("1");
            fr.monchai.drm.modele.LigneDrm ligne = new fr.monchai.drm.modele.LigneDrm(
                    c,
                    Optional.empty(),
                    un,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    c == fr.monchai.drm.modele.CategorieDrm.REPLACEMENT_SUSPENSION
                            ? Optional.of(mois.minusMonths(1))
                            : Optional.empty(),
                    Optional.empty());
            List<fr.monchai.drm.modele.LigneDrm> lignes = new ArrayList<>(List.of(ligne));
            // an internal movement's two sides must match (national checks REPLIS and VCI): its other side too
            contrepartie(c).ifPresent(o -> lignes.add(fr.monchai.drm.modele.LigneDrm.de(o, un)));
            fr.monchai.core.commun.Volume debut = fr.monchai.core.commun.Volume.hl("10");
            fr.monchai.core.commun.Volume fin = debut;
            for (fr.monchai.drm.modele.LigneDrm l : lignes) {
                fin = l.categorie().sens() == fr.monchai.drm.modele.Sens.ENTREE ? fin.plus(un) : fin.moins(un);
            }
            BalanceProduit b = new BalanceProduit(
                    produit, debut, lignes, fin, c.exigeObservation() ? "ligne du portail : " + c.libelle() : "");
            DeclarationDrm drm =
                    new DeclarationDrm(declarant(), mois, List.of(b), List.of(), List.of(), List.of(), false);
            String cas = "month with one « " + c.libelle() + " » line known by its category only (" + c + ")";
            assertEquals(
                    List.of(),
                    ControlesNationaux.verifier(drm, Optional.empty()).stream()
                            .filter(Anomalie::bloquante)
                            .toList(),
                    "national checks of the " + cas);
            if (exportateur().verifier(drm).stream().anyMatch(Anomalie::bloquante)) {
                continue;
            }
            List<Artefact> fichiers = exportateur().exporter(drm);
            assertFalse(fichiers.isEmpty(), "no file for the " + cas);
            Optional<fr.monchai.drm.spi.LecteurDrm> lecteur = exportateur().lecteur();
            if (lecteur.isPresent()) {
                List<String> ecrit = resume(drm.droitsSuspendus(), porteLesAcheteurs());
                List<String> relu = resume(lecteur.get().lire(fichiers), porteLesAcheteurs());
                if (!ecrit.equals(relu)) {
                    throw new AssertionError("read back of the " + cas + " differs:\n" + difference(ecrit, relu));
                }
            }
        }
    }

    /**
     * The duty-paid stock list (wine an estate holds with its duty paid, which a library user may
     * declare): a month with one is either refused by the plugin with a blocking anomaly, or exported and
     * — when the plugin reads its files — read back, every duty-paid category in its place.
     */
    @Test
    protected void une_liste_en_droits_acquittes_s_exporte_et_se_relit_ou_se_refuse() {
        fr.monchai.core.commun.Volume un = fr.monchai.core.commun.Volume.hl("1");
        List<fr.monchai.drm.modele.LigneDrm> lignes = new ArrayList<>();
        fr.monchai.core.commun.Volume fin = fr.monchai.core.commun.Volume.hl("20");
        for (fr.monchai.drm.modele.CategorieDrm c : fr.monchai.drm.modele.CategorieDrm.values()) {
            if (c.acquitte()) {
                lignes.add(fr.monchai.drm.modele.LigneDrm.de(c, un));
                fin = c.sens() == fr.monchai.drm.modele.Sens.ENTREE ? fin.plus(un) : fin.moins(un);
            }
        }
        BalanceProduit acquittee = new BalanceProduit(
                produits().get(0),
                fr.monchai.core.commun.Volume.hl("20"),
                lignes,
                fin,
                "bouteilles achetées en droits acquittés pour le caveau");
        DeclarationDrm drm = new DeclarationDrm(
                declarant(), YearMonth.of(2026, 3), List.of(), List.of(acquittee), List.of(), List.of(), false);
        assertEquals(
                List.of(),
                ControlesNationaux.verifier(drm, Optional.empty()).stream()
                        .filter(Anomalie::bloquante)
                        .toList(),
                "national checks of a month with a duty-paid stock list");
        if (exportateur().verifier(drm).stream().anyMatch(Anomalie::bloquante)) {
            return;
        }
        List<Artefact> fichiers = exportateur().exporter(drm);
        assertFalse(fichiers.isEmpty(), "no file for a month with a duty-paid stock list");
        Optional<fr.monchai.drm.spi.LecteurDrm> lecteur = exportateur().lecteur();
        if (lecteur.isPresent()) {
            List<String> ecrit = resume(drm.droitsAcquittes(), porteLesAcheteurs());
            List<String> relu = resume(lecteur.get().lireAcquittes(fichiers), porteLesAcheteurs());
            if (!ecrit.equals(relu)) {
                throw new AssertionError(
                        "read back of the duty-paid stock list differs (lireAcquittes):\n" + difference(ecrit, relu));
            }
            assertEquals(List.of(), lecteur.get().lire(fichiers), "the duty-paid lines are not read as suspended ones");
        }
    }

    private static Optional<fr.monchai.drm.modele.CategorieDrm> contrepartie(fr.monchai.drm.modele.CategorieDrm c) {
        return Optional.ofNullable(
                switch (c) {
                    case ENTREE_REPLIS_DECLASSEMENT_TRANSFERT ->
                        fr.monchai.drm.modele.CategorieDrm.SORTIE_REPLIS_DECLASSEMENT_TRANSFERT;
                    case SORTIE_REPLIS_DECLASSEMENT_TRANSFERT ->
                        fr.monchai.drm.modele.CategorieDrm.ENTREE_REPLIS_DECLASSEMENT_TRANSFERT;
                    case ENTREE_INTEGRATION_VCI -> fr.monchai.drm.modele.CategorieDrm.SORTIE_REVENDICATION_VCI;
                    case SORTIE_REVENDICATION_VCI -> fr.monchai.drm.modele.CategorieDrm.ENTREE_INTEGRATION_VCI;
                    default -> null;
                });
    }

    /** What is only on one side, written (−) or read back (+): a diff, not two lists. */
    private static String difference(List<String> ecrit, List<String> relu) {
        StringBuilder d = new StringBuilder();
        ecrit.stream()
                .filter(l -> !relu.contains(l))
                .forEach(l -> d.append("  − ").append(l).append('\n'));
        relu.stream()
                .filter(l -> !ecrit.contains(l))
                .forEach(l -> d.append("  + ").append(l).append('\n'));
        return d.toString();
    }

    /**
     * The probe: prints what the generated months cover (each nature, capsule regime, container and
     * movement, exhausted stocks, details, documents), and checks that every nature the plugin
     * accepts is reached, so that the other checks try it.
     */
    @Test
    protected void la_sonde_rapporte_la_couverture_des_registres_generes() {
        Couverture c = Couverture.de(declarations().stream().map(Cas::drm).toList());
        System.out.println("DRM kit coverage, " + registres() + " registers, plugin "
                + fabrique().id() + ":\n" + c.rapport());
        Set<NatureDrm> absentes = new java.util.TreeSet<>(c.naturesAbsentes());
        boolean paireVci = produits().stream()
                .anyMatch(v -> v.genre() == Genre.VCI
                        && produits().stream()
                                .anyMatch(p -> p.genre() != Genre.VCI
                                        && p.appellation().equals(v.appellation())
                                        && p.couleur() == v.couleur()));
        if (!paireVci) {
            // No VCI product with its appellation among produits(): VCI cannot be claimed.
            absentes.removeAll(Set.of(NatureDrm.INTEGRATION_VCI, NatureDrm.REVENDICATION_VCI));
        }
        assertEquals(Set.of(), absentes, "natures no generated month holds:\n" + c.rapport());
    }

    /** What a reader must give back of the capsules: each account's stocks and non-zero movements. */
    private static List<String> capsules(List<fr.monchai.drm.modele.CompteCrdDrm> comptes) {
        List<String> lignes = new ArrayList<>();
        for (fr.monchai.drm.modele.CompteCrdDrm c : comptes) {
            StringBuilder l = new StringBuilder("capsules " + c.compte() + " début " + c.debut() + " fin " + c.fin());
            new java.util.TreeMap<>(c.mouvements()).forEach((n, q) -> {
                if (q != 0) {
                    l.append(' ').append(n).append(' ').append(q);
                }
            });
            lignes.add(l.toString());
        }
        lignes.sort(null);
        return lignes;
    }

    /** A month with nothing exports too (a « déclaration néant »). */
    @Test
    protected void un_mois_sans_rien_s_exporte_aussi() {
        DeclarationDrm vide = new DeclarationDrm(
                declarant(), YearMonth.of(2026, 2), List.of(), List.of(), List.of(), List.of(), false);
        assertTrue(vide.neant());
        assertEquals(
                List.of(),
                exportateur().verifier(vide).stream()
                        .filter(Anomalie::bloquante)
                        .toList());
        assertFalse(exportateur().exporter(vide).isEmpty());
    }

    /**
     * What a reader must give back: per label, the stocks, the strength and premix, the total of each
     * customs category (formats may merge lines), the observations and the lines' details.
     */
    private static List<String> resume(List<BalanceProduit> balances, boolean acheteurs) {
        List<String> lignes = new ArrayList<>();
        for (BalanceProduit b : balances) {
            lignes.add(b.libelle() + " début " + b.stockDebut() + " fin " + b.stockFin());
            b.produit().tav().ifPresent(t -> lignes.add(b.libelle() + " TAV " + t.toPlainString()));
            if (b.produit().premix()) {
                lignes.add(b.libelle() + " premix");
            }
            if (!b.observations().isBlank()) {
                lignes.add(b.libelle() + " observations « " + b.observations() + " »");
            }
            for (fr.monchai.drm.modele.CategorieDrm c : fr.monchai.drm.modele.CategorieDrm.values()) {
                if (!b.total(c).estNul()) {
                    lignes.add(b.libelle() + " " + c + " " + b.total(c));
                }
            }
            b.lignes().stream()
                    .filter(l -> l.pays().isPresent()
                            || l.numeroContrat().isPresent()
                            || l.numeroDocument().isPresent()
                            || (acheteurs && l.acheteur().isPresent()))
                    .map(l -> b.libelle() + " " + l.categorie() + " pays "
                            + l.pays().orElse("-") + " contrat "
                            + l.numeroContrat().orElse("-") + " document "
                            + l.numeroDocument().orElse("-") + " acheteur "
                            + l.acheteur()
                                    .filter(a -> acheteurs)
                                    .map(a -> a.nom() + " " + a.numeroAccise().orElse("-") + " " + a.prixHl())
                                    .orElse("-"))
                    .distinct()
                    .forEach(lignes::add);
        }
        lignes.sort(null);
        return lignes;
    }
}
