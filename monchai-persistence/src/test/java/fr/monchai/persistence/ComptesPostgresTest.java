package fr.monchai.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.monchai.comptes.Avis;
import fr.monchai.comptes.CompteService;
import fr.monchai.comptes.JetonCree;
import fr.monchai.comptes.Role;
import fr.monchai.comptes.Session;
import fr.monchai.comptes.StatutMembre;
import fr.monchai.comptes.Utilisateur;
import fr.monchai.core.commun.CodeErreur;
import fr.monchai.core.commun.DomainException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The accounts on PostgreSQL, on a clock the test moves: nobody gets in without proving their
 * address, links work once and expire, sessions and tokens end.
 */
class ComptesPostgresTest {

    private static final String MOT = "vieilles-vignes-1976";

    /** A clock that stands still until the test moves it. */
    private static final class Horloge extends Clock {
        private Instant maintenant = Instant.parse("2026-12-01T08:00:00Z");

        void avancer(Duration d) {
            maintenant = maintenant.plus(d);
        }

        @Override
        public Instant instant() {
            return maintenant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** What would be mailed: each message with its address and its link's secret. */
    private record Envoi(String quoi, String email, String jeton) {}

    private static final class Boite implements Avis {
        final List<Envoi> envois = new ArrayList<>();

        @Override
        public void confirmerInscription(String email, String domaine, String jeton, boolean compteExistant) {
            envois.add(new Envoi(compteExistant ? "inscription-compte-existant" : "inscription", email, jeton));
        }

        @Override
        public void inviter(String email, String domaine, String invitant, Role role, String jeton) {
            envois.add(new Envoi("invitation", email, jeton));
        }

        @Override
        public void reinitialiser(String email, String jeton, boolean verification) {
            envois.add(new Envoi(verification ? "verification" : "reinitialisation", email, jeton));
        }

        @Override
        public void motDePasseChange(String email) {
            envois.add(new Envoi("mot-de-passe-change", email, ""));
        }

        Envoi dernier(String email) {
            return envois.stream()
                    .filter(e -> e.email().equals(email))
                    .reduce((a, b) -> b)
                    .orElseThrow();
        }
    }

    private final Horloge horloge = new Horloge();
    private final Boite boite = new Boite();
    private CompteService comptes;

    @BeforeEach
    void vider() {
        BaseDeTest.reinitialiser();
        comptes = StockagePostgres.sur(BaseDeTest.pool()).comptes(boite, horloge);
    }

    private Session inscrire(String domaine, String email) {
        comptes.demanderInscription(domaine, email, "Alice", MOT);
        return comptes.confirmerInscription(boite.dernier(email).jeton());
    }

    @Test
    void une_inscription_n_existe_qu_une_fois_son_lien_suivi_qui_ne_sert_qu_une_fois_et_expire() {
        comptes.demanderInscription("Domaine Neuf", "Alice@Example.fr", "Alice", MOT);
        assertEquals(
                Optional.empty(),
                comptes.connecter("alice@example.fr", MOT, OptionalLong.empty()),
                "nothing before the link");
        String jeton = boite.dernier("alice@example.fr").jeton();
        Session s = comptes.confirmerInscription(jeton);
        assertEquals(Role.ADMIN, s.utilisateur().role());
        assertEquals("alice@example.fr", s.utilisateur().email());
        assertEquals(
                CodeErreur.INTROUVABLE,
                assertThrows(DomainException.class, () -> comptes.confirmerInscription(jeton))
                        .code(),
                "a link works once");
        assertTrue(
                comptes.connecter("ALICE@example.fr", MOT, OptionalLong.empty()).isPresent());

        comptes.demanderInscription("Domaine Tardif", "bob@example.fr", "Bob", MOT);
        horloge.avancer(CompteService.DUREE_LIEN_INSCRIPTION.plusSeconds(1));
        assertThrows(
                DomainException.class,
                () -> comptes.confirmerInscription(
                        boite.dernier("bob@example.fr").jeton()),
                "expired");
        assertEquals(Optional.empty(), comptes.connecter("bob@example.fr", MOT, OptionalLong.empty()));
    }

    @Test
    void une_adresse_inscrite_d_avance_par_un_autre_ne_lui_donne_jamais_le_domaine_ou_on_l_invite() {
        // The takeover: an attacker signs up the victim's address before an estate invites it.
        comptes.demanderInscription(
                "Domaine de l'attaquant", "victime@vignoble.example", "Pirate", "le-mot-du-pirate-99");
        assertEquals(
                Optional.empty(),
                comptes.connecter("victime@vignoble.example", "le-mot-du-pirate-99", OptionalLong.empty()),
                "an address nobody proved opens nothing");
        String lienDuPirate = boite.dernier("victime@vignoble.example").jeton(); // only the victim's mailbox has it
        Session admin = inscrire("Domaine de l'estate", "admin@estate.example");
        Utilisateur invite = comptes.inviter(
                admin.utilisateur().domaineId(),
                admin.utilisateur(),
                "victime@vignoble.example",
                "Victime",
                Role.COMPTA);
        assertEquals(StatutMembre.INVITE, invite.statut());
        assertTrue(comptes.invitation(boite.dernier("victime@vignoble.example").jeton())
                .nouveauCompte());
        Session victime = comptes.accepterInvitation(
                boite.dernier("victime@vignoble.example").jeton(), Optional.of("le-mien-a-moi-seule"));
        assertEquals(admin.utilisateur().domaineId(), victime.utilisateur().domaineId());
        assertEquals(
                Optional.empty(),
                comptes.connecter("victime@vignoble.example", "le-mot-du-pirate-99", OptionalLong.empty()));
        // Even the attacker's sign-up, if the victim follows its link later, keeps the victim's own password.
        Session domaineEnPlus = comptes.confirmerInscription(lienDuPirate);
        assertEquals(
                Optional.empty(),
                comptes.connecter("victime@vignoble.example", "le-mot-du-pirate-99", OptionalLong.empty()));
        assertTrue(comptes.connecter(
                        "victime@vignoble.example",
                        "le-mien-a-moi-seule",
                        OptionalLong.of(domaineEnPlus.utilisateur().domaineId()))
                .isPresent());
    }

    @Test
    void un_compte_existant_invite_ne_rejoint_le_domaine_qu_en_acceptant() {
        Session a = inscrire("Domaine A", "a@example.fr");
        Session b = inscrire("Domaine B", "b@example.fr");
        comptes.inviter(b.utilisateur().domaineId(), b.utilisateur(), "a@example.fr", "Conseil", Role.OENOLOGUE);
        assertEquals(1, comptes.adhesions(a.utilisateur()).size(), "not before accepting");
        assertEquals(
                Optional.empty(),
                comptes.connecter(
                        "a@example.fr", MOT, OptionalLong.of(b.utilisateur().domaineId())));
        assertFalse(comptes.invitation(boite.dernier("a@example.fr").jeton()).nouveauCompte());
        Session dansB = comptes.accepterInvitation(
                boite.dernier("a@example.fr").jeton(), Optional.of("ignore-car-compte-existant"));
        assertEquals(Role.OENOLOGUE, dansB.utilisateur().role());
        assertTrue(
                comptes.connecter("a@example.fr", MOT, OptionalLong.empty()).isPresent(),
                "the account keeps its password");
        assertEquals(
                b.utilisateur().domaineId(),
                comptes.connecter("a@example.fr", MOT, OptionalLong.empty())
                        .orElseThrow()
                        .utilisateur()
                        .domaineId(),
                "the domaine last chosen opens");
        assertEquals(2, comptes.adhesions(a.utilisateur()).size());
    }

    @Test
    void une_session_finit_apres_une_demi_heure_sans_usage_et_douze_heures_au_plus() {
        Session s = inscrire("Domaine Horloge", "h@example.fr");
        for (int i = 0; i < 24; i++) {
            horloge.avancer(Duration.ofMinutes(29));
            assertTrue(comptes.session(s.cookie()).isPresent(), "used every 29 minutes: " + i);
        }
        horloge.avancer(Duration.ofMinutes(29)); // 12 h 05 min after it opened, 29 min after its last use
        assertEquals(Optional.empty(), comptes.session(s.cookie()), "never longer than 12 hours");
        Session t = comptes.connecter("h@example.fr", MOT, OptionalLong.empty()).orElseThrow();
        horloge.avancer(CompteService.INACTIVITE.plusSeconds(1));
        assertEquals(Optional.empty(), comptes.session(t.cookie()), "half an hour without use");
    }

    @Test
    void changer_son_mot_de_passe_ferme_les_autres_sessions_et_remplace_la_sienne() {
        Session ici = inscrire("Domaine Sessions", "s@example.fr");
        Session ailleurs =
                comptes.connecter("s@example.fr", MOT, OptionalLong.empty()).orElseThrow();
        Session nouvelle = comptes.changerMotDePasse(ici, MOT, "un-tout-autre-secret");
        assertEquals(Optional.empty(), comptes.session(ailleurs.cookie()));
        assertEquals(Optional.empty(), comptes.session(ici.cookie()), "the current session is replaced");
        assertTrue(comptes.session(nouvelle.cookie()).isPresent());
        assertNotEquals(ici.csrf(), nouvelle.csrf());
        assertEquals("mot-de-passe-change", boite.dernier("s@example.fr").quoi());
    }

    @Test
    void un_mot_de_passe_oublie_se_remplace_par_un_lien_d_une_heure_et_ferme_toutes_les_sessions() {
        Session s = inscrire("Domaine Oubli", "o@example.fr");
        int avant = boite.envois.size();
        comptes.demanderReinitialisation("inconnu@example.fr");
        assertEquals(avant, boite.envois.size(), "nothing is sent for an unknown address");
        comptes.demanderReinitialisation("o@example.fr");
        String jeton = boite.dernier("o@example.fr").jeton();
        assertEquals(
                CodeErreur.SAISIE_INVALIDE,
                assertThrows(DomainException.class, () -> comptes.reinitialiser(jeton, "1234567890"))
                        .code());
        assertTrue(comptes.reinitialisationValide(jeton), "a refused password leaves the link usable");
        assertTrue(comptes.reinitialiser(jeton, "nouvelle-saison-2027").isPresent());
        assertEquals(Optional.empty(), comptes.session(s.cookie()));
        assertThrows(DomainException.class, () -> comptes.reinitialiser(jeton, "encore-une-fois-2027"));
        comptes.demanderReinitialisation("o@example.fr");
        horloge.avancer(CompteService.DUREE_REINITIALISATION.plusSeconds(1));
        assertFalse(comptes.reinitialisationValide(boite.dernier("o@example.fr").jeton()), "an hour at most");
    }

    @Test
    void un_compte_d_une_version_precedente_prouve_son_adresse_a_sa_prochaine_connexion() throws Exception {
        Session s = inscrire("Domaine Ancien", "ancien@example.fr");
        try (Connection c = BaseDeTest.pool().getConnection();
                PreparedStatement p = c.prepareStatement("update personne set verifiee_le = null where email = ?")) {
            p.setString(1, "ancien@example.fr");
            p.executeUpdate();
        }
        DomainException e = assertThrows(
                DomainException.class, () -> comptes.connecter("ancien@example.fr", MOT, OptionalLong.empty()));
        assertEquals("adresse", e.champ());
        assertEquals("verification", boite.dernier("ancien@example.fr").quoi());
        assertEquals(
                Optional.empty(),
                comptes.connecter("ancien@example.fr", "pas-le-bon-du-tout", OptionalLong.empty()),
                "a wrong password says nothing more");
        comptes.reinitialiser(boite.dernier("ancien@example.fr").jeton(), "prouve-par-le-lien");
        assertEquals(
                s.utilisateur().domaineId(),
                comptes.connecter("ancien@example.fr", "prouve-par-le-lien", OptionalLong.empty())
                        .orElseThrow()
                        .utilisateur()
                        .domaineId());
    }

    @Test
    void un_jeton_expire_se_liste_et_se_revoque() {
        Session admin = inscrire("Domaine Jetons", "j@example.fr");
        long d = admin.utilisateur().domaineId();
        JetonCree jeton = comptes.creerJeton(d, admin.utilisateur().id(), "ERP", Optional.empty());
        assertEquals(horloge.instant().plus(CompteService.DUREE_JETON), jeton.expire());
        assertTrue(comptes.parJeton(jeton.jeton()).isPresent());
        assertEquals(
                List.of("ERP"), comptes.jetons(d).stream().map(j -> j.nom()).toList());
        horloge.avancer(CompteService.DUREE_JETON.plusSeconds(1));
        assertEquals(Optional.empty(), comptes.parJeton(jeton.jeton()), "expired");
        JetonCree autre = comptes.creerJeton(d, admin.utilisateur().id(), "Boutique", Optional.empty());
        comptes.revoquerJeton(d, autre.id());
        assertEquals(Optional.empty(), comptes.parJeton(autre.jeton()), "revoked");
        assertThrows(DomainException.class, () -> comptes.revoquerJeton(d, autre.id()));
        assertThrows(
                DomainException.class,
                () -> comptes.creerJeton(
                        d,
                        admin.utilisateur().id(),
                        "Trop loin",
                        Optional.of(java.time.LocalDate.ofInstant(horloge.instant(), ZoneOffset.UTC)
                                .plusYears(2))));
    }

    @Test
    void retirer_un_membre_ferme_ses_sessions_et_ses_jetons_et_le_dernier_administrateur_reste() {
        Session admin = inscrire("Domaine Retrait", "r@example.fr");
        long d = admin.utilisateur().domaineId();
        assertEquals(
                CodeErreur.OPERATION_INCOHERENTE,
                assertThrows(
                                DomainException.class,
                                () -> comptes.retirer(d, admin.utilisateur().id()))
                        .code());
        comptes.inviter(d, admin.utilisateur(), "m@example.fr", "Membre", Role.ADMIN);
        Session membre =
                comptes.accepterInvitation(boite.dernier("m@example.fr").jeton(), Optional.of("le-membre-a-son-mot"));
        JetonCree jeton = comptes.creerJeton(d, membre.utilisateur().id(), "Script", Optional.empty());
        comptes.retirer(d, membre.utilisateur().id());
        assertEquals(Optional.empty(), comptes.session(membre.cookie()));
        assertEquals(Optional.empty(), comptes.parJeton(jeton.jeton()));
        assertEquals(1, comptes.membres(d).size());
        assertTrue(
                comptes.connecter("m@example.fr", "le-membre-a-son-mot", OptionalLong.empty())
                        .isEmpty(),
                "no domaine left");
    }
}
