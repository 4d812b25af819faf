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

    /**
     * axe-core with the WCAG 2.2 A and AA rules, reporting violations only, reading styles from the page itself. Label
     * in name (WCAG 2.5.3) is one of axe's "experimental" rules, which its tags alone leave out: it is asked for.
     */
    static AxeBuilder axe() {
        AxeBuilder axe = new AxeBuilder().disableIframeTesting();
        axe.setOptions("{\"runOnly\":{\"type\":\"tag\",\"values\":[\"" + String.join("\",\"", WCAG) + "\"]},"
                + "\"rules\":{\"label-content-name-mismatch\":{\"enabled\":true}},"
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
        String work = first(site.resolve("bibliography"), "index.html");
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("home", "index.html");
        kinds.put("essay", "essays/" + KO + ".html");
        kinds.put("note", "notes/" + KO + "/3.html");
        kinds.put("changes", "changes/" + KO + ".html");
        kinds.put("bibliography", "bibliography/index.html");
        kinds.put("work", "bibliography/" + work);
        kinds.put("report", "maintainers/citations.html");
        kinds.put("actors", "actors/index.html");
        kinds.put("actor", "actors/" + first(site.resolve("actors"), "index.html"));
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
    void onADesktopNotesStandBesideTheTextAClickMarksTheSidenoteAndAKeyLeadsToTheNoteAndBack() {
        browser.emulate(Browser.Screen.DESKTOP, false);
        Path essay = site.resolve("essays/" + KO + ".html");
        browser.open(essay, "");
        WebElement side = browser.driver.findElement(By.cssSelector(".sidenote"));
        WebElement paragraph = browser.driver.findElement(By.cssSelector("p#p1"));
        WebElement ref = browser.driver.findElement(By.id("ref-1"));
        assertThat(side.isDisplayed()).isTrue();
        assertThat(side.getRect().getX()).as("the sidenote stands right of the text column")
                .isGreaterThanOrEqualTo(paragraph.getRect().getX() + paragraph.getRect().getWidth());
        assertThat(Math.abs(side.getRect().getY() - ref.getRect().getY())).as("level with its reference")
                .isLessThan(20);
        assertThat(side.getText()).startsWith("1.");
        ref.click();
        assertThat(browser.driver.getCurrentUrl()).as("a click on a visible sidenote's number stays").endsWith(".html");
        assertThat(side.getAttribute("class")).contains("current");
        ref.sendKeys(Keys.ENTER);
        assertThat(browser.driver.getCurrentUrl()).as("a key goes to the endnote").endsWith("#note-1");
        assertThat(browser.script("return document.querySelector(':target').id")).isEqualTo("note-1");
        browser.driver.findElement(By.cssSelector("#note-1 a[role=doc-backlink]")).click();
        assertThat(browser.driver.getCurrentUrl()).endsWith("#ref-1");
    }

    /** The width from which the margin holds the notes, and a little under it. */
    @Test
    void notesStandInTheMarginFrom1100PixelsAndWithinTheScreen() {
        try {
            for (int width : new int[] {1100, 1090}) {
                browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                        "height", 900, "deviceScaleFactor", 1, "mobile", false));
                browser.open(site.resolve("essays/" + KO + ".html"), "");
                WebElement side = browser.driver.findElement(By.cssSelector(".sidenote"));
                WebElement paragraph = browser.driver.findElement(By.cssSelector("p#p1"));
                if (width == 1100) {
                    assertThat(side.isDisplayed()).isTrue();
                    assertThat(side.getRect().getX()).isGreaterThan(paragraph.getRect().getX()
                            + paragraph.getRect().getWidth());
                    assertThat(side.getRect().getX() + side.getRect().getWidth()).as("inside the screen")
                            .isLessThanOrEqualTo(width - 15);
                    assertThat(paragraph.getRect().getX()).as("room left of the text for the page numbers")
                            .isGreaterThanOrEqualTo(80);
                } else {
                    assertThat(side.isDisplayed()).isFalse();
                }
                assertThat(browser.script("return document.documentElement.scrollWidth"))
                        .isEqualTo(browser.script("return document.documentElement.clientWidth"));
            }
        } finally {
            browser.emulate(Browser.Screen.DESKTOP, false);
        }
    }

    /** Note 9 of the print reads "Seung-Ho Joo, op. cit., p. 108."; in place it also says which work that is. */
    @Test
    void aSidenoteAndAPopoverGiveThePrintsWordsAndTheResolvedReferenceWithWorkingLinks() {
        Path essay = site.resolve("essays/" + KO + ".html");
        String work = "../bibliography/joo-2001-russia-korea.html";
        String notePage = "../notes/" + KO + "/9.html";
        browser.emulate(Browser.Screen.DESKTOP, false);
        browser.open(essay, "");
        WebElement side = browser.driver.findElement(By.cssSelector(".sidenote[data-note=note-9]"));
        assertThat(side.isDisplayed()).isTrue();
        assertThat(side.getText()).startsWith("9. Seung-Ho Joo, op. cit., p. 108.")
                .contains("Russia and Korea: The Summit and After");
        assertThat(side.findElements(By.cssSelector("a")).stream().map(a -> a.getDomAttribute("href")))
                .contains(work, notePage);
        browser.emulate(Browser.Screen.PHONE, false);
        browser.open(essay, "");
        browser.driver.findElement(By.id("ref-9")).click();
        WebElement popover = browser.driver.findElement(By.cssSelector(".popnote"));
        assertThat(popover.getText()).contains("Seung-Ho Joo, op. cit., p. 108.")
                .contains("Russia and Korea: The Summit and After");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", popover);
        browser.viewportShot(SCREENSHOTS.resolve("essay-phone-popover-resolved.png"));
        popover.findElement(By.cssSelector("a[href='" + work + "']")).click();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("Russia and Korea");
        browser.open(essay, "");
        browser.driver.findElement(By.id("ref-9")).click();
        browser.driver.findElement(By.cssSelector(".popnote a[href='" + notePage + "']")).click();
        assertThat(browser.driver.getCurrentUrl()).endsWith("/notes/" + KO + "/9.html");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("9");
    }

    /** On the narrowest phones (320 px) and common ones (390 px) no page of any kind is wider than the screen. */
    @Test
    void noPageOfAnyKindScrollsSidewaysOnAPhone() {
        List<String> wide = new ArrayList<>();
        Map<String, String> pages = new LinkedHashMap<>(kinds());
        pages.put("not found", "404.html");
        pages.put("unregistered", "maintainers/unregistered.html");
        pages.put("changes (short)", "changes/" + RealProjectTest.MIKHEEV + ".html");
        try {
            for (int width : new int[] {320, 390}) {
                browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                        "height", 800, "deviceScaleFactor", 1, "mobile", true));
                for (String page : pages.values()) {
                    String[] file = page.split("\\?", 2);
                    if (!Files.exists(site.resolve(file[0]))) {
                        continue;
                    }
                    browser.open(site.resolve(file[0]), file.length > 1 ? "?" + file[1] : "");
                    Object scroll = browser.script("return document.documentElement.scrollWidth");
                    if (((Number) scroll).intValue() > width) {
                        wide.add(page + " at " + width + " px is " + scroll + " px wide");
                    }
                }
            }
        } finally {
            browser.emulate(Browser.Screen.DESKTOP, false);
        }
        assertThat(wide).isEmpty();
    }

    /** Each essay has a table of contents: in the left margin of a very wide screen, a closed block on a phone. */
    @Test
    void anEssaysContentsStandInTheMarginOfAWideScreenAndFoldAwayOnAPhone() {
        Path essay = site.resolve("essays/" + KO + ".html");
        try {
            browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1440,
                    "height", 900, "deviceScaleFactor", 1, "mobile", false));
            browser.open(essay, "");
            WebElement toc = browser.driver.findElement(By.cssSelector("nav.toc"));
            WebElement first = browser.driver.findElement(By.cssSelector("p#p1"));
            List<WebElement> links = toc.findElements(By.cssSelector("a"));
            assertThat(links).hasSizeGreaterThan(8);
            assertThat(links.get(0).isDisplayed()).as("open on a wide screen").isTrue();
            assertThat(toc.getRect().getX() + toc.getRect().getWidth()).as("in the left margin")
                    .isLessThan(first.getRect().getX() - 40);
            assertThat(toc.getRect().getX()).isGreaterThanOrEqualTo(0);
            browser.viewportShot(SCREENSHOTS.resolve("essay-wide-contents.png"));
            String target = links.get(2).getDomAttribute("href");
            links.get(2).click();
            assertThat(browser.driver.getCurrentUrl()).endsWith(target);
            browser.script("window.scrollTo(0, document.body.scrollHeight / 2)");
            assertThat(links.get(0).isDisplayed()).as("it stays in sight while reading").isTrue();
        } finally {
            browser.emulate(Browser.Screen.PHONE, false);
        }
        browser.open(essay, "");
        WebElement toc = browser.driver.findElement(By.cssSelector("nav.toc"));
        WebElement summary = toc.findElement(By.cssSelector("summary"));
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(toc.findElement(By.cssSelector("a")).isDisplayed()).as("folded on a phone").isFalse();
        assertThat(summary.getRect().getY()).as("before the abstract")
                .isLessThan(browser.driver.findElement(By.cssSelector(".abstract")).getRect().getY());
        summary.click();
        assertThat(toc.findElement(By.cssSelector("a")).isDisplayed()).isTrue();
        browser.emulate(Browser.Screen.DESKTOP, false);
    }

    /**
     * Paragraphs follow each other at one distance, whatever invisible control lies between them; an "About" line
     * stands nearer its own paragraph than the next.
     */
    @Test
    void paragraphsKeepAnEvenRhythmAndAnAboutLineStaysWithItsParagraph() {
        for (Browser.Screen screen : Browser.Screen.values()) {
            browser.emulate(screen, false);
            browser.open(site.resolve("essays/" + KO + ".html"), "");
            @SuppressWarnings("unchecked")
            List<Object> gaps = (List<Object>) browser.script("var gaps = [];"
                    + "document.querySelectorAll('.essay p[id] + details.cite + p[id]').forEach(function (next) {"
                    + "  var p = next.previousElementSibling.previousElementSibling;"
                    + "  gaps.push(Math.round(next.getBoundingClientRect().top - p.getBoundingClientRect().bottom)); });"
                    + "return gaps;");
            assertThat(gaps).as(screen + ": paragraph to paragraph").hasSizeGreaterThan(10);
            assertThat(new java.util.HashSet<>(gaps)).as(screen + ": one distance").hasSize(1);
            assertThat(((Number) gaps.get(0)).intValue()).as(screen + ": about one blank line, nothing hidden in it")
                    .isBetween(18, 30);
            @SuppressWarnings("unchecked")
            List<Object> about = (List<Object>) browser.script("var out = [];"
                    + "document.querySelectorAll('.essay p[id] + details.cite + .about-events').forEach(function (a) {"
                    + "  var p = a.previousElementSibling.previousElementSibling, next = a.nextElementSibling;"
                    + "  while (next && !next.matches('p[id], h2, h3')) { next = next.nextElementSibling; }"
                    + "  var r = a.getBoundingClientRect();"
                    + "  if (next) { out.push([r.top - p.getBoundingClientRect().bottom,"
                    + "    next.getBoundingClientRect().top - r.bottom]); } });"
                    + "return out;");
            assertThat(about).isNotEmpty();
            for (Object pair : about) {
                List<?> distances = (List<?>) pair;
                assertThat(((Number) distances.get(0)).doubleValue()).as(screen + ": About near its paragraph")
                        .isLessThan(((Number) distances.get(1)).doubleValue());
            }
        }
    }

    /** The real edition has no {@code url}: its 404 page, shown for a missing page deep in the site, is still styled. */
    @Test
    void withoutAnAddressTheNotFoundPageIsStyledAndAccessibleAtAnyDepth() throws IOException {
        Path deep = Files.createTempDirectory("apparatus-404-").resolve("actors/missing/page.html");
        Files.createDirectories(deep.getParent());
        Files.copy(site.resolve("404.html"), deep);
        for (boolean dark : new boolean[] {false, true}) {
            browser.emulate(Browser.Screen.PHONE, dark);
            browser.consoleProblems();
            browser.open(deep, "");
            assertThat(browser.consoleProblems()).as("no refused style").isEmpty();
            assertThat(browser.script("return getComputedStyle(document.body).backgroundColor"))
                    .isEqualTo(dark ? "rgb(26, 25, 23)" : "rgb(253, 252, 248)");
            assertThat(browser.script("return getComputedStyle(document.querySelector('h1')).fontWeight"))
                    .isEqualTo("400");
            assertThat(axe().analyze(browser.driver).getViolations()).isEmpty();
            browser.screenshot(SCREENSHOTS.resolve("not-found-deep-phone" + (dark ? "-dark" : "") + ".png"), 900);
        }
        browser.emulate(Browser.Screen.DESKTOP, false);
    }

    /** WCAG 2.2's 2.5.8: every control of the reading page is a target of at least 24 by 24 CSS pixels. */
    @Test
    void theReadingPagesControlsAreAtLeast24PixelsSquare() {
        String controls = "sup.noteref a, a.pb, a.pilcrow, details.cite summary, .note-links a, .about-events a,"
                + " .site-nav a, .mentions-toggle, nav.breadcrumbs a, .popnote a, .popnote button";
        List<String> small = new ArrayList<>();
        for (Browser.Screen screen : Browser.Screen.values()) {
            browser.emulate(screen, false);
            browser.open(site.resolve("essays/" + KO + ".html"), "");
            if (screen == Browser.Screen.PHONE) {
                browser.driver.findElement(By.id("ref-9")).click();
            }
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) browser.script("var small = [];"
                    + "document.querySelectorAll(arguments[0]).forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect();"
                    + "  if (r.width === 0 && r.height === 0) { return; }" // not shown on this screen
                    + "  if (r.width < 23.5 || r.height < 23.5) {"
                    + "    small.push((e.id || e.className || e.tagName) + ' ' + e.textContent.slice(0, 20) + ': '"
                    + "      + r.width.toFixed(1) + ' x ' + r.height.toFixed(1)); } });"
                    + "return small;", controls);
            found.forEach(f -> small.add(screen + ": " + f));
        }
        assertThat(small).isEmpty();
    }

    /** The text of a range of the page as Chromium copies it (the selection's text), with its spaces collapsed. */
    private String copied(String from, String to) {
        Object text = browser.script("var range = document.createRange();"
                + "range.setStartBefore(document.querySelector(arguments[0]).firstChild);"
                + "range.setEndAfter(document.querySelector(arguments[1]).lastChild);"
                + "var selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);"
                + "var text = selection.toString(); selection.removeAllRanges(); return text;", from, to);
        return String.valueOf(text).replaceAll("\\s+", " ").strip();
    }

    static final String P5 = "As Putin's overtly tough stance on the problems facing Russia had made him extremely popular"
            + " with many members of the military, the military brass attending the meeting readily gave their consent"
            + " to the proposed transfer of power. As a result of the above, military affairs have played a"
            + " significant role in the decision making process of the Putin administration.";
    static final String P6 = "Shortly after taking office, Putin embarked on a number of diplomatic initiatives toward"
            + " North Korea. Two historic events took place in 2000: the signing of a new friendship treaty replacing"
            + " the 1961 military alliance pact as well as the first ever summit meeting held between the two"
            + " countries. All in all, Putin's diplomatic efforts have been part of Russia's attempts to normalize its"
            + " estranged relations with Pyongyang.";
    static final String P16 = "Under Putin, the primary goals of Russian foreign policy have remained the same, i.e., to"
            + " ensure favorable external conditions so as to assure the continuation of domestic reforms. However,"
            + " the main difference between Yeltsin's and Putin's foreign policy is that the latter has been more"
            + " determined in his vigorous pursuit of more realistic policies. The adoption of this new pragmatic"
            + " foreign policy direction has been the result of the arrival of a new and young leader in the Kremlin,"
            + " one who has critically reviewed Yeltsin's foreign policy.";

    /**
     * Paragraph 16 has page 5 of the print begin inside it and note 7 at its end; paragraph 5 begins page 2, has note
     * 4, a pilcrow, "Cite paragraph 5" and "About ..." after it. Copied, on a wide screen (sidenotes shown) and on a
     * phone, they give the edition's words and nothing else, and so does the text of the paragraph; the page anchors
     * stay.
     */
    @Test
    void copyingParagraphsWithPageMarkersAndNotesGivesTheEditionsWords() {
        for (Browser.Screen screen : Browser.Screen.values()) {
            browser.emulate(screen, false);
            browser.open(site.resolve("essays/" + KO + ".html"), "");
            assertThat(browser.driver.findElement(By.cssSelector(".sidenote")).isDisplayed())
                    .isEqualTo(screen == Browser.Screen.DESKTOP);
            assertThat(copied("p#p16", "p#p16")).isEqualTo(P16);
            assertThat(copied("p#p5", "p#p6")).isEqualTo(P5 + " " + P6);
            assertThat(String.valueOf(browser.script("return document.getElementById('p16').textContent"))
                    .replaceAll("\\s+", " ").strip()).isEqualTo(P16);
            WebElement marker = browser.driver.findElement(By.id("page-5"));
            assertThat(marker.getDomAttribute("href")).isEqualTo("#page-5");
            assertThat(marker.isDisplayed()).isTrue();
            assertThat(String.valueOf(browser.script("return getComputedStyle(arguments[0], '::before').content",
                    marker))).isEqualTo("\"p. 5\"");
        }
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
            assertThat(browser.driver.findElement(By.cssSelector(".about-events")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.cssSelector("nav.toc")).isDisplayed()).isFalse();
            WebElement paragraph = browser.driver.findElement(By.id("p16"));
            WebElement marker = browser.driver.findElement(By.id("page-5"));
            assertThat(marker.getRect().getX() + marker.getRect().getWidth()).as("the page number in the margin")
                    .isLessThan(paragraph.getRect().getX());
            assertThat(marker.getRect().getX()).isGreaterThanOrEqualTo(0);
            Number perLine = (Number) browser.script("var p = arguments[0], lh = parseFloat(getComputedStyle(p)"
                    + ".lineHeight); return p.textContent.length / Math.round(p.getBoundingClientRect().height / lh);",
                    paragraph);
            assertThat(perLine.doubleValue()).as("characters a line").isBetween(60.0, 80.0);
            browser.script("arguments[0].scrollIntoView({block: 'center'})", paragraph);
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
        // the link carries the words found (?hl=), which the essay marks
        assertThat(link.getAttribute("href")).containsPattern("essays/" + KO + "\\.html\\?hl=[^#]+#p");
        String anchor = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
        link.click();
        assertThat(browser.driver.findElement(By.id(anchor)).getText()).containsIgnoringCase("Trans-Korean");
        browser.open(site.resolve("search.html"), "?q=nosuchwordanywhere");
        assertThat(browser.driver.findElement(By.id("search-status")).getText()).startsWith("Nothing found");
    }

    @Test
    void showEveryNameMarksEveryMentionAndTheChoiceIsKept() {
        Path essay = site.resolve("essays/" + KO + ".html");
        browser.emulate(Browser.Screen.DESKTOP, false);
        browser.open(essay, "");
        browser.script("localStorage.removeItem('apparatus.mentions')");
        browser.open(essay, "");
        WebElement button = browser.driver.findElement(By.cssSelector(".mentions-toggle"));
        assertThat(button.isDisplayed()).isTrue();
        assertThat(button.getAttribute("aria-pressed")).isEqualTo("false");
        int first = browser.driver.findElements(By.cssSelector("a.mention[href]")).size();
        int later = browser.driver.findElements(By.cssSelector("span.mention[data-href]")).size();
        assertThat(first).isGreaterThan(10);
        assertThat(later).as("mentions after the first in their section are plain text").isGreaterThan(first);
        button.click();
        assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.driver.findElements(By.cssSelector("span.mention"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("a.mention[href]"))).hasSize(first + later);
        browser.open(essay, "");
        assertThat(browser.driver.findElements(By.cssSelector("a.mention[href]"))).as("kept after a reload")
                .hasSize(first + later);
        WebElement again = browser.driver.findElement(By.cssSelector(".mentions-toggle"));
        assertThat(again.getAttribute("aria-pressed")).isEqualTo("true");
        again.click();
        assertThat(browser.driver.findElements(By.cssSelector("a.mention[href]"))).hasSize(first);
        assertThat(browser.driver.findElements(By.cssSelector("span.mention[data-href]"))).hasSize(later);
    }

    /**
     * On a phone the long abstract shows a few lines and a link, reached by keyboard and at least 24 px square, that
     * opens the rest without scripts; on a desktop it stands whole with no link.
     */
    @Test
    void onAPhoneALongAbstractShowsAFewLinesAndALinkOpensTheRest() {
        Path essay = site.resolve("essays/" + KO + ".html");
        browser.emulate(Browser.Screen.DESKTOP, false);
        browser.open(essay, "");
        WebElement text = browser.driver.findElement(By.cssSelector("section.abstract > p"));
        int whole = text.getRect().getHeight();
        assertThat(browser.driver.findElements(By.cssSelector(".abstract-more a")).get(0).isDisplayed()).isFalse();
        try {
            browser.emulate(Browser.Screen.PHONE, false);
            browser.open(essay, "");
            text = browser.driver.findElement(By.cssSelector("section.abstract > p"));
            Object line = browser.script("return parseFloat(getComputedStyle(arguments[0]).lineHeight)", text);
            int folded = text.getRect().getHeight();
            assertThat(folded).as("a few lines").isLessThanOrEqualTo((int) Math.ceil(((Number) line).doubleValue() * 5) + 1);
            browser.viewportShot(SCREENSHOTS.resolve("essay-phone-abstract.png"));
            WebElement more = browser.driver.findElement(By.cssSelector(".abstract-more a"));
            assertThat(more.isDisplayed()).isTrue();
            assertThat(more.getRect().getHeight()).isGreaterThanOrEqualTo(24);
            assertThat(more.getRect().getWidth()).isGreaterThanOrEqualTo(24);
            browser.script("arguments[0].focus()", more);
            assertThat(browser.script("return document.activeElement.textContent")).isEqualTo("Read the whole abstract");
            more.sendKeys(org.openqa.selenium.Keys.ENTER);
            text = browser.driver.findElement(By.cssSelector("section.abstract > p"));
            assertThat(text.getRect().getHeight()).as("whole after the link").isGreaterThan(folded * 2);
            assertThat(more.isDisplayed()).isFalse();
        } finally {
            browser.emulate(Browser.Screen.DESKTOP, false);
        }
        assertThat(whole).isGreaterThan(0);
    }

    /**
     * The words of a page's table cells that the layout breaks over two lines (a word is a run without spaces, and it
     * is broken when its boxes stand at more than one height).
     */
    private static final String BROKEN_WORDS = """
            const broken = [];
            for (const cell of document.querySelectorAll('td')) {
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const m of node.data.matchAll(/\\S+/g)) {
                  const range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  const tops = new Set([...range.getClientRects()].filter(r => r.width > 0)
                      .map(r => Math.round(r.top)));
                  if (tops.size > 1) broken.push(m[0]);
                }
              }
            }
            return broken.join(' | ');""";

    /**
     * On a phone the changes page stays within the screen, breaks no word in the middle (its rows stack) and each
     * row's link leads to its place in the essay.
     */
    @Test
    void onAPhoneTheChangesPageFitsAndItsRowsLeadToTheirParagraphs() {
        Path changes = site.resolve("changes/" + KO + ".html");
        try {
            for (int width : new int[] {320, 390}) {
                browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                        "height", 800, "deviceScaleFactor", 1, "mobile", true));
                for (Path page : List.of(changes, site.resolve("changes/" + RealProjectTest.MIKHEEV + ".html"))) {
                    browser.open(page, "");
                    assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                            .as(page.getFileName() + " width at " + width).isLessThanOrEqualTo(width);
                    assertThat(browser.script(BROKEN_WORDS)).as(page.getFileName() + " words broken at " + width)
                            .isEqualTo("");
                }
                browser.open(changes, "");
                assertThat(browser.driver.findElement(By.cssSelector("details.maintainers code")).isDisplayed())
                        .as("paths folded").isFalse();
                // stacked, the rows are still a table to assistive technology
                assertThat(browser.driver.findElement(By.cssSelector(".changes-table table")).getAriaRole())
                        .isEqualTo("table");
                assertThat(browser.driver.findElement(By.cssSelector(".changes-table tbody td.words")).getAriaRole())
                        .isEqualTo("cell");
            }
            browser.viewportShot(SCREENSHOTS.resolve("changes-phone.png"));
            WebElement link = browser.driver.findElement(By.cssSelector("tbody a[href*='#p']"));
            String href = link.getDomAttribute("href");
            link.click();
            assertThat(browser.driver.getCurrentUrl()).endsWith(href.substring(href.indexOf("essays/")));
            assertThat(browser.driver.findElement(By.id(href.substring(href.indexOf('#') + 1))).isDisplayed()).isTrue();
        } finally {
            browser.emulate(Browser.Screen.DESKTOP, false);
        }
    }
}
