package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The real project's site in real Chromium, from {@code file://}: axe-core finds no WCAG 2.2 A or AA violation on
 * any kind of page, light and dark, at desktop and phone widths; no page asks for anything outside the site or logs
 * an error (a refused script or style would); notes open beside the text, in place or at the end; search works; and
 * each kind of page is photographed under {@code target/screenshots/} for review. One browser for all of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
class ReadingBrowserTest {

    static final String KO = RealProjectTest.KO;
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");


    private Path site;
    private Browser browser;

    @BeforeAll
    void buildAndStart() throws IOException {
        browser = Browser.start();
        TestProject.RealBuild real = TestProject.realProject();
        assertThat(real.result().published()).as(TestProject.report(real.result())).isTrue();
        site = real.site().toRealPath();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** axe-core with the WCAG 2.2 A and AA rules, reporting violations only, reading styles from the page itself. */
    private static AxeBuilder axe() {
        AxeBuilder axe = new AxeBuilder().disableIframeTesting();
        axe.setOptions("{\"runOnly\":{\"type\":\"tag\",\"values\":[\"" + String.join("\",\"", WCAG) + "\"]},"
                + "\"resultTypes\":[\"violations\"],\"preload\":false}");
        return axe;
    }

    /** The first page in a folder other than its index and the one named. */
    private static String first(Path folder, String other) {
        return TestProject.files(folder).stream()
                .filter(f -> f.endsWith(".html") && !f.contains("/") && !f.equals("index.html") && !f.equals(other))
                .findFirst().orElseThrow();
    }

    /** One page of each kind, and the query it is opened with. */
    private Map<String, String> kinds() {
        String work = first(site.resolve("bibliography"), "report.html");
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("home", "index.html");
        kinds.put("essay", "essays/" + KO + ".html");
        kinds.put("note", "notes/" + KO + "/3.html");
        kinds.put("changes", "changes/" + KO + ".html");
        kinds.put("bibliography", "bibliography/index.html");
        kinds.put("work", "bibliography/" + work);
        kinds.put("report", "bibliography/report.html");
        kinds.put("actors", "actors/index.html");
        kinds.put("actor", "actors/" + first(site.resolve("actors"), "unregistered.html"));
        kinds.put("events", "events/index.html");
        kinds.put("event", "events/" + first(site.resolve("events"), "index.html"));
        kinds.put("timeline", "timeline.html");
        kinds.put("search", "search.html?q=railway");
        kinds.put("about", "about.html");
        return kinds;
    }

    @Test
    void everyKindOfPageIsAccessibleAndSelfContainedInLightAndDarkOnDesktopAndPhone() throws IOException {
        List<String> problems = new ArrayList<>();
        String siteUrl = site.toUri().toString();
        browser.requests();
        browser.consoleProblems();
        for (Browser.Screen screen : Browser.Screen.values()) {
            for (boolean dark : new boolean[] {false, true}) {
                browser.emulate(screen, dark);
                for (Map.Entry<String, String> kind : kinds().entrySet()) {
                    String[] file = kind.getValue().split("\\?", 2);
                    browser.open(site.resolve(file[0]), file.length > 1 ? "?" + file[1] : "");
                    String where = kind.getValue() + " (" + screen.name().toLowerCase(java.util.Locale.ROOT)
                            + (dark ? ", dark" : ", light") + ")";
                    browser.consoleProblems().forEach(p -> problems.add(where + ": console: " + p));
                    Results results = axe().analyze(browser.driver);
                    for (Rule rule : results.getViolations()) {
                        for (CheckedNode node : rule.getNodes()) {
                            problems.add(where + ": axe " + rule.getId() + " at " + node.getTarget() + ": "
                                    + node.getFailureSummary());
                        }
                    }
                    if (results.isErrored()) {
                        problems.add(where + ": axe could not run: " + results.getErrorMessage());
                    }
                    for (String url : browser.requests()) {
                        if (!url.startsWith(siteUrl)) {
                            problems.add(where + ": a request left the site: " + url);
                        }
                    }
                    browser.consoleProblems(); // axe's own messages
                    browser.screenshot(SCREENSHOTS.resolve(kind.getKey() + "-"
                            + screen.name().toLowerCase(java.util.Locale.ROOT) + (dark ? "-dark" : "") + ".png"), 3200);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(TestProject.files(SCREENSHOTS)).contains("essay-desktop.png", "essay-phone.png",
                "search-phone-dark.png");
    }

    @Test
    void onADesktopNotesStandBesideTheTextAndAReferenceLeadsToItsNoteAndBack() {
        browser.emulate(Browser.Screen.DESKTOP, false);
        browser.open(site.resolve("essays/" + KO + ".html"), "");
        WebElement side = browser.driver.findElement(By.cssSelector(".sidenote"));
        WebElement paragraph = browser.driver.findElement(By.cssSelector("p#p1"));
        assertThat(side.isDisplayed()).isTrue();
        assertThat(side.getRect().getX()).as("the sidenote stands right of the text column")
                .isGreaterThanOrEqualTo(paragraph.getRect().getX() + paragraph.getRect().getWidth());
        assertThat(side.getText()).startsWith("1.");
        WebElement ref = browser.driver.findElement(By.id("ref-1"));
        ref.click();
        assertThat(browser.driver.getCurrentUrl()).endsWith("#note-1");
        assertThat(browser.script("return document.querySelector(':target').id")).isEqualTo("note-1");
        browser.driver.findElement(By.cssSelector("#note-1 a[role=doc-backlink]")).click();
        assertThat(browser.driver.getCurrentUrl()).endsWith("#ref-1");
    }

    @Test
    void onAPhoneATapOnANoteNumberOpensTheNoteInPlaceAndEscapeClosesIt() {
        browser.emulate(Browser.Screen.PHONE, false);
        browser.open(site.resolve("essays/" + KO + ".html"), "");
        assertThat(browser.driver.findElement(By.cssSelector(".sidenote")).isDisplayed()).isFalse();
        WebElement ref = browser.driver.findElement(By.id("ref-2"));
        ref.click();
        WebElement popover = browser.driver.findElement(By.cssSelector(".popnote"));
        assertThat(popover.isDisplayed()).isTrue();
        assertThat(popover.getAttribute("aria-label")).isEqualTo("Note 2");
        String note = browser.driver.findElement(By.cssSelector("#note-2 .note-text")).getText();
        assertThat(popover.getText()).contains(note);
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("#note-2");
        assertThat(browser.script("return document.activeElement.className")).isEqualTo("popnote");
        browser.script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -120)", ref);
        browser.viewportShot(SCREENSHOTS.resolve("essay-phone-popover.png"));
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(browser.driver.findElements(By.cssSelector(".popnote"))).isEmpty();
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("ref-2");
    }

    @Test
    void onPaperTheNavigationGoesAndTheNotesStayAsEndnotes() {
        browser.emulate(Browser.Screen.DESKTOP, false);
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            browser.open(site.resolve("essays/" + KO + ".html"), "");
            assertThat(browser.driver.findElement(By.cssSelector("nav.site-nav")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.cssSelector("nav.breadcrumbs")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.cssSelector(".sidenote")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.cssSelector("#note-31")).isDisplayed()).isTrue();
            assertThat(browser.driver.findElement(By.cssSelector("h1")).isDisplayed()).isTrue();
            browser.viewportShot(SCREENSHOTS.resolve("essay-print.png"));
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void searchFromFileFindsAParagraphAndLeadsToIt() {
        browser.emulate(Browser.Screen.DESKTOP, false);
        browser.open(site.resolve("search.html"), "");
        assertThat(browser.driver.findElement(By.id("search-nojs")).isDisplayed()).isFalse();
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.sendKeys("trans-korean railway");
        new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        WebElement first = browser.driver.findElement(By.cssSelector("#search-results li"));
        assertThat(first.findElement(By.cssSelector(".snippet mark")).getText()).isEqualToIgnoringCase("trans");
        assertThat(browser.driver.findElement(By.id("search-status")).getText()).contains("for “trans-korean railway”");
        WebElement link = first.findElement(By.cssSelector("a"));
        assertThat(link.getAttribute("href")).contains("essays/" + KO + ".html#p");
        String anchor = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
        link.click();
        assertThat(browser.driver.findElement(By.id(anchor)).getText()).containsIgnoringCase("Trans-Korean");
        browser.open(site.resolve("search.html"), "?q=nosuchwordanywhere");
        assertThat(browser.driver.findElement(By.id("search-status")).getText()).startsWith("Nothing found");
    }

    @Test
    void theReaderCanSwitchActorAndEventLinksOffAndTheChoiceIsKept() {
        Path essay = site.resolve("essays/" + KO + ".html");
        browser.emulate(Browser.Screen.DESKTOP, false);
        browser.open(essay, "");
        browser.script("localStorage.removeItem('apparatus.mentions')");
        browser.open(essay, "");
        WebElement button = browser.driver.findElement(By.cssSelector(".mentions-toggle"));
        assertThat(button.isDisplayed()).isTrue();
        assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
        int links = browser.driver.findElements(By.cssSelector("a.mention[href]")).size();
        assertThat(links).isGreaterThan(10);
        button.click();
        assertThat(button.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(browser.driver.findElements(By.cssSelector("a.mention[href]"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("a.mention"))).hasSize(links);
        browser.open(essay, "");
        assertThat(browser.driver.findElements(By.cssSelector("a.mention[href]"))).as("kept after a reload").isEmpty();
        WebElement again = browser.driver.findElement(By.cssSelector(".mentions-toggle"));
        assertThat(again.getAttribute("aria-pressed")).isEqualTo("false");
        again.click();
        assertThat(browser.driver.findElements(By.cssSelector("a.mention[href]"))).hasSize(links);
    }
}
