package fr.monchai.comptes;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.commun.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a password may be: each of these was accepted before (any 10 characters was a password). */
class MotsDePasseTest {

    @Test
    void les_mots_de_passe_courants_les_espaces_et_l_adresse_sont_refuses_en_nommant_le_champ() {
        for (String faible : List.of(
                "1234567890",
                "motdepasse",
                "azertyuiop",
                "          ",
                "qwertyuiop",
                "MotDePasse2026!",
                "mot de passe",
                "aaaaaaaaaaaa",
                "Azertyuiop123",
                "password123",
                "Soleil2025!!",
                "chouchou1234",
                "marseille13")) {
            DomainException e = assertThrows(
                    DomainException.class,
                    () -> MotsDePasse.verifierRegles("motDePasse", faible, "alice@example.fr"),
                    "« " + faible + " » is refused");
            assertEquals("motDePasse", e.champ());
        }
        DomainException adresse = assertThrows(
                DomainException.class,
                () -> MotsDePasse.verifierRegles(
                        "nouveauMotDePasse", "alice.martin@example.fr", "Alice.Martin@example.fr"));
        assertTrue(adresse.violations().get(0).message().contains("adresse"), adresse.getMessage());
        assertThrows(DomainException.class, () -> MotsDePasse.verifierRegles("motDePasse", "court", "a@b.fr"));
        assertThrows(
                DomainException.class, () -> MotsDePasse.verifierRegles("motDePasse", "x".repeat(201) + "y", "a@b.fr"));
    }

    @Test
    void une_phrase_ou_un_mot_de_passe_rare_passe_tel_qu_il_est_tape() {
        for (String bon : List.of(
                "vieilles-vignes-1976", "le vin de Loire se boit frais", "  des espaces autour  ", "Ç3-çÀ-Vâ-Bïén")) {
            assertDoesNotThrow(() -> MotsDePasse.verifierRegles("motDePasse", bon, "alice@example.fr"), bon);
        }
        String hache = MotsDePasse.hacher("  des espaces autour  ");
        assertTrue(MotsDePasse.verifier("  des espaces autour  ", hache));
        assertTrue(
                !MotsDePasse.verifier("des espaces autour", hache), "spaces are part of the password: never stripped");
    }
}
