package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maintainers' reports (citations to check, unregistered names) live under {@code maintainers/}, ask search
 * engines not to index them, stay out of the sitemap and the search index, and are linked from the About page only.
 */
@Tag("build")
class MaintainerReportsTest {

    private static final List<String> REPORTS = List.of("maintainers/citations.html", "maintainers/unregistered.html");

    @TempDir
    static Path dir;

    private static TestProject project;
    private static Build.Result result;

    @BeforeAll
    static void build() {
        project = new TestProject(dir.resolve("edition"))
                .siteSettings("title: \"T\"\nurl: \"https://example.org/edition/\"\n")
                .essay("one.md", """
                        ---
                        id: "one"
                        title: "One"
                        ---

                        ## Start

                        Li Peng spoke for Beijing, and Jiang Zemin listened.[^1]

                        [^1]: Tom Wuchte, *op. cit.*, p. 28.
                        """);
        project.write("content/actors.yml", Samples.ACTORS.getBytes(StandardCharsets.UTF_8));
        project.write("content/pages/about.md", """
                ---
                title: "About this edition"
                nav: "About"
                ---

                What the edition is.
                """.getBytes(StandardCharsets.UTF_8));
        result = project.build();
    }

    @Test
    void theReportsAreUnderMaintainersAndMarkedNoindex() {
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        List<String> files = TestProject.files(project.out());
        assertThat(files).containsAll(REPORTS).doesNotContain("bibliography/report.html", "actors/unregistered.html");
        for (String report : REPORTS) {
            Document page = project.page(report);
            assertThat(page.select("head meta[name=robots]").eachAttr("content")).as(report).containsExactly("noindex");
            // the way back goes to the About page, from one folder down
            assertThat(page.select("nav.breadcrumbs a").eachAttr("href")).as(report)
                    .containsExactly("../index.html", "../about.html");
        }
        assertThat(project.page("maintainers/citations.html").select("tbody tr td:eq(1) a").eachAttr("href"))
                .containsExactly("../notes/one/1.html");
        assertThat(project.page("maintainers/unregistered.html").select("h2").eachText())
                .containsExactly("Jiang Zemin (1)");
        assertThat(TestProject.messages(result)).anySatisfy(m -> assertThat(m)
                .contains("'Jiang Zemin' looks like a name").contains("listed on maintainers/unregistered.html"));
        // no reader's page asks not to be indexed
        assertThat(files.stream().filter(f -> f.endsWith(".html") && !REPORTS.contains(f))
                .filter(f -> !project.page(f).select("meta[name=robots]").isEmpty())).isEmpty();
    }

    @Test
    void theAboutPageAloneLinksThemAndSaysWhatEachIs() {
        Document about = project.page("about.html");
        Element section = about.selectFirst("section.for-maintainers");
        assertThat(section).isNotNull();
        assertThat(section.select("h2").text()).isEqualTo("For maintainers");
        assertThat(section.select("li a").eachAttr("href")).containsExactlyElementsOf(REPORTS);
        assertThat(section.select("li").eachText()).satisfiesExactly(
                citations -> assertThat(citations).startsWith("Citations to check (1): the notes whose citations"),
                names -> assertThat(names).startsWith("Unregistered names (1): words of the essays that look like"));
        for (String file : TestProject.files(project.out())) {
            if (!file.endsWith(".html") || file.equals("about.html") || REPORTS.contains(file)) {
                continue;
            }
            Document page = project.page(file);
            assertThat(page.select("a[href], link[href]").eachAttr("href")).as(file)
                    .noneMatch(href -> href.contains("maintainers/") || href.contains("report.html")
                            || href.contains("unregistered.html"));
        }
    }

    @Test
    void theyAreInNeitherTheSitemapNorTheSearchIndex() {
        Document sitemap = Jsoup.parse(project.text("sitemap.xml"), "", Parser.xmlParser());
        List<String> listed = sitemap.select("urlset > url > loc").eachText();
        assertThat(listed).contains("https://example.org/edition/about.html")
                .noneMatch(loc -> loc.contains("maintainers"));
        for (String file : TestProject.files(project.out())) {
            if (file.startsWith("assets/search")) {
                assertThat(project.text(file)).as(file).doesNotContain("maintainers")
                        .doesNotContain("Unregistered names").doesNotContain("Citations to check");
            }
        }
    }

    @Test
    void withoutAnAboutPageTheReportsAreMadeButLinkedFromNowhere() {
        TestProject bare = new TestProject(dir.resolve("bare"))
                .essay("a.md", "---\nid: \"a\"\ntitle: \"A\"\n---\n\nText.[^1]\n\n[^1]: Smith, *op. cit.*, p. 2.\n");
        Build.Result built = bare.build();
        assertThat(built.published()).as(TestProject.report(built)).isTrue();
        Document report = bare.page("maintainers/citations.html");
        assertThat(report.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(report.select("nav.breadcrumbs a").eachAttr("href")).containsExactly("../index.html");
        assertThat(TestProject.files(bare.out())).doesNotContain("maintainers/unregistered.html");
        for (String file : TestProject.files(bare.out())) {
            if (file.endsWith(".html") && !file.startsWith("maintainers/")) {
                assertThat(bare.page(file).select("a[href*=maintainers]")).as(file).isEmpty();
            }
        }
    }
}
