package fr.monchai.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** A wrong password for that address from that client: refused, or not tried when it must wait. */
    private boolean echec(String adresse, String client) {
        try {
            return r.tenter(adresse, client, () -> {
                        throw new DomainException(
                                CodeErreur.OPERATION_INCOHERENTE, "email", "adresse ou mot de passe incorrect");
                    })
                    instanceof Ralentisseur.Essai.Attente<?>;
        } catch (DomainException e) {
            return true;
        }
    }

    private void succes(String adresse, String client) {
        assertInstanceOf(Ralentisseur.Essai.Fait.class, r.tenter(adresse, client, () -> "ouvert"));
    }

    /** Fails, then lets the whole wait pass, so that the next failure is counted. */
    private void echecPuisAttendre(String adresse, String client) {
        echec(adresse, client);
        r.attente(adresse, client).ifPresent(horloge::avancer);
    }

    @Test
    void l_attente_double_a_chaque_echec_au_dela_des_trois_premiers_et_plafonne() {
        for (int i = 0; i < Ralentisseur.GRATUITS; i++) {
            echec("a@x.fr", "10.0.0." + i);
            assertEquals(Optional.empty(), r.attente("a@x.fr", "10.9.9.9"));
        }
        long[] attendues = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long secondes : attendues) {
            assertTrue(echec("A@X.fr ", "10.1.0." + secondes));
            assertEquals(
                    Optional.of(Duration.ofSeconds(secondes)), r.attente("a@x.fr", "10.9.9.9"), "after " + secondes);
            assertInstanceOf(
                    Ralentisseur.Essai.Attente.class,
                    r.tenter("a@x.fr", "10.9.9.9", () -> "jamais"),
                    "nothing is tried");
            horloge.avancer(Duration.ofSeconds(secondes));
        }
        echec("a@x.fr", "10.2.0.1");
        horloge.avancer(Duration.ofSeconds(59));
        assertEquals(Optional.of(Duration.ofSeconds(1)), r.attente("a@x.fr", "10.9.9.9"));
        horloge.avancer(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), r.attente("a@x.fr", "10.9.9.9"), "a wait, never a lockout");
    }

    @Test
    void un_client_connu_de_l_adresse_n_attend_pas_pour_elle_mais_un_client_qui_echoue_attend_partout() {
        succes("a@x.fr", "192.0.2.1");
        for (int i = 0; i < 13; i++) {
            echecPuisAttendre("a@x.fr", "192.0.2.66");
        }
        echec("a@x.fr", "192.0.2.66");
        assertEquals(Optional.empty(), r.attente("a@x.fr", "192.0.2.1"));
        assertEquals(
                Ralentisseur.ATTENTE_MAX_CLIENT,
                r.attente("b@x.fr", "192.0.2.66").orElseThrow(),
                "the stranger waits on any address");
        assertEquals(
                Ralentisseur.ATTENTE_MAX_ADRESSE,
                r.attente("a@x.fr", "192.0.2.99").orElseThrow());
        succes("a@x.fr", "192.0.2.1");
        assertEquals(Optional.empty(), r.attente("a@x.fr", "192.0.2.99"), "a success forgets the address's failures");
        assertEquals(
                Ralentisseur.ATTENTE_MAX_CLIENT,
                r.attente("a@x.fr", "192.0.2.66").orElseThrow(),
                "not the failing client's");
    }

    @Test
    void les_echecs_s_oublient_apres_un_quart_d_heure_sans_echec() {
        for (int i = 0; i < 6; i++) {
            echecPuisAttendre("a@x.fr", "192.0.2.7");
        }
        horloge.avancer(Ralentisseur.OUBLI.plusSeconds(1));
        assertEquals(Optional.empty(), r.attente("a@x.fr", "192.0.2.7"));
        echec("a@x.fr", "192.0.2.7");
        assertEquals(Optional.empty(), r.attente("a@x.fr", "192.0.2.7"), "counting starts again");
    }

    @Test
    void des_essais_lances_ensemble_ne_verifient_pas_plus_de_mots_de_passe_qu_un_par_un() throws Exception {
        // Before: the wait was checked, then the password, then the failure counted; 48 parallel guesses got 16 checks.
        AtomicInteger verifies = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(48);
        CountDownLatch depart = new CountDownLatch(1);
        List<Future<?>> essais = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            essais.add(pool.submit(() -> {
                depart.await();
                try {
                    r.tenter("cible@x.fr", "198.51.100.7", () -> {
                        verifies.incrementAndGet();
                        try {
                            Thread.sleep(20); // a slow password hash
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw new DomainException(
                                CodeErreur.OPERATION_INCOHERENTE, "email", "adresse ou mot de passe incorrect");
                    });
                } catch (DomainException e) {
                    // refused, as it should
                }
                return null;
            }));
        }
        depart.countDown();
        for (Future<?> e : essais) {
            e.get();
        }
        pool.shutdown();
        assertEquals(Ralentisseur.GRATUITS + 1, verifies.get(), "the free attempts and one more, then a wait");
    }

    @Test
    void un_client_ipv6_est_compte_par_son_bloc_de_64() {
        for (int i = 0; i < 12; i++) {
            echecPuisAttendre("x" + i + "@x.fr", "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        echec("y@x.fr", "2001:db8:1:2:ffff::1");
        assertTrue(
                r.attente("z@x.fr", "2001:db8:1:2:abcd::9").isPresent(), "another address of the same /64 waits too");
        assertEquals(Optional.empty(), r.attente("z@x.fr", "2001:db8:1:3::1"), "another /64 does not");
        assertEquals("2001:db8:1:2::/64", Ralentisseur.groupe("2001:0db8:0001:0002:0000:0000:0000:0001"));
        assertEquals("192.0.2.1", Ralentisseur.groupe("192.0.2.1"));
    }

    @Test
    void un_refus_qui_n_essaie_aucun_mot_de_passe_ne_compte_pas() {
        for (int i = 0; i < 10; i++) {
            try {
                r.tenter("a@x.fr", "192.0.2.3", () -> {
                    throw new DomainException(CodeErreur.SAISIE_INVALIDE, "motDePasse", "obligatoire");
                });
            } catch (DomainException e) {
                // a form left empty
            }
        }
        assertEquals(Optional.empty(), r.attente("a@x.fr", "192.0.2.3"));
    }
}
