package fr.monchai.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The growing wait of failed logins, on a clock the test moves. */
class RalentisseurTest {

    /** A clock that stands still until the test moves it. */
    private static final class Horloge extends Clock {
        private Instant maintenant = Instant.parse("2026-11-30T08:00:00Z");

        void avancer(Duration d) {
            maintenant = maintenant.plus(d);
        }

        @Override
        public Instant instant() {
            return maintenant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final Horloge horloge = new Horloge();
    private final Ralentisseur r = new Ralentisseur(horloge);

    @Test
    void l_attente_double_a_chaque_echec_au_dela_des_trois_premiers_et_plafonne() {
        for (int i = 0; i < Ralentisseur.GRATUITS; i++) {
            r.echec("a@x.fr", "client-" + i);
            assertEquals(Optional.empty(), r.attente("a@x.fr", "nouveau"));
        }
        long[] attendues = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long secondes : attendues) {
            r.echec("A@X.fr ", "client-" + secondes);
            assertEquals(Optional.of(Duration.ofSeconds(secondes)), r.attente("a@x.fr", "nouveau"), "after " + secondes);
        }
        horloge.avancer(Duration.ofSeconds(59));
        assertEquals(Optional.of(Duration.ofSeconds(1)), r.attente("a@x.fr", "nouveau"));
        horloge.avancer(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), r.attente("a@x.fr", "nouveau"), "a wait, never a lockout");
    }

    @Test
    void un_client_connu_de_l_adresse_n_attend_pas_pour_elle_mais_un_client_qui_echoue_attend_partout() {
        r.succes("a@x.fr", "maison");
        for (int i = 0; i < 13; i++) {
            r.echec("a@x.fr", "inconnu");
        }
        assertEquals(Optional.empty(), r.attente("a@x.fr", "maison"));
        assertEquals(Ralentisseur.ATTENTE_MAX_CLIENT, r.attente("b@x.fr", "inconnu").orElseThrow(), "the stranger waits on any address");
        assertEquals(Ralentisseur.ATTENTE_MAX_ADRESSE, r.attente("a@x.fr", "ailleurs").orElseThrow());
        r.succes("a@x.fr", "maison");
        assertEquals(Optional.empty(), r.attente("a@x.fr", "ailleurs"), "a success forgets the address's failures");
        assertEquals(Ralentisseur.ATTENTE_MAX_CLIENT, r.attente("a@x.fr", "inconnu").orElseThrow(), "not the failing client's");
    }

    @Test
    void les_echecs_s_oublient_apres_un_quart_d_heure_sans_echec() {
        for (int i = 0; i < 6; i++) {
            r.echec("a@x.fr", "c");
        }
        horloge.avancer(Ralentisseur.OUBLI.plusSeconds(1));
        assertEquals(Optional.empty(), r.attente("a@x.fr", "c"));
        r.echec("a@x.fr", "c");
        assertEquals(Optional.empty(), r.attente("a@x.fr", "c"), "counting starts again");
    }
}
