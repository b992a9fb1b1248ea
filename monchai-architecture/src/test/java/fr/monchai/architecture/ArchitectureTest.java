package fr.monchai.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on the compiled classes of every module (main code, not
 * tests): no two packages depend on each other, even through others, and every arrow points
 * inward — to the shared values at the bottom of the core, away from the server at the top.
 *
 * <p>The core, from the bottom: {@code commun} (volumes, errors, validation, files,
 * transactions) ← {@code chai} (the cellar's values) ← {@code journal} (movements) ←
 * {@code registre} (the ledger's ports, rules and services) ← the features {@code crd},
 * {@code declaration}, {@code vente} ← {@code parametres} (a domaine's identity); {@code port} (the bundle of every
 * port)
 * ← {@code memoire} (the in-memory store) ← {@code fr.monchai.core} ({@code MonChai}).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.monchai");

    private static final String CORE = "fr.monchai.core";

    private static void verifier(ArchRule regle) {
        regle.check(CLASSES);
    }

    @Test
    void aucun_cycle_entre_paquets() {
        verifier(slices().matching("fr.monchai.(**)").should().beFreeOfCycles());
    }

    @Test
    void le_coeur_ne_depend_d_aucun_autre_module() {
        verifier(noClasses()
                .that()
                .resideInAPackage(CORE + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "fr.monchai.persistence..",
                        "fr.monchai.drm..",
                        "fr.monchai.facture..",
                        "fr.monchai.server..",
                        "fr.monchai.kit..",
                        "fr.monchai.bench..",
                        "fr.monchai.examples..",
                        "fr.monchai.exemples.."));
    }

    @Test
    void les_paquets_du_coeur_ne_regardent_que_vers_le_bas() {
        String commun = CORE + ".commun..";
        String chai = CORE + ".chai..";
        String journal = CORE + ".journal..";
        String registre = CORE + ".registre..";
        String[] fonctions = {CORE + ".crd..", CORE + ".declaration..", CORE + ".vente.."};
        // A domaine's identity names its address (vente) and capsule regimes (crd): it sits above the features.
        verifier(noClasses()
                .that()
                .resideInAnyPackage(commun, chai, journal, registre, fonctions[0], fonctions[1], fonctions[2])
                .should()
                .dependOnClassesThat()
                .resideInAPackage(CORE + ".parametres.."));
        String haut = CORE + ".port..";
        verifier(noClasses()
                .that()
                .resideInAPackage(commun)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        chai,
                        journal,
                        registre,
                        fonctions[0],
                        fonctions[1],
                        fonctions[2],
                        haut,
                        CORE + ".memoire..",
                        CORE));
        verifier(noClasses()
                .that()
                .resideInAPackage(chai)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        journal, registre, fonctions[0], fonctions[1], fonctions[2], haut, CORE + ".memoire..", CORE));
        verifier(noClasses()
                .that()
                .resideInAPackage(journal)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        registre, fonctions[0], fonctions[1], fonctions[2], haut, CORE + ".memoire..", CORE));
        verifier(noClasses()
                .that()
                .resideInAPackage(registre)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(fonctions[0], fonctions[1], fonctions[2], haut, CORE + ".memoire..", CORE));
        for (String f : fonctions) {
            for (String autre : fonctions) {
                if (!autre.equals(f)) {
                    verifier(noClasses()
                            .that()
                            .resideInAPackage(f)
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage(autre)
                            .because("a feature of the core stands on the ledger, not on another feature"));
                }
            }
            verifier(noClasses()
                    .that()
                    .resideInAPackage(f)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(haut, CORE + ".memoire..", CORE));
        }
        verifier(noClasses()
                .that()
                .resideInAPackage(haut)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(CORE + ".memoire..", CORE));
    }

    @Test
    void les_comptes_ne_servent_qu_au_serveur_et_a_son_stockage() {
        // The ledger, its DRM and its invoices know nothing of accounts: a library user embeds them without it.
        verifier(noClasses()
                .that()
                .resideInAnyPackage("fr.monchai.core..", "fr.monchai.drm..", "fr.monchai.facture..", "fr.monchai.kit..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("fr.monchai.comptes.."));
        verifier(noClasses()
                .that()
                .resideInAPackage("fr.monchai.comptes..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "fr.monchai.persistence..", "fr.monchai.server..", "fr.monchai.drm..", "fr.monchai.facture.."));
    }

    @Test
    void les_modules_ne_dependent_que_vers_le_coeur() {
        verifier(noClasses()
                .that()
                .resideInAnyPackage("fr.monchai.persistence..", "fr.monchai.drm..", "fr.monchai.facture..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("fr.monchai.server..", "fr.monchai.bench..", "fr.monchai.examples.."));
        verifier(noClasses()
                .that()
                .resideInAPackage("fr.monchai.drm.loire..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("fr.monchai.persistence..", "fr.monchai.facture.."));
        verifier(noClasses()
                .that()
                .resideInAnyPackage(
                        "fr.monchai.drm",
                        "fr.monchai.drm.controle..",
                        "fr.monchai.drm.modele..",
                        "fr.monchai.drm.spi..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "fr.monchai.drm.loire..",
                        "fr.monchai.drm.vingtquatrieme..",
                        "fr.monchai.persistence..",
                        "fr.monchai.facture.."));
        // The 24ème format knows no portal: a portal is a configuration of it, in its own plugin.
        verifier(noClasses()
                .that()
                .resideInAPackage("fr.monchai.drm.vingtquatrieme..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "fr.monchai.drm.loire..",
                        "fr.monchai.examples..",
                        "fr.monchai.persistence..",
                        "fr.monchai.facture.."));
    }

    @Test
    void le_serveur_n_ecrit_pas_de_sql() {
        verifier(noClasses()
                .that()
                .resideInAPackage("fr.monchai.server..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jdbi..", "java.sql..", "liquibase..")
                .because("the server reaches the database only through the ports of monchai-persistence"));
    }

    @Test
    void les_details_internes_restent_dans_leur_module() {
        verifier(noClasses()
                .that()
                .resideOutsideOfPackage("fr.monchai.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("fr.monchai.persistence.internal.."));
        verifier(noClasses()
                .that()
                .resideOutsideOfPackage("fr.monchai.facture..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("fr.monchai.facture.internal.."));
    }

    /** The packages of the published jars: what an integrator compiles against. */
    private static boolean publie(com.tngtech.archunit.core.domain.JavaClass c) {
        String p = c.getPackageName();
        return p.startsWith("fr.monchai.")
                && !p.contains(".internal")
                && !p.startsWith("fr.monchai.server")
                && !p.startsWith("fr.monchai.bench")
                && !p.startsWith("fr.monchai.examples")
                && !p.startsWith("fr.monchai.exemples")
                && !p.startsWith("fr.monchai.architecture");
    }

    private static boolean interne(com.tngtech.archunit.core.domain.JavaClass c) {
        return c.getPackageName().contains(".internal");
    }

    @Test
    void aucun_type_public_publie_n_expose_un_type_internal() {
        java.util.List<String> fautes = new java.util.ArrayList<>();
        for (var c : CLASSES) {
            if (!publie(c) || !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
                continue;
            }
            c.getRawSuperclass()
                    .filter(ArchitectureTest::interne)
                    .ifPresent(s -> fautes.add(c.getName() + " extends " + s.getName()));
            c.getRawInterfaces().stream()
                    .filter(ArchitectureTest::interne)
                    .forEach(s -> fautes.add(c.getName() + " implements " + s.getName()));
            for (var m : c.getMethods()) {
                if (m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                        || m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PROTECTED)) {
                    if (interne(m.getRawReturnType())) {
                        fautes.add(m.getFullName() + " returns "
                                + m.getRawReturnType().getName());
                    }
                    m.getRawParameterTypes().stream()
                            .filter(ArchitectureTest::interne)
                            .forEach(t -> fautes.add(m.getFullName() + " takes " + t.getName()));
                }
            }
            for (var k : c.getConstructors()) {
                if (k.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
                    k.getRawParameterTypes().stream()
                            .filter(ArchitectureTest::interne)
                            .forEach(t -> fautes.add(k.getFullName() + " takes " + t.getName()));
                }
            }
            for (var f : c.getFields()) {
                if (f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                        && interne(f.getRawType())) {
                    fautes.add(f.getFullName() + " is " + f.getRawType().getName());
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.List.of(),
                fautes,
                "an integrator never meets an internal type: it may change without notice");
    }

    @Test
    void mon_chai_n_offre_aucun_chemin_vers_le_stockage_brut() {
        java.util.List<String> fautes = new java.util.ArrayList<>();
        for (String nom : java.util.List.of(CORE + ".MonChai", CORE + ".ChaiDomaine")) {
            for (var m : CLASSES.get(nom).getMethods()) {
                var type = m.getRawReturnType();
                boolean port = type.getPackageName().startsWith(CORE) && type.isInterface();
                boolean stockage = type.getPackageName().startsWith(CORE + ".port")
                        || type.getPackageName().startsWith(CORE + ".memoire");
                if (m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                        && (port || stockage)) {
                    fautes.add(m.getFullName() + " returns " + type.getName());
                }
            }
            for (var f : CLASSES.get(nom).getFields()) {
                if (!f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PRIVATE)) {
                    fautes.add(f.getFullName() + " is not private");
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.List.of(),
                fautes,
                "every write goes through a service and its rules, never straight to a port");
    }
}
