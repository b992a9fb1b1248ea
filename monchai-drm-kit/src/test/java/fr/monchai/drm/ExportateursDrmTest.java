package fr.monchai.drm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExportateursDrmTest {

    @Test
    void un_plugin_s_enregistre_a_la_main_et_deux_ids_identiques_echouent_tout_de_suite() {
        ExportateursDrm registre = ExportateursDrm.de(new ExportateurTexte());
        assertTrue(registre.trouver("texte").isPresent());
        assertTrue(registre.trouver("autre").isEmpty());
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> registre.avec(new ExportateurTexte()));
        assertTrue(e.getMessage().contains("'texte'"), e.getMessage());
        assertEquals(1, registre.toutes().size());
    }

    @Test
    void sans_plugin_sur_le_classpath_la_decouverte_est_vide() {
        assertEquals(0, ExportateursDrm.decouvrir().toutes().size());
    }
}
