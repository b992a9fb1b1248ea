package fr.monchai.server;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Back button, on a phone, after every kind of navigation the pages use: a boosted link, a
 * form posted and redirected, a refused form, an htmx search that pushes its address. Each page
 * reached by Back, Forward or reload is the whole page: its header, its navigation, its own
 * title, no wider than the screen. Before: Back showed a bare fragment, with the previous
 * page's title. The pages run under the real Content-Security-Policy, and nothing is logged as
 * an error in the console.
 */
@Tag("navigateur")
class RetourNavigateurTest {

    private static Page.GetByRoleOptions nom(String nom) {
        return new Page.GetByRoleOptions().setName(nom);
    }

    /** The whole page, with that heading and that title. */
    private static void entiere(Page page, String titre) {
        assertThat(page).hasTitle(titre + " · Mon Chai");
        assertThat(page.getByRole(AriaRole.HEADING, nom(titre).setLevel(1))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, nom("Mon Chai"))).isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, nom("Navigation principale")))
                .isVisible();
        assertEquals(1, page.locator("header").count(), "one header: never a page inside a page");
        assertTrue(
                (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"),
                titre + " scrolls sideways");
    }

    @Test
    void chaque_retour_et_chaque_rechargement_montre_la_page_entiere() {
        Client admin = Client.inscrit("Domaine du Retour");
        admin.post("/api/parcelles", Map.of("nom", "Les Carrières", "cepage", "Melon B.", "surface_ha", 1.2));
        admin.post("/api/parcelles", Map.of("nom", "Clos du Moulin", "cepage", "Melon B.", "surface_ha", 0.8));
        admin.post("/api/cuves", Map.of("nom", "Cuve 1", "capacite_hl", 50));

        // The real policy, no bypass: an inline style or script the CSP blocks shows here as an error.
        BrowserContext contexte = Navigateur.chromium()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setLocale("fr-FR")
                        .setTimezoneId("Europe/Paris"));
        contexte.setDefaultTimeout(10_000);
        Page page = contexte.newPage();
        List<String> erreurs = new ArrayList<>();
        page.onConsoleMessage(m -> {
            // Chromium logs every 4xx answer as an error: a refused form's 422 is the page working as meant.
            if ("error".equals(m.type()) && !m.text().contains("status of 422")) {
                erreurs.add(m.text());
            }
        });
        page.onPageError(erreurs::add);

        page.navigate(ServeurDeTest.url() + "/connexion");
        page.getByLabel("Adresse électronique").fill(admin.email());
        page.getByLabel("Mot de passe").fill(Client.MOT_DE_PASSE);
        page.getByRole(AriaRole.BUTTON, nom("Se connecter")).click();
        entiere(page, "Tableau de bord");

        // A boosted link, another, then Back and Forward.
        page.getByRole(AriaRole.LINK, nom("Cuverie")).click();
        entiere(page, "Cuverie");
        page.getByRole(AriaRole.LINK, nom("Journal")).click();
        entiere(page, "Journal des mouvements");
        page.goBack();
        entiere(page, "Cuverie");
        page.goForward();
        entiere(page, "Journal des mouvements");
        page.reload();
        entiere(page, "Journal des mouvements");

        // A form posted and redirected, then Back.
        page.navigate(ServeurDeTest.url() + "/app/vendanges/nouvelle");
        entiere(page, "Nouvelle vendange");
        page.getByLabel("Parcelle")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Les Carrières (Melon B.)"));
        page.getByLabel("Volume récolté (hl)").fill("10");
        page.getByRole(AriaRole.RADIO, nom("Cuve 1")).check();
        page.getByLabel("Produit")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Muscadet Sèvre et Maine Sur lie (AOP)"));
        page.getByRole(AriaRole.BUTTON, nom("Valider")).click();
        entiere(page, "Cuve 1");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vendange validée");
        page.goBack();
        entiere(page, "Nouvelle vendange");
        page.goForward();
        entiere(page, "Cuve 1");

        // A refused form (422), a link away, then Back.
        page.navigate(ServeurDeTest.url() + "/app/cuves/nouvelle");
        page.getByRole(AriaRole.BUTTON, nom("Créer la cuve")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        entiere(page, "Nouvelle cuve");
        page.getByRole(AriaRole.LINK, nom("Parcelles")).click();
        entiere(page, "Parcelles");

        // An htmx search that pushes its address, a link away, then Back twice.
        page.getByLabel("Rechercher").fill("clos");
        page.waitForURL("**/app/parcelles?q=clos");
        assertThat(page.getByText("Les Carrières")).hasCount(0);
        page.getByRole(AriaRole.LINK, nom("Journal")).click();
        entiere(page, "Journal des mouvements");
        page.goBack();
        entiere(page, "Parcelles");
        assertThat(page.getByRole(AriaRole.LINK, nom("Clos du Moulin"))).isVisible();
        page.goBack();
        entiere(page, "Parcelles");
        page.goBack();
        entiere(page, "Nouvelle cuve");

        Navigateur.photo(page, "telephone-retour");
        assertEquals(List.of(), erreurs, "the console stays clean, under the real Content-Security-Policy");
        contexte.close();
    }
}
