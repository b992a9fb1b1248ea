package fr.monchai.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Chromium driven by Playwright for the browser tests: Debian's {@code /usr/bin/chromium} when
 * present, else Playwright's own browser; never skipped (a missing browser fails, naming the fix).
 */
final class Navigateur {

    private static Browser navigateur;

    private Navigateur() {}

    static synchronized Browser chromium() {
        if (navigateur == null) {
            // Without the skip variable, create() tries to download its own browser and hangs offline.
            Playwright pw = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                    .setHeadless(true)
                    .setArgs(List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run"));
            Path debian = Path.of("/usr/bin/chromium");
            if (Files.isExecutable(debian)) {
                options.setExecutablePath(debian);
            }
            try {
                navigateur = pw.chromium().launch(options);
            } catch (RuntimeException e) {
                throw new IllegalStateException("no Chromium to drive: install it (apt-get install chromium)", e);
            }
        }
        return navigateur;
    }

    /** @return a phone (390×844, touch) in French, Paris time */
    static Page telephone() {
        BrowserContext c = chromium()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setLocale("fr-FR")
                        .setTimezoneId("Europe/Paris")
                        .setBypassCSP(true));
        c.setDefaultTimeout(10_000);
        return c.newPage();
    }

    /** @return a desk (1280×800) in French */
    static Page bureau() {
        BrowserContext c = chromium()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 800)
                        .setLocale("fr-FR")
                        .setTimezoneId("Europe/Paris")
                        .setBypassCSP(true));
        c.setDefaultTimeout(10_000);
        return c.newPage();
    }

    /** Writes a screenshot of the whole page to {@code target/ecrans/}. */
    static void photo(Page page, String nom) {
        page.screenshot(
                new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/ecrans/" + nom + ".png")));
    }

    /** Checks what every page must be: no horizontal scrolling, no serious or critical accessibility violation. */
    static void verifier(Page page, String nom) {
        photo(page, nom);
        assertTrue(
                (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"),
                nom + " scrolls sideways");
        List<Rule> graves = new AxeBuilder(page)
                .analyze().getViolations().stream()
                        .filter(r -> List.of("serious", "critical").contains(r.getImpact()))
                        .toList();
        assertEquals(
                List.of(),
                graves.stream()
                        .map(r -> r.getId() + ": " + r.getHelp() + " "
                                + r.getNodes().stream().map(n -> n.getHtml()).toList())
                        .toList(),
                nom);
    }
}
