package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;

/**
 * The real project's timeline in real Chromium: drawn to scale, its labels whole and inside the drawing, its filters by
 * essay and by actor hiding and showing marks and rows, no sideways scroll on phones, and no axe violation light and
 * dark at desktop and phone widths. Screenshots go to {@code target/screenshots/timeline-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
class TimelineBrowserTest {

    private Path timeline;
    private Browser browser;

    @BeforeAll
    void buildAndStart() throws IOException {
        browser = Browser.start();
        TestProject.RealBuild real = TestProject.realProject();
        assertThat(real.result().published()).as(TestProject.report(real.result())).isTrue();
        timeline = real.site().toRealPath().resolve("timeline.html");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private void width(int width) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    private long number(String script) {
        return ((Number) browser.script(script)).longValue();
    }

    private double cy(String event) {
        return Double.parseDouble(browser.driver.findElement(By.cssSelector("svg.timeline-wide a[href='events/"
                + event + ".html'] circle")).getAttribute("cy"));
    }

    /** Within a stretch of years, the distance between two events is in proportion to their time apart. */
    @Test
    void theDrawingIsToScale() {
        browser.emulate(Browser.Screen.DESKTOP, false);
        browser.open(timeline, "");
        LocalDate a = LocalDate.of(2000, 2, 9);
        LocalDate b = LocalDate.of(2000, 3, 26);
        LocalDate c = LocalDate.of(2001, 8, 4);
        double ab = cy("putin-elected-president-2000") - cy("friendship-treaty-signed-2000");
        double bc = cy("moscow-summit-2001") - cy("putin-elected-president-2000");
        assertThat(ab).isPositive();
        assertThat(bc).as("further apart in time, further apart on the drawing").isGreaterThan(ab);
        double days = (double) ChronoUnit.DAYS.between(b, c) / ChronoUnit.DAYS.between(a, b);
        assertThat(bc / ab).as("linear").isBetween(days * 0.95, days * 1.05);
        assertThat(browser.driver.findElements(By.cssSelector("svg.timeline-wide .break text")).stream()
                .map(e -> e.getText()).toList()).contains("Scale break: 1962–1971, no events (10 years left out)");
        browser.screenshot(ReadingBrowserTest.SCREENSHOTS.resolve("timeline-drawing-desktop-whole.png"), 6000);
    }

    /** Each filter hides the marks and rows that do not match, and shows them again. */
    @Test
    void theFiltersByEssayAndByActorHideAndShowMarks() {
        browser.emulate(Browser.Screen.DESKTOP, false);
        browser.open(timeline, "");
        String visibleMarks = "return [...document.querySelectorAll('svg.timeline-wide g.mark')]"
                + ".filter(m => getComputedStyle(m).display !== 'none').length";
        String visibleRows = "return [...document.querySelectorAll('.timeline-list li')]"
                + ".filter(r => r.offsetParent !== null).length";
        long all = number("return document.querySelectorAll('.timeline-list li').length");
        assertThat(browser.driver.findElement(By.cssSelector(".timeline-filters")).isDisplayed()).isTrue();
        assertThat(number(visibleMarks)).isEqualTo(all);
        for (String[] filter : new String[][] {{"filter-essay", "data-event", "1"}, {"filter-actor", "data-actors",
            "kim-il-sung"}}) {
            Select select = new Select(browser.driver.findElement(By.id(filter[0])));
            if (filter[2].equals("1")) {
                select.selectByIndex(1);
            } else {
                select.selectByValue(filter[2]);
            }
            String value = select.getFirstSelectedOption().getAttribute("value");
            // an essay's choice lists its events' numbers; an event lists its actors
            String test = filter[0].equals("filter-essay")
                    ? "document.querySelector('#filter-essay option[value=\"" + value + "\"]').getAttribute('data-events')"
                    + ".split(' ').includes(r.getAttribute('data-event'))"
                    : "r.getAttribute('data-actors').split(' ').includes('" + value + "')";
            long matching = number("return [...document.querySelectorAll('.timeline-list li')].filter(r => "
                    + test + ").length");
            assertThat(matching).as(value).isPositive().isLessThan(all);
            assertThat(number(visibleMarks)).as(value).isEqualTo(matching);
            assertThat(number(visibleRows)).as(value).isEqualTo(matching);
            assertThat(browser.driver.findElement(By.cssSelector(".timeline-count")).getText())
                    .isEqualTo(matching + " of " + all + " events shown");
            browser.screenshot(ReadingBrowserTest.SCREENSHOTS.resolve("timeline-filtered-" + filter[0] + ".png"), 3200);
            select.selectByIndex(0);
            assertThat(number(visibleMarks)).isEqualTo(all);
            assertThat(number(visibleRows)).isEqualTo(all);
        }
    }

    /** Without scripts the filters stay hidden and every mark and every row of the list is shown. */
    @Test
    void withScriptsOffEverythingIsShownAndNoFilter() {
        browser.emulate(Browser.Screen.DESKTOP, false);
        browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.driver.get(timeline.toUri().toString());
            assertThat(browser.driver.findElement(By.cssSelector(".timeline-filters")).isDisplayed()).isFalse();
            List<org.openqa.selenium.WebElement> rows = browser.driver.findElements(By.cssSelector(
                    ".timeline-list li"));
            assertThat(rows).isNotEmpty().allMatch(org.openqa.selenium.WebElement::isDisplayed);
            assertThat(browser.driver.findElements(By.cssSelector("svg.timeline-wide g.mark a")))
                    .hasSameSizeAs(rows).allMatch(org.openqa.selenium.WebElement::isDisplayed);
        } finally {
            browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    /**
     * On phones the narrow drawing stands alone, at a readable size, every label inside it, and nothing scrolls
     * sideways; on a desktop the wide one.
     */
    @Test
    void onPhonesTheNarrowDrawingIsReadableAndNothingScrollsSideways() {
        try {
            for (int width : new int[] {320, 390}) {
                width(width);
                browser.open(timeline, "");
                assertThat(number("return document.documentElement.scrollWidth")).as(width + " px")
                        .isEqualTo(number("return document.documentElement.clientWidth"));
                assertThat(browser.driver.findElement(By.cssSelector("svg.timeline-wide")).isDisplayed()).isFalse();
                assertThat(browser.driver.findElement(By.cssSelector("svg.timeline-narrow")).isDisplayed()).isTrue();
                double px = ((Number) browser.script("const s = document.querySelector('svg.timeline-narrow');"
                        + "return s.getBoundingClientRect().width / s.viewBox.baseVal.width * 16")).doubleValue();
                assertThat(px).as("the labels' size at " + width + " px").isGreaterThanOrEqualTo(
                        width == 390 ? 16 : 14);
                labelsInside("svg.timeline-narrow");
                browser.screenshot(ReadingBrowserTest.SCREENSHOTS.resolve("timeline-drawing-" + width + ".png"), 6000);
            }
            browser.emulate(Browser.Screen.DESKTOP, false);
            browser.open(timeline, "");
            labelsInside("svg.timeline-wide");
        } finally {
            browser.emulate(Browser.Screen.DESKTOP, false);
        }
    }

    /** No text of the drawing reaches past its right or left edge, as the browser lays it out. */
    private void labelsInside(String svg) {
        @SuppressWarnings("unchecked")
        List<Object> outside = (List<Object>) browser.script("const s = document.querySelector(arguments[0]);"
                + "const w = s.viewBox.baseVal.width;"
                + "return [...s.querySelectorAll('text')].filter(t => { const b = t.getBBox();"
                + " return b.x < 0 || b.x + b.width > w; }).map(t => t.textContent);", svg);
        assertThat(outside).as(svg).isEmpty();
    }

    @Test
    void axeFindsNoViolationLightAndDarkOnDesktopAndPhone() {
        List<String> problems = new ArrayList<>();
        for (Browser.Screen screen : Browser.Screen.values()) {
            for (boolean dark : new boolean[] {false, true}) {
                browser.emulate(screen, dark);
                browser.open(timeline, "");
                Results results = ReadingBrowserTest.axe().analyze(browser.driver);
                String where = screen + (dark ? " dark" : " light");
                for (Rule rule : results.getViolations()) {
                    for (CheckedNode node : rule.getNodes()) {
                        problems.add(where + ": axe " + rule.getId() + " at " + node.getTarget() + ": "
                                + node.getFailureSummary());
                    }
                }
                if (results.isErrored()) {
                    problems.add(where + ": axe could not run: " + results.getErrorMessage());
                }
                browser.screenshot(ReadingBrowserTest.SCREENSHOTS.resolve("timeline-drawing-"
                        + screen.name().toLowerCase(java.util.Locale.ROOT) + (dark ? "-dark" : "") + ".png"), 3200);
            }
        }
        browser.emulate(Browser.Screen.DESKTOP, false);
        assertThat(problems).isEmpty();
    }
}
