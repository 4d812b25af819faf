package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apparatus.export.SearchIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sharded search in real Chromium, from {@code file://}: a quoted phrase, a plural that finds the singular, the
 * filters by essay and by kind, the words marked on the paragraph a result leads to, and only the shards a query
 * needs added to the page and requested.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
class SearchBrowserTest {

    private static final String KO = RealProjectTest.KO;

    private Path site;
    private Browser browser;
    private int shards;

    @BeforeAll
    void buildAndStart() {
        browser = Browser.start();
        TestProject.RealBuild real = TestProject.realProject();
        assertThat(real.result().published()).as(TestProject.report(real.result())).isTrue();
        site = real.site();
        shards = (int) TestProject.files(site).stream().filter(f -> f.startsWith("assets/search/w/")).count();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Opens the search page with this query and waits for its status to say what it found. */
    private List<WebElement> search(String query) {
        browser.requests(); // forgets the requests made before
        browser.open(site.resolve("search.html"), query);
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return !status.isEmpty() && !status.startsWith("Searching");
        });
        return browser.driver.findElements(By.cssSelector("#search-results li"));
    }

    private static String q(String words) {
        return "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    /** The shards and chunks the page added, as the registration counts them, after checking that they are the
     * script elements added and the only index files requested. */
    @SuppressWarnings("unchecked")
    private Set<String> loaded() {
        Set<String> counted = new TreeSet<>((List<String>) browser.script("return window.APPARATUS_SEARCH_LOADED"));
        Set<String> elements = browser.driver.findElements(By.cssSelector("script[src^='assets/search/']")).stream()
                .map(e -> e.getDomAttribute("src").substring("assets/search/".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> requested = browser.requests().stream().filter(u -> u.contains("/assets/search/"))
                .map(u -> u.substring(u.indexOf("/assets/search/") + "/assets/search/".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(elements).isEqualTo(counted);
        assertThat(requested).isEqualTo(counted);
        return counted;
    }

    private Set<String> wordShards(String... stems) {
        Set<String> files = new TreeSet<>();
        for (String stem : stems) {
            files.add("w/" + SearchIndex.shard(stem, shards) + ".js");
        }
        return files;
    }

    @Test
    void aQuotedPhraseFindsOnlyEntriesWithTheWordsTogetherAndLoadsOnlyItsWordsShards() {
        List<WebElement> loose = search(q("korean railway"));
        int looseCount = loose.size();
        List<WebElement> phrase = search(q("\"trans-korean railway\""));
        assertThat(phrase).isNotEmpty().hasSizeLessThanOrEqualTo(looseCount);
        for (WebElement result : phrase) {
            String href = result.findElement(By.cssSelector("a")).getDomAttribute("href");
            assertThat(href).contains("?hl=");
        }
        assertThat(browser.driver.findElement(By.id("search-status")).getText())
                .contains("for “\"trans-korean railway\"”");
        Set<String> loaded = loaded();
        assertThat(loaded).filteredOn(f -> f.startsWith("w/"))
                .containsExactlyInAnyOrderElementsOf(wordShards("trans", "korean", "railway"));
        assertThat(loaded).filteredOn(f -> f.startsWith("e/")).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(loaded).doesNotContain("essays.js"); // the essays' list waits for the filter
        // a phrase whose words never stand together finds nothing, though each word is there
        search(q("\"railway trans-korean\""));
        assertThat(browser.driver.findElement(By.id("search-status")).getText()).startsWith("Nothing found");
    }

    @Test
    void aPluralFindsTheSingularAndTheLinkMarksTheWordOnTheParagraph() {
        List<WebElement> results = search(q("railways"));
        assertThat(results).isNotEmpty();
        assertThat(results.stream().flatMap(r -> r.findElements(By.cssSelector(".snippet mark")).stream())
                .map(m -> m.getText().toLowerCase(java.util.Locale.ROOT))).contains("railway");
        assertThat(loaded()).filteredOn(f -> f.startsWith("w/")).containsExactlyElementsOf(wordShards("railway"));
        WebElement link = browser.driver.findElement(By.cssSelector("#search-results li a[href*='#p']"));
        String href = link.getDomAttribute("href");
        String anchor = href.substring(href.indexOf('#') + 1);
        link.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> !d.findElements(
                By.cssSelector("[id='" + anchor + "'] mark.search-hit")).isEmpty());
        List<WebElement> marks = browser.driver.findElements(By.cssSelector("[id='" + anchor + "'] mark.search-hit"));
        assertThat(marks).allSatisfy(m -> assertThat(m.getText()).matches("(?i)railways?"));
        assertThat(browser.driver.findElements(By.cssSelector("mark.search-hit"))).hasSameSizeAs(marks);
    }

    @Test
    void theFiltersKeepOneEssayOrOneKind() {
        int all = search(q("korean")).size();
        List<WebElement> inKo = search(q("korean") + "&essay=" + KO);
        assertThat(inKo).isNotEmpty();
        assertThat(browser.driver.findElement(By.id("search-essay")).getDomProperty("value")).isEqualTo(KO);
        for (WebElement result : inKo) {
            assertThat(result.findElement(By.cssSelector("a")).getDomAttribute("href"))
                    .matches("(essays/" + KO + "\\.html|notes/" + KO + "/\\d+\\.html)\\?hl=.*");
        }
        Set<String> loaded = loaded();
        assertThat(loaded).filteredOn(f -> f.startsWith("w/")).containsExactlyElementsOf(wordShards("korean"));
        assertThat(loaded).contains("essays.js");
        assertThat(browser.driver.findElements(By.cssSelector("#search-essay option"))).hasSizeGreaterThan(2);
        List<WebElement> notes = search(q("korean") + "&kind=Note");
        assertThat(notes).isNotEmpty();
        assertThat(notes).allSatisfy(r -> assertThat(r.findElement(By.cssSelector(".result-kind"))
                .getDomProperty("textContent")).isEqualTo("Note"));
        assertThat(all).isGreaterThanOrEqualTo(Math.max(inKo.size(), notes.size()));
        // choosing another essay searches again, within it
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("search-essay")))
                .selectByIndex(0);
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("kind=Note")
                && !d.getCurrentUrl().contains("essay="));
    }

    @Test
    void wordsTooCommonToSearchForAreSaidToBe() {
        search(q("the of and"));
        assertThat(browser.driver.findElement(By.id("search-status")).getText()).contains("too common");
        assertThat(loaded()).isEmpty();
    }
}
