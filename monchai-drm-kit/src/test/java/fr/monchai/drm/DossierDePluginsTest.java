package fr.monchai.drm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.drm.kit.JarDePlugin;
import fr.monchai.drm.spi.FabriqueExportateurDrm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugins folder: each jar in its own class loader; what cannot load is told and left out, the rest loads. */
class DossierDePluginsTest {

    @Test
    void chaque_jar_se_charge_et_ce_qui_ne_peut_pas_l_est_dit(@TempDir Path dossier) throws Exception {
        JarDePlugin.ecrire(
                dossier,
                "a-bon.jar",
                "essai.bon.Fabrique",
                JarDePlugin.pluginMinimal("essai.bon", "bon", FabriqueExportateurDrm.VERSION_SPI));
        JarDePlugin.ecrire(
                dossier,
                "b-ancien.jar",
                "essai.ancien.Fabrique",
                JarDePlugin.pluginMinimal("essai.ancien", "ancien", 1));
        JarDePlugin.ecrire(
                dossier,
                "c-doublon.jar",
                "essai.doublon.Fabrique",
                JarDePlugin.pluginMinimal("essai.doublon", "bon", FabriqueExportateurDrm.VERSION_SPI));
        Files.writeString(dossier.resolve("d-abime.jar"), "pas un jar");
        Files.writeString(dossier.resolve("notes.txt"), "ignoré : pas un jar");
        List<String> refus = new ArrayList<>();

        ExportateursDrm plugins = ExportateursDrm.de(new ExportateurTexte()).avecDossier(dossier, refus::add);

        assertEquals(
                List.of("bon", "texte"),
                plugins.toutes().stream().map(FabriqueExportateurDrm::id).toList());
        FabriqueExportateurDrm bon = plugins.trouver("bon").orElseThrow();
        assertTrue(
                !bon.getClass().getClassLoader().equals(getClass().getClassLoader()),
                "a plugin of the folder has its own class loader");
        assertEquals(3, refus.size(), String.valueOf(refus));
        assertTrue(
                refus.get(0).contains("« ancien »")
                        && refus.get(0).contains("version 1")
                        && refus.get(0).contains("version " + FabriqueExportateurDrm.VERSION_SPI),
                refus.get(0));
        assertTrue(refus.get(1).contains("c-doublon.jar") && refus.get(1).contains("'bon'"), refus.get(1));
        assertTrue(refus.get(2).contains("d-abime.jar"), refus.get(2));
        assertEquals(
                plugins.toutes().size(),
                ExportateursDrm.de(new ExportateurTexte())
                                .avecDossier(dossier.resolve("absent"), refus::add)
                                .toutes()
                                .size()
                        + 1,
                "no folder: the registry as it was");
    }

    @Test
    void un_dossier_ou_un_jar_que_d_autres_comptes_peuvent_modifier_n_est_pas_charge(@TempDir Path parent)
            throws Exception {
        // Before: any jar of the folder was loaded, whoever could write there; its code ran with the server's rights.
        Path dossier = Files.createDirectory(parent.resolve("plugins"));
        JarDePlugin.ecrire(
                dossier,
                "a-bon.jar",
                "essai.ouvert.Fabrique",
                JarDePlugin.pluginMinimal("essai.ouvert", "ouvert", FabriqueExportateurDrm.VERSION_SPI));
        List<String> refus = new ArrayList<>();
        Files.setPosixFilePermissions(dossier, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        assertEquals(
                List.of("texte"),
                ExportateursDrm.de(new ExportateurTexte()).avecDossier(dossier, refus::add).toutes().stream()
                        .map(FabriqueExportateurDrm::id)
                        .toList());
        assertTrue(refus.get(0).contains("d'autres comptes que le sien peuvent y écrire"), refus.get(0));

        Files.setPosixFilePermissions(dossier, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(
                dossier.resolve("a-bon.jar"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
        refus.clear();
        assertEquals(
                List.of("texte"),
                ExportateursDrm.de(new ExportateurTexte()).avecDossier(dossier, refus::add).toutes().stream()
                        .map(FabriqueExportateurDrm::id)
                        .toList());
        assertTrue(refus.get(0).contains("a-bon.jar") && refus.get(0).contains("peuvent y écrire"), refus.get(0));

        Files.setPosixFilePermissions(
                dossier.resolve("a-bon.jar"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(
                List.of("ouvert", "texte"),
                ExportateursDrm.de(new ExportateurTexte()).avecDossier(dossier, refus::add).toutes().stream()
                        .map(FabriqueExportateurDrm::id)
                        .toList(),
                "private again: loaded");
    }
}
