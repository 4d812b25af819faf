package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;

/**
 * axe-core with the WCAG 2.2 A and AA rules (and label in name) on every HTML page of the seed site, not one page of
 * each kind: light and dark, on a desktop and a phone. {@link ReadingBrowserTest} checks the same on one page of each
 * kind with screenshots and the requests each page makes; this one makes sure no single page breaks what its kind
 * keeps (an essay's own headings, a note with a table, a long title).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
class EveryPageAxeTest {

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

    @Test
    void everyPageOfTheSeedSiteHasNoViolationLightAndDarkOnDesktopAndPhone() {
        List<String> pages = TestProject.files(site).stream().filter(f -> f.endsWith(".html")).sorted().toList();
        assertThat(pages).as("the seed site's pages").hasSizeGreaterThan(100);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Browser.Screen screen : Browser.Screen.values()) {
            for (boolean dark : new boolean[] {false, true}) {
                browser.emulate(screen, dark);
                for (String page : pages) {
                    browser.open(site.resolve(page), "");
                    Results results = ReadingBrowserTest.axe().analyze(browser.driver);
                    String where = page + " (" + screen.name().toLowerCase(Locale.ROOT) + (dark ? ", dark" : ", light")
                            + ")";
                    for (Rule rule : results.getViolations()) {
                        for (CheckedNode node : rule.getNodes()) {
                            problems.add(where + ": axe " + rule.getId() + " at " + node.getTarget() + ": "
                                    + node.getFailureSummary());
                        }
                    }
                    if (results.isErrored()) {
                        problems.add(where + ": axe could not run: " + results.getErrorMessage());
                    }
                    checked++;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isEqualTo(4 * pages.size());
    }
}
