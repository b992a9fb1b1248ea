package fr.monchai.server;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.monchai.comptes.CompteService;
import fr.monchai.core.MonChai;
import fr.monchai.core.commun.Volume;
import fr.monchai.core.journal.FiltreJournal;
import fr.monchai.core.registre.LotEnCuve;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cellar in a real Chromium, against the real server and PostgreSQL: the dev book's journey
 * (J3) at phone size, refusals that change nothing, escaping, roles, CSRF. Each screen is
 * photographed to {@code target/ecrans/} and checked with axe-core.
 */
@Tag("navigateur")
class ChaiNavigateurTest {

    private static final String MOT_DE_PASSE = Client.MOT_DE_PASSE;

    private static MonChai chai() {
        return ServeurDeTest.serveur().injecteur().getInstance(MonChai.class);
    }

    private static long domaine(String email) {
        return ServeurDeTest.serveur()
                .injecteur()
                .getInstance(CompteService.class)
                .connecter(email, MOT_DE_PASSE, OptionalLong.empty())
                .orElseThrow()
                .utilisateur()
                .domaineId();
    }

    private static Page.GetByRoleOptions nom(String nom) {
        return new Page.GetByRoleOptions().setName(nom);
    }

    /** Signs up a new domaine through its page; returns the address. */
    private static String inscrire(Page page, String domaine) {
        String email = UUID.randomUUID() + "@exemple.fr";
        page.navigate(ServeurDeTest.url() + "/");
        assertThat(page).hasURL(ServeurDeTest.url() + "/connexion");
        page.getByRole(AriaRole.LINK, nom("Créer mon domaine")).click();
        page.getByLabel("Nom du domaine").fill(domaine);
        page.getByLabel("Votre nom").fill("Alice");
        page.getByLabel("Adresse électronique").fill(email);
        page.getByLabel("Mot de passe").fill(MOT_DE_PASSE);
        page.getByRole(AriaRole.BUTTON, nom("Créer mon domaine")).click();
        assertThat(page.getByRole(AriaRole.HEADING, nom("Vérifiez votre boîte")))
                .isVisible();
        // The person opens the link of the mail: nothing exists before.
        page.navigate(Courriels.dernier(email, "/inscription/confirmer").lien("/inscription/confirmer"));
        page.getByRole(AriaRole.BUTTON, nom("Créer mon domaine")).click();
        assertThat(page.getByRole(AriaRole.HEADING, nom("Tableau de bord"))).isVisible();
        return email;
    }

    private static void nouvelleCuve(Page page, String nom, String capacite) {
        page.navigate(ServeurDeTest.url() + "/app/cuverie");
        page.getByRole(AriaRole.LINK, nom("Nouvelle cuve")).click();
        page.getByLabel("Nom").fill(nom);
        page.getByLabel("Capacité (hl)").fill(capacite);
        page.getByRole(AriaRole.BUTTON, nom("Créer la cuve")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Cuve créée");
    }

    @Test
    void de_l_inscription_a_la_tracabilite_du_lot_sur_un_telephone() {
        Page page = Navigateur.telephone();
        String email = inscrire(page, "Domaine du Navigateur");
        Navigateur.verifier(page, "telephone-tableau-de-bord");
        long d = domaine(email);

        page.getByRole(AriaRole.LINK, nom("Parcelles")).click();
        page.getByRole(AriaRole.LINK, nom("Nouvelle parcelle")).click();
        page.getByLabel("Nom").fill("Les Carrières");
        page.getByLabel("Cépage").fill("Melon B.");
        page.getByLabel("Surface (ha)").fill("1,2");
        Navigateur.verifier(page, "telephone-parcelle");
        page.getByRole(AriaRole.BUTTON, nom("Enregistrer")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Parcelle créée");
        Navigateur.verifier(page, "telephone-parcelles");
        assertEquals(
                "1.2", chai().parcelles().rechercher(d, "").get(0).surfaceHa().toPlainString(), "25,4 is read as 25.4");

        nouvelleCuve(page, "Cuve 1", "50");
        nouvelleCuve(page, "Cuve 2", "30");
        Navigateur.verifier(page, "telephone-cuverie");

        page.getByRole(AriaRole.LINK, nom("Tableau de bord")).click();
        page.getByRole(AriaRole.LINK, nom("Ajouter une vendange")).click();
        page.getByLabel("Volume récolté (hl)").fill("25,4");
        page.getByLabel("Déchets (hl)").fill("0,8");
        page.getByRole(AriaRole.RADIO, nom("Cuve 1")).check();
        page.getByLabel("Produit (pour une cuve vide)")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Muscadet Sèvre et Maine Sur lie (AOP)"));
        Navigateur.verifier(page, "telephone-vendange");
        page.getByRole(AriaRole.BUTTON, nom("Valider")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vendange validée");
        List<LotEnCuve> lots = chai().registre().lotsDisponibles(d);
        assertEquals(1, lots.size());
        assertEquals(Volume.hl("24.6"), lots.get(0).volume());
        Navigateur.verifier(page, "telephone-cuve");

        page.getByRole(AriaRole.LINK, nom("Soutirage")).click();
        page.getByLabel("Volume qui quitte la cuve, lies comprises (hl)").fill("5");
        page.getByLabel("Dont lies et pertes (hl)").fill("0,1");
        assertThat(page.locator("#arrivee")).containsText("Arrivent dans la cuve de destination : 4,9 hl");
        page.getByRole(AriaRole.RADIO, nom("Cuve 2")).check();
        Navigateur.verifier(page, "telephone-soutirage");
        page.getByRole(AriaRole.BUTTON, nom("Valider")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Mouvement validé");
        assertEquals(
                Volume.hl("19.6"),
                chai().registre().cuves(d).get(0).volume(),
                "5 hl leave the cuve, the lees among them");

        page.navigate(ServeurDeTest.url() + "/app/cuves/"
                + chai().registre().cuves(d).get(1).cuve().id());
        page.getByRole(AriaRole.LINK, nom("Perte")).click();
        page.getByLabel("Volume (hl)").fill("0,1");
        page.getByLabel("Cause (obligatoire : évaporation, casse, lies…)").fill("Ouillage");
        Navigateur.verifier(page, "telephone-perte");
        page.getByRole(AriaRole.BUTTON, nom("Valider")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Mouvement validé");
        assertEquals(Volume.hl("4.8"), chai().registre().cuves(d).get(1).volume(), "4.9 hl arrived, 0.1 lost");
        page.navigate(ServeurDeTest.url() + "/app/assemblage");
        Navigateur.verifier(page, "telephone-assemblage");

        page.navigate(ServeurDeTest.url() + "/app/cuves/"
                + chai().registre().cuves(d).get(0).cuve().id());
        assertThat(page.getByRole(AriaRole.LINK, nom("Mise en bouteille")).last())
                .hasAttribute(
                        "href",
                        "/app/mise-en-bouteille?lot=" + lots.get(0).lot().id());
        // Loaded whole (not swapped by a boosted link), so htmx has wired the form before the first keystroke.
        page.navigate(ServeurDeTest.url() + "/app/mise-en-bouteille?lot="
                + lots.get(0).lot().id());
        page.getByLabel("Nombre de bouteilles").fill("2000");
        assertThat(page.locator("#volume-bouteilles")).containsText("Ces bouteilles prennent 15 hl au lot.");
        page.getByLabel("Pertes (hl)").fill("0,2");
        Navigateur.verifier(page, "telephone-mise-en-bouteille");
        page.getByRole(AriaRole.BUTTON, nom("Valider")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Mouvement validé");
        assertEquals(2000, chai().registre().stockBouteilles(d).get(0).nbBouteilles());
        Navigateur.verifier(page, "telephone-journal");

        page.navigate(ServeurDeTest.url() + "/app/lots/" + lots.get(0).lot().id());
        assertThat(page.getByText("En amont, parcelles :")).isVisible();
        assertThat(page.locator("main")).containsText("Les Carrières");
        assertThat(page.locator("main")).containsText("2\u202f000");
        Navigateur.verifier(page, "telephone-lot");
        assertEquals(4, chai().registre().journal(d, FiltreJournal.TOUT).size());
    }

    @Test
    void un_formulaire_refuse_garde_la_saisie_montre_le_message_et_ne_change_rien() {
        Page page = Navigateur.telephone();
        String email = inscrire(page, "Domaine des Refus");
        long d = domaine(email);
        page.navigate(ServeurDeTest.url() + "/app/parcelles/nouvelle");
        page.getByLabel("Nom").fill("<script>alert(1)</script>");
        page.getByLabel("Cépage").fill("Melon B.");
        page.getByLabel("Surface (ha)").fill("beaucoup");
        page.getByRole(AriaRole.BUTTON, nom("Enregistrer")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Rien n'a été enregistré");
        assertThat(page.getByText("doit être un nombre, comme 25,4").last()).isVisible();
        assertThat(page.getByLabel("Nom")).hasValue("<script>alert(1)</script>");
        assertThat(page.getByLabel("Surface (ha)")).hasAttribute("aria-invalid", "true");
        Navigateur.verifier(page, "telephone-parcelle-refusee");
        assertEquals(0, chai().parcelles().rechercher(d, "").size());

        page.getByLabel("Surface (ha)").fill("0,5");
        page.getByRole(AriaRole.BUTTON, nom("Enregistrer")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Parcelle créée");
        assertThat(page.locator("main")).containsText("<script>alert(1)</script>");
        assertEquals(0, page.locator("main script").count(), "a name is text, never markup");

        nouvelleCuve(page, "Cuve 1", "50");
        page.getByRole(AriaRole.LINK, nom("Tableau de bord")).click();
        page.getByRole(AriaRole.LINK, nom("Ajouter une vendange")).click();
        page.getByLabel("Volume récolté (hl)").fill("vingt");
        page.getByRole(AriaRole.BUTTON, nom("Valider")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        assertThat(page.getByLabel("Volume récolté (hl)")).hasValue("vingt");
        assertEquals(0, chai().registre().journal(d, FiltreJournal.TOUT).size(), "a refused harvest records nothing");
        assertTrue(chai().vendanges()
                .lister(d, fr.monchai.core.chai.FiltreVendanges.TOUT)
                .isEmpty());
    }

    @Test
    void chaque_role_ne_voit_que_ce_qu_il_peut_faire_et_l_adresse_tapee_donne_403() {
        Client admin = Client.inscrit("Domaine des Rôles à l'écran");
        for (String role : List.of("OPERATEUR", "COMPTA")) {
            String email = UUID.randomUUID() + "@exemple.fr";
            assertEquals(
                    201,
                    admin.post("/api/utilisateurs", Map.of("email", email, "nom", role, "role", role))
                            .statut());
            Page page = Navigateur.bureau();
            page.navigate(Courriels.dernier(email, "/invitation").lien("/invitation"));
            page.getByLabel("Choisissez votre mot de passe").fill(MOT_DE_PASSE);
            page.getByRole(AriaRole.BUTTON, nom("Accepter l'invitation")).click();
            assertThat(page.getByRole(AriaRole.HEADING, nom("Tableau de bord"))).isVisible();
            assertEquals(0, page.getByRole(AriaRole.LINK, nom("Équipe")).count(), role + " sees no team page");
            page.navigate(ServeurDeTest.url() + "/app/equipe");
            assertThat(page.getByRole(AriaRole.HEADING, nom("Accès refusé"))).isVisible();
            if (role.equals("COMPTA")) {
                page.navigate(ServeurDeTest.url() + "/app/tableau-de-bord");
                assertEquals(
                        0,
                        page.getByRole(AriaRole.LINK, nom("Ajouter une vendange"))
                                .count(),
                        "no cellar forms for COMPTA");
                var reponse = page.navigate(ServeurDeTest.url() + "/app/vendanges/nouvelle");
                assertEquals(403, reponse.status());
            } else {
                page.navigate(ServeurDeTest.url() + "/app/journal");
                assertEquals(0, page.getByText("Contre-passer").count(), "an operator cannot reverse");
            }
            Navigateur.verifier(page, "bureau-" + role.toLowerCase(java.util.Locale.ROOT) + "-refus");
        }
    }

    @Test
    void un_formulaire_sans_jeton_csrf_est_refuse_par_une_page_qui_le_dit() {
        Page page = Navigateur.bureau();
        String email = inscrire(page, "Domaine CSRF à l'écran");
        long d = domaine(email);
        page.navigate(ServeurDeTest.url() + "/app/cuves/nouvelle");
        page.locator("main input[name=_csrf]").evaluate("e => e.value = 'faux'");
        page.getByLabel("Nom").fill("Cuve pirate");
        page.getByLabel("Capacité (hl)").fill("10");
        // htmx would send the right token in its header: a plain post is what a forged form does.
        page.locator("body").evaluate("b => b.removeAttribute('hx-headers')");
        page.evaluate("() => { document.body.setAttribute('hx-boost', 'false'); }");
        page.locator("form[action='/app/cuves']").evaluate("f => f.submit()");
        assertThat(page.getByRole(AriaRole.HEADING, nom("Formulaire expiré"))).isVisible();
        assertTrue(chai().cuves().lister(d).isEmpty());
        Navigateur.photo(page, "bureau-csrf");
        page.navigate(ServeurDeTest.url() + "/app/cuverie");
        Navigateur.verifier(page, "bureau-cuverie");
        String html = java.net.http.HttpClient.newHttpClient()
                .sendAsync(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(ServeurDeTest.url() + "/connexion"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .join()
                .body();
        assertFalse(
                html.contains("style=") || html.contains("<script>") || html.matches("(?s).*\\son[a-z]+=.*"),
                "no inline script, style or handler: the CSP allows none");
    }

    @Test
    void chaque_page_au_bureau_est_legere_sans_defilement_lateral_ni_violation_grave() throws Exception {
        Page page = Navigateur.bureau();
        String email = inscrire(page, "Domaine des Pages");
        long d = domaine(email);
        var parcelle = chai().parcelles()
                .creer(
                        d,
                        new fr.monchai.core.registre.NouvelleParcelle(
                                "Les Pages",
                                "Melon B.",
                                new java.math.BigDecimal("1"),
                                java.util.Optional.empty(),
                                java.util.Optional.empty(),
                                java.util.Optional.empty()));
        var cuve = chai().cuves()
                .creer(
                        d,
                        new fr.monchai.core.registre.NouvelleCuve(
                                "Cuve A", new java.math.BigDecimal("40"), java.util.Optional.empty()));
        chai().cuves()
                .creer(
                        d,
                        new fr.monchai.core.registre.NouvelleCuve(
                                "Cuve B", new java.math.BigDecimal("40"), java.util.Optional.empty()));
        var v = chai().vendanges()
                .enregistrer(
                        d,
                        new fr.monchai.core.registre.NouvelleVendange(
                                parcelle.id(),
                                fr.monchai.core.commun.Calendrier.aujourdhui(java.time.Clock.systemUTC()),
                                new java.math.BigDecimal("10"),
                                java.util.Optional.empty(),
                                cuve.id(),
                                java.util.Optional.of(new fr.monchai.core.chai.ProduitFiscal(
                                        fr.monchai.core.chai.Certification.AOP,
                                        fr.monchai.core.chai.Genre.TRANQUILLE,
                                        "Muscadet Sèvre et Maine",
                                        "Sur lie",
                                        "",
                                        fr.monchai.core.chai.Couleur.BLANC,
                                        "",
                                        "Muscadet Sèvre et Maine sur lie"))));
        chai().mouvements().valider(d, v.mouvementId().getAsLong());
        long lot = chai().registre().lotsDisponibles(d).get(0).lot().id();
        for (String chemin : List.of(
                "tableau-de-bord",
                "parcelles",
                "parcelles/nouvelle",
                "parcelles/" + parcelle.id(),
                "cuverie",
                "cuves/nouvelle",
                "cuves/" + cuve.id(),
                "cuves/" + cuve.id() + "/soutirage",
                "cuves/" + cuve.id() + "/perte",
                "cuves/" + cuve.id() + "/ajustement",
                "assemblage",
                "vendanges/nouvelle",
                "mise-en-bouteille",
                "journal",
                "lots/" + lot,
                "equipe",
                "jetons",
                "domaines",
                "compte")) {
            var reponse = page.navigate(ServeurDeTest.url() + "/app/" + chemin);
            assertEquals(200, reponse.status(), chemin);
            assertTrue(reponse.body().length < 50_000, chemin + " weighs " + reponse.body().length + " bytes");
            Navigateur.verifier(
                    page, "bureau-" + chemin.replaceAll("[^a-z-]+", "-").replaceAll("-+$", ""));
        }
        var css = page.navigate(ServeurDeTest.url() + "/static/css/app.css");
        assertTrue(css.body().length < 60_000, "the CSS weighs " + css.body().length + " bytes");
    }

    @Test
    void une_personne_invitee_choisit_son_mot_de_passe_par_le_lien_puis_le_change() {
        Client admin = Client.inscrit("Domaine des Invités");
        String email = UUID.randomUUID() + "@exemple.fr";
        assertEquals(
                201,
                admin.post("/api/utilisateurs", Map.of("email", email, "nom", "Invitée", "role", "OPERATEUR"))
                        .statut());
        Courriels.Courriel invitation = Courriels.dernier(email, "/invitation");
        assertTrue(invitation.sujet().contains("Domaine des Invités"), invitation.sujet());
        Page page = Navigateur.telephone();
        page.navigate(invitation.lien("/invitation"));
        assertThat(page.getByRole(AriaRole.HEADING, nom("Rejoindre « Domaine des Invités »")))
                .isVisible();
        page.getByLabel("Choisissez votre mot de passe").fill("1234567890");
        page.getByRole(AriaRole.BUTTON, nom("Accepter l'invitation")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("parmi les plus courants");
        Navigateur.verifier(page, "telephone-invitation");
        page.getByLabel("Choisissez votre mot de passe").fill("le-mien-rien-qu-a-moi");
        page.getByRole(AriaRole.BUTTON, nom("Accepter l'invitation")).click();
        assertThat(page.getByRole(AriaRole.HEADING, nom("Tableau de bord"))).isVisible();
        page.navigate(invitation.lien("/invitation"));
        assertThat(page.getByRole(AriaRole.HEADING, nom("Ce lien ne fonctionne plus")))
                .isVisible();

        page.navigate(ServeurDeTest.url() + "/app/compte");
        page.getByLabel("Mot de passe actuel").fill("pas-le-bon-mot");
        page.getByLabel("Nouveau mot de passe").fill("encore-un-autre-a-moi");
        page.getByRole(AriaRole.BUTTON, nom("Changer le mot de passe")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("le mot de passe actuel n'est pas celui-ci");
        page.getByLabel("Mot de passe actuel").fill("le-mien-rien-qu-a-moi");
        page.getByLabel("Nouveau mot de passe").fill("encore-un-autre-a-moi");
        page.getByRole(AriaRole.BUTTON, nom("Changer le mot de passe")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Mot de passe changé");
        Navigateur.verifier(page, "telephone-compte");
        assertEquals(401, new Client().connecter(email, "le-mien-rien-qu-a-moi").statut());
        assertEquals(200, new Client().connecter(email, "encore-un-autre-a-moi").statut());
    }

    @Test
    void un_mot_de_passe_oublie_se_remplace_par_le_lien_du_courriel() {
        Client admin = Client.inscrit("Domaine Oublieux");
        Page page = Navigateur.telephone();
        page.navigate(ServeurDeTest.url() + "/connexion");
        page.getByRole(AriaRole.LINK, nom("Mot de passe oublié ?")).click();
        assertThat(page.getByRole(AriaRole.HEADING, nom("Mot de passe oublié"))).isVisible();
        page.getByLabel("Adresse électronique").fill(admin.email());
        page.getByRole(AriaRole.BUTTON, nom("Recevoir le lien")).click();
        assertThat(page.getByRole(AriaRole.HEADING, nom("Vérifiez votre boîte")))
                .isVisible();
        Navigateur.verifier(page, "telephone-courriel-envoye");
        page.navigate(Courriels.dernier(admin.email(), "/reinitialisation").lien("/reinitialisation"));
        page.getByLabel("Nouveau mot de passe").fill("          ");
        page.getByRole(AriaRole.BUTTON, nom("Enregistrer le mot de passe")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("ni d'espaces");
        page.getByLabel("Nouveau mot de passe").fill("la-cave-est-au-frais");
        page.getByRole(AriaRole.BUTTON, nom("Enregistrer le mot de passe")).click();
        assertThat(page.getByRole(AriaRole.HEADING, nom("Tableau de bord"))).isVisible();
        assertEquals(401, admin.get("/api/me").statut(), "the other sessions ended");
        assertEquals(
                200,
                new Client().connecter(admin.email(), "la-cave-est-au-frais").statut());
    }
}
