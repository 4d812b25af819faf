package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apparatus.corpus.CorpusGenerator;
import org.apparatus.kernel.Project;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the site's lists (the home page's essays, the bibliography, the actors' index, the timeline's dates, the
 * maintainers' names) and the actors', events' and works' passages and notes are cut into pages or summarised, so
 * that no page grows with the edition; and every essay and work is still reachable from the list's pages.
 */
@Tag("build")
class BoundedPagesTest {

    /** Essays in the generated corpus: enough for every list to run over several pages. */
    private static final int ESSAYS = 250;
    /** The bound the issue sets at 1,000 essays; before the lists were cut, pages at 250 essays passed 2 MB. */
    private static final long BOUND = 400_000;
    /** A work's own (first) page; its further pages are {@code <id>.2.html}, ... */
    private static final Pattern ENTITY = Pattern.compile("bibliography/(?!index(-\\d+)?\\.html)[a-z0-9-]+\\.html");

    @TempDir
    static Path dir;
    private static Path site;
    private static List<String> files;

    @BeforeAll
    static void build() throws IOException {
        new CorpusGenerator(ESSAYS, 1).write(dir.resolve("project"));
        site = dir.resolve("site");
        Build.Result result = new Build(new Project(dir.resolve("project"), site)).run();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        files = TestProject.files(site);
    }

    @Test
    void noPageExceedsTheBound() throws IOException {
        List<String> big = files.stream().filter(f -> f.endsWith(".html"))
                .filter(f -> size(f) > BOUND).map(f -> f + " (" + size(f) / 1000 + " KB)").toList();
        assertThat(big).isEmpty();
        // the lists did run over several pages
        assertThat(files).contains("index-2.html", "bibliography/index-2.html", "timeline-2.html");
        // and the actors' and events' passages ran over several pages too
        assertThat(files).anyMatch(f -> f.matches("actors/[a-z0-9-]+\\.2\\.html"))
                .anyMatch(f -> f.matches("events/[a-z0-9-]+\\.2\\.html"));
    }

    @Test
    void everyEssayIsReachableFromTheHomePagesAndEveryWorkFromTheBibliographys() {
        Set<String> essays = files.stream().filter(f -> f.matches("essays/[^/]+\\.html"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(essays).hasSize(ESSAYS);
        assertThat(linked("index(-\\d+)?\\.html", "")).containsAll(essays);
        Set<String> works = files.stream().filter(f -> f.startsWith("bibliography/") && f.endsWith(".html")
                && ENTITY.matcher(f).matches()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(works).hasSizeGreaterThan(1000);
        assertThat(linked("bibliography/index(-\\d+)?\\.html", "bibliography/")).containsAll(works);
    }

    @Test
    void theTimelinesDatesAreAllListedOnceAcrossItsPages() {
        Document timeline = TestProject.parse(site, "timeline.html");
        String summary = timeline.selectFirst("#other-heading + p").text();
        int count = Integer.parseInt(summary.replaceAll(".*order: ([0-9]+), on .*", "$1"));
        int listed = 0;
        for (String f : files) {
            if (f.matches("timeline(-\\d+)?\\.html")) {
                listed += TestProject.parse(site, f).select("main ol.in-context-list").first().children().size();
            }
        }
        assertThat(listed).isEqualTo(count).isGreaterThan(100);
        // and each further page says where it is, with the previous and next pages
        Document second = TestProject.parse(site, "timeline-2.html");
        assertThat(second.select("nav.list-pages a[rel=prev]").attr("href")).isEqualTo("timeline.html");
    }

    @Test
    void theSearchPageCountsItsEntriesInGroupsOfThousands() {
        String label = TestProject.parse(site, "search.html").selectFirst("label[for=search-input]").text();
        assertThat(label).matches("Search [1-9][0-9]{0,2}(,[0-9]{3})+ paragraphs, notes, works, actors, events and pages");
    }

    /** The pages (from the site root) linked from the pages matching {@code pages}, which lie in {@code folder}. */
    private static Set<String> linked(String pages, String folder) {
        Set<String> linked = new TreeSet<>();
        for (String f : files) {
            if (f.matches(pages)) {
                TestProject.parse(site, f).select("main a[href]").eachAttr("href").stream()
                        .filter(h -> !h.startsWith("http") && !h.startsWith("#"))
                        .map(h -> Path.of(folder + h.replaceAll("#.*", "")).normalize().toString())
                        .forEach(linked::add);
            }
        }
        return linked;
    }

    private static long size(String file) {
        try {
            return Files.size(site.resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
