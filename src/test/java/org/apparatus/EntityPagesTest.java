package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An actor named in more paragraphs than a page quotes gets further pages ({@code li-peng.2.html}): the first page
 * keeps the record and the summary, each page quotes its share of the passages with a page list and previous/next,
 * and every passage is on exactly one page.
 */
@Tag("build")
class EntityPagesTest {

    @TempDir
    static Path dir;

    private static TestProject project;
    private static Build.Result result;
    private static final int PARAGRAPHS = 120;

    @BeforeAll
    static void build() {
        StringBuilder text = new StringBuilder("""
                ---
                id: "one"
                title: "One"
                ---

                ## Start

                """);
        for (int i = 1; i <= PARAGRAPHS; i++) {
            text.append("In year ").append(i).append(" Li Peng spoke, and Li Peng was heard again at the Beijing summit.\n\n");
        }
        project = new TestProject(dir.resolve("edition"))
                .siteSettings("title: \"T\"\nurl: \"https://example.org/e/\"\n")
                .essay("one.md", text.toString())
                .essay("two.md", """
                        ---
                        id: "two"
                        title: "Two"
                        ---

                        ## Start

                        Li Peng once more.[^1]

                        [^1]: As Li Peng said.
                        """);
        project.write("content/actors.yml", Samples.ACTORS.getBytes(StandardCharsets.UTF_8));
        project.write("content/events.yml", Samples.EVENTS.getBytes(StandardCharsets.UTF_8));
        result = project.build();
    }

    @Test
    void thePassagesArePagedAndEachIsOnExactlyOnePage() {
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        List<String> files = TestProject.files(project.out());
        // 120 paragraphs of one essay, a paragraph and a note of the other: 122 passages, on 3 pages of 50
        assertThat(files).contains("actors/li-peng.html", "actors/li-peng.2.html", "actors/li-peng.3.html")
                .doesNotContain("actors/li-peng.4.html");
        Set<String> seen = new HashSet<>();
        List<String> all = new ArrayList<>();
        for (String file : List.of("actors/li-peng.html", "actors/li-peng.2.html", "actors/li-peng.3.html")) {
            Document page = project.page(file);
            List<String> hrefs = page.select("section.mentions p.where a").eachAttr("href");
            assertThat(new HashSet<>(hrefs)).as(file + ": each paragraph quoted once").hasSameSizeAs(hrefs);
            all.addAll(hrefs);
            seen.addAll(hrefs);
            assertThat(page.select("section.mentions blockquote mark").size()).as(file).isGreaterThan(0);
            assertThat(page.select("nav.list-pages").size()).as(file + ": page list above and below").isEqualTo(2);
            assertThat(page.select("nav.list-pages").first().select("ol a").eachAttr("href")).as(file)
                    .containsExactly("li-peng.html", "li-peng.2.html", "li-peng.3.html");
        }
        assertThat(all).hasSize(PARAGRAPHS + 2).hasSameSizeAs(seen);
        assertThat(seen).contains("../essays/two.html#note-1");

        Document first = project.page("actors/li-peng.html");
        assertThat(first.select("h2.passages-part").text()).isEqualTo("Passages 1\u201350 of 122");
        assertThat(first.select("table.entity-summary tbody tr")).hasSize(2);
        assertThat(first.select("nav.list-pages").first().select("a[rel=next]").attr("href")).isEqualTo("li-peng.2.html");
        assertThat(first.select("nav.list-pages a[rel=prev]")).isEmpty();
        assertThat(first.select("section.mentions p.where a")).hasSize(50);

        Document second = project.page("actors/li-peng.2.html");
        assertThat(second.title()).contains("Li Peng, passages 51\u2013100");
        assertThat(second.select("table.entity-summary")).isEmpty();
        assertThat(second.select("p.list-summary a").attr("href")).isEqualTo("li-peng.html");
        assertThat(second.select("nav.list-pages a[rel=prev]").attr("href")).isEqualTo("li-peng.html");
        assertThat(second.select("nav.list-pages a[rel=next]").attr("href")).isEqualTo("li-peng.3.html");
        assertThat(second.select("nav.list-pages").first().select("a[aria-current=page]").text()).isEqualTo("Passages 51\u2013100");
        // the passages link to the essay from one folder down, as on the first page
        assertThat(second.select("section.mentions p.where a").eachAttr("href"))
                .allMatch(h -> h.startsWith("../essays/one.html#"));

        Document last = project.page("actors/li-peng.3.html");
        assertThat(last.select("section.mentions p.where a")).hasSize(22);
        assertThat(last.select("nav.list-pages a[rel=next]")).isEmpty();
        assertThat(project.text("sitemap.xml")).contains("actors/li-peng.2.html", "actors/li-peng.3.html");
    }

    @Test
    void anActorOnOnePageHasNoPageList() {
        Document china = project.page("actors/li-na.html");
        assertThat(china.select("nav.list-pages")).isEmpty();
        assertThat(china.select("h2.passages-part")).isEmpty();
        assertThat(TestProject.files(project.out())).doesNotContain("actors/li-na.2.html");
    }

    @Test
    void anEventsPassagesArePagedToo() {
        List<String> files = TestProject.files(project.out());
        assertThat(files).contains("events/summit.html", "events/summit.2.html", "events/summit.3.html")
                .doesNotContain("events/summit.4.html");
        List<String> all = new ArrayList<>();
        for (String file : List.of("events/summit.html", "events/summit.2.html", "events/summit.3.html")) {
            Document page = project.page(file);
            all.addAll(page.select("section.essay-passages p.where a").eachAttr("href"));
            assertThat(page.select("nav.list-pages").first().select("ol a").eachAttr("href")).as(file)
                    .containsExactly("summit.html", "summit.2.html", "summit.3.html");
        }
        assertThat(all).hasSize(PARAGRAPHS).doesNotHaveDuplicates();
        assertThat(project.page("events/summit.html").select("dl.record")).hasSize(1);
        Document second = project.page("events/summit.2.html");
        assertThat(second.select("dl.record")).isEmpty();
        assertThat(second.select("h2#say-heading").text()).isEqualTo("What the essays say: passages 51–100 of 120");
        assertThat(second.select("p.list-summary a").attr("href")).isEqualTo("summit.html");
    }

    @Test
    void aWorksCitingNotesArePagedWithASummaryByEssay(@TempDir Path other) {
        StringBuilder text = new StringBuilder("""
                ---
                id: "cites"
                title: "Cites"
                ---

                ## Start

                """);
        StringBuilder notes = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            text.append("Paragraph ").append(i).append(" says something.[^").append(i).append("]\n\n");
            notes.append("[^").append(i).append("]: ").append(i == 1
                    ? "Seung-Ho Joo, \"Russia and the Korean Peace Process,\" *Journal of East Asian Affairs* 10,"
                            + " no. 2 (1996), p. 108."
                    : "Ibid., p. " + (100 + i) + ".").append("\n");
        }
        TestProject works = new TestProject(other.resolve("edition")).siteSettings("title: \"T\"\n")
                .essay("cites.md", text + "\n" + notes)
                .essay("also.md", """
                        ---
                        id: "also"
                        title: "Also"
                        ---

                        ## Start

                        A word.[^1]

                        [^1]: Seung-Ho Joo, "Russia and the Korean Peace Process," *Journal of East Asian Affairs* 10, no. 2 (1996), p. 110.
                        """);
        Build.Result built = works.build();
        assertThat(built.published()).as(TestProject.report(built)).isTrue();
        String work = TestProject.files(works.out()).stream()
                .filter(f -> f.matches("bibliography/joo-.*\\.2\\.html")).findFirst().orElseThrow();
        String first = work.replace(".2.html", ".html");
        Document one = works.page(first);
        assertThat(one.select("table.entity-summary tbody tr td:eq(1)").eachText()).containsExactly("60", "1");
        assertThat(one.select("ol.citing > li")).hasSize(50);
        assertThat(one.select("ol.citing").attr("start")).isEmpty();
        Document two = works.page(work);
        assertThat(two.select("table.entity-summary")).isEmpty();
        assertThat(two.select("ol.citing > li")).hasSize(11);
        // the list goes on counting where the first page stopped: its first note is the 51st
        assertThat(two.select("ol.citing").attr("start")).isEqualTo("51");
        assertThat(two.select("h2#citing-heading").text()).isEqualTo("Cited in: notes 51\u201361 of 61");
        assertThat(two.select("nav.list-pages").first().select("a[rel=prev]").attr("href"))
                .isEqualTo(first.substring("bibliography/".length()));
    }
}
